// BankInUse: the content bank the app runs on, and the one place it changes: loaded at start, loaded again after the
// user's routines change, and live while the user edits their bank folder. Pages listen to `changed` instead of being
// handed each new bank; an old bank lives on only while something still holds it (a paused session, an open dialog).
#pragma once

#include "bankstate.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace lumbar::ui {

class BankInUse : public QObject
{
    Q_OBJECT

public:
    explicit BankInUse(BankState state, QObject *parent = nullptr);

    const BankState &state() const { return m_state; }
    const std::shared_ptr<const ContentBank> &bank() const { return m_state.bank; }
    // How to load the bank again (the app passes loadAppBank with its options); without it nothing reloads.
    void setReloader(std::function<BankState()> reload) { m_reload = std::move(reload); }

    // Loads again (the user's routines changed) and announces the new bank. False when there is no reloader.
    bool reload();
    // A save in the watched bank folder. While the user's bank is in use and the folder now has errors, the last good
    // bank stays and only the folder's problems are updated: KeptLastGood. Otherwise the new bank is used.
    enum class FolderResult { NotReloaded, Reloaded, KeptLastGood };
    FolderResult folderChanged();
    // The folder the user's own exercises go in: the one laid over the built-in bank, or the default one.
    QString userBankFolder() const;

signals:
    // A new bank is in use: everything that shows content shows it.
    void changed();

private:
    void use(BankState next);

    BankState m_state;
    std::function<BankState()> m_reload;
};

} // namespace lumbar::ui
