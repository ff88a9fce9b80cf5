// BankState: the content the app runs on — the built-in bank with the user's folder laid over it — and
// what went wrong with that folder, ready for the window to show.
#pragma once

#include "core/bank/bankloader.h"

#include <QString>

#include <filesystem>

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
    // The user's own routines (RoutineStore): problems in them, and the files left out because of an error.
    std::vector<Diagnostic> routineDiagnostics;
    std::vector<std::string> leftOutRoutineFiles;

    bool hasUserErrors() const { return hasErrors(userDiagnostics); }
    // What the window lists: the user's folder's problems, or — only in a broken build — the built-in bank's.
    const std::vector<Diagnostic> &shownProblems() const
    {
        return userDiagnostics.empty() && !builtInDiagnostics.empty() ? builtInDiagnostics : userDiagnostics;
    }
};

// <AppDataLocation>/bank, e.g. ~/.local/share/lumbar-relief/bank. The application name must be set first.
QString defaultUserBankFolder();

// Lays `user` (if any) over `builtIn`, and the user's own `routines` (if any) over both. `userFolder` is only used
// in messages.
BankState loadBankState(
    const BankLayer &builtIn, const BankLayer *user, const QString &userFolder, const BankLayer *routines = nullptr);

// What the app uses: the shipped bank, with `bankOption` laid over it, or the default user folder when
// `bankOption` is empty and that folder exists; and over them the user's own routines (RoutineStore).
// The option is a path as the file system spells it (bytes, not text), so any folder name reaches the disk.
BankState loadAppBank(const std::filesystem::path &bankOption);

} // namespace lumbar::ui
