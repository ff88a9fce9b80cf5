// The UI tests' entry point: one QApplication (offscreen unless told otherwise), then GoogleTest.
#include "ui/app/application.h"
#include "ui/text/language.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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
    lumbar::ui::theme::apply(app); // test what users see: the real style sheet and palette
    lumbar::ui::language::install(QStringLiteral("en")); // and their English, plural forms and all
    return RUN_ALL_TESTS();
}
