// The UI tests' entry point: one QApplication (offscreen unless told otherwise), then GoogleTest.
#include "ui/application.h"
#include "ui/theme.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never read or write the real user's data folder (and so never their bank folder).
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    lumbar::ui::setApplicationIdentity();
    QApplication app(argc, argv);
    lumbar::ui::theme::apply(app); // test what users see: the real style sheet and palette
    return RUN_ALL_TESTS();
}
