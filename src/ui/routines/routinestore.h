// RoutineStore: the user's own routines, one bank-format file each in <app data>/routines, written atomically so a
// crash or a full disk never leaves half a routine behind.
#pragma once

#include "core/bank/bankloader.h"

#include <QString>
#include <QStringList>

namespace lumbar::ui {

class RoutineStore
{
public:
    explicit RoutineStore(QString folder = defaultFolder());

    // <AppDataLocation>/routines, e.g. ~/.local/share/lumbar-relief/routines.
    static QString defaultFolder();
    const QString &folder() const { return m_folder; }

    // Every routine file, as a layer for the bank loader; empty when the folder does not exist yet.
    BankLayer read() const;
    // The ids of the routines kept here (their file names).
    QStringList ids() const;
    bool contains(const QString &id) const { return ids().contains(id); }

    // Writes `routine` to <id>.json, replacing any earlier version only once the new one is complete. On failure
    // returns false with a message in `error`, and whatever was there before is untouched.
    bool save(const Routine &routine, QString *error) const;
    // Moves <id>.json to the desktop's trash (so a mistake can be undone there), or deletes it where there is no
    // trash. False with a message in `error` when it could not.
    bool remove(const QString &id, QString *error) const;

private:
    QString m_folder;
};

} // namespace lumbar::ui
