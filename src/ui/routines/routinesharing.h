// RoutineSharing: the routine-file use-cases without widgets — a routine written as one file to share (with the
// exercises of the user's own it needs), and a received file checked over the bank in use and saved only when clean.
// The window shows what they return; nothing here opens a dialog.
#pragma once

#include "ui/bank/bankstate.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace lumbar::ui {

class RoutineSharing
{
    Q_DECLARE_TR_FUNCTIONS(RoutineSharing)

public:
    // What became of an export or an import: for the window to show.
    struct Outcome
    {
        bool ok = false;
        QString routineId; // the saved routine's id (an import may give it a new one)
        QString message; // a sentence for the user
        QString details; // one line per problem, for a message box's details
    };

    // `state` must outlive this; `userBankFolder` is where a received routine's own exercises go.
    RoutineSharing(const BankState &state, QString userBankFolder);

    Outcome exportRoutine(const QString &routineId, const QString &path) const;
    // Checked as the app will load it: over the built-in bank and the user's folder. An id already in use gets a
    // new one. The caller reloads the bank after a success.
    Outcome importRoutine(const QString &path) const;

    // A routine file, as exported or received, read over the bank in use (checked as an import would be) without
    // saving anything: the bank it makes and the routine's id, for a handout; or why not.
    struct Read
    {
        std::shared_ptr<const ContentBank> bank; // null when the file has problems
        std::string routineId;
        QStringList problems; // one line each, where they are
        QString error;
    };
    Read readRoutineFile(const QString &path) const;

private:
    // The built-in bank and the user's folder when in use, as the app loads them; `user` holds the folder's files.
    std::vector<const BankLayer *> baseLayers(BankLayer &user) const;

    const BankState &m_state;
    QString m_userBankFolder;
};

} // namespace lumbar::ui
