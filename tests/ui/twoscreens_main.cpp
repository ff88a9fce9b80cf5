// Entry point of the two-screen UI tests: an offscreen platform with a laptop screen and a projector beside it
// (tests/ui/twoscreens.json), for the clinic's presentation set-up.
#include "ui/app/application.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" LUMBAR_TWO_SCREENS_CONFIG);
    // Data and settings folders of our own, never the real user's (and so never their bank folder). Not
    // QStandardPaths' test mode: that shares one folder between processes, and ctest runs several tests at once,
    // so one test's saved answers (a "yes" to a warning sign) would reach another running alongside it.
    const QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    ::testing::InitGoogleTest(&argc, argv);
    lumbar::ui::setApplicationIdentity();
    QApplication app(argc, argv);
    lumbar::ui::theme::apply(app);
    return RUN_ALL_TESTS();
}
