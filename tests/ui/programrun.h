// Runs the real lumbar-relief program as a script would, with no display, for the command-line tests.
#pragma once

#include <QString>
#include <QStringList>

namespace lumbar::ui::test {

struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// DISPLAY unset and the xcb platform asked for, so creating a window would fail: only what needs no window can
// work. No user bank folder, and no history unless `dataHome` (the XDG data folder to use) holds one.
ProgramRun runNoDisplay(const QStringList &arguments, const QString &dataHome = {});

} // namespace lumbar::ui::test
