#include "bankinuse.h"

#include <utility>

namespace lumbar::ui {

BankInUse::BankInUse(BankState state, QObject *parent)
    : QObject(parent)
    , m_state(std::move(state))
{
}

bool BankInUse::reload()
{
    if (!m_reload)
        return false;
    use(m_reload());
    return true;
}

BankInUse::FolderResult BankInUse::folderChanged()
{
    if (!m_reload)
        return FolderResult::NotReloaded;
    BankState next = m_reload();
    if (next.hasUserErrors() && m_state.usingUserBank) {
        m_state.userDiagnostics = std::move(next.userDiagnostics);
        return FolderResult::KeptLastGood;
    }
    use(std::move(next));
    return FolderResult::Reloaded;
}

QString BankInUse::userBankFolder() const
{
    return m_state.userFolder.isEmpty() ? defaultUserBankFolder() : m_state.userFolder;
}

void BankInUse::use(BankState next)
{
    // The old bank is released here; whatever still needs it (a paused session) holds its own reference.
    m_state = std::move(next);
    emit changed();
}

} // namespace lumbar::ui
