// BankState: the content the app runs on — the built-in bank with the user's folder laid over it — and
// what went wrong with that folder, ready for the window to show.
#pragma once

#include "core/bankloader.h"

#include <QString>

#include <memory>
#include <vector>

namespace lumbar::ui {

struct BankState
{
    std::shared_ptr<const ContentBank> bank; // never null: an empty bank when nothing could be loaded
    std::vector<Diagnostic> userDiagnostics; // problems in the user's folder, errors and warnings
    bool usingUserBank = false;
    QString userFolder; // the folder that was laid over the built-in bank; empty when there was none
    // Problems in the built-in bank itself: only a broken build has any, but it should say so, not go blank.
    std::vector<Diagnostic> builtInDiagnostics;

    bool hasUserErrors() const { return hasErrors(userDiagnostics); }
};

// <AppDataLocation>/bank, e.g. ~/.local/share/lumbar-relief/bank. The application name must be set first.
QString defaultUserBankFolder();

// Lays `user` (if any) over `builtIn`. `userFolder` is only used in messages.
BankState loadBankState(const BankLayer &builtIn, const BankLayer *user, const QString &userFolder);

// What the app uses: the shipped bank, with `bankOption` laid over it, or the default user folder when
// `bankOption` is empty and that folder exists.
BankState loadAppBank(const QString &bankOption);

} // namespace lumbar::ui
