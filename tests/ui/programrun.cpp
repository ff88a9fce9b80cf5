#include "programrun.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace lumbar::ui::test {

ProgramRun runNoDisplay(const QStringList &arguments, const QString &dataHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    // No user bank folder.
    env.insert(u"XDG_DATA_HOME"_s, dataHome.isEmpty() ? u"/nonexistent/lumbar-relief-test"_s : dataHome);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LUMBAR_RELIEF_EXE), arguments);
    ProgramRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "lumbar-relief did not finish: " << arguments.join(u' ').toStdString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace lumbar::ui::test
