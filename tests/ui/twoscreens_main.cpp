// Entry point of the two-screen UI tests: an offscreen platform with a laptop screen and a projector beside it
// (tests/ui/twoscreens.json), for the clinic's presentation set-up.
#include "ui/application.h"
#include "ui/theme.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" LUMBAR_TWO_SCREENS_CONFIG);
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    lumbar::ui::setApplicationIdentity();
    QApplication app(argc, argv);
    lumbar::ui::theme::apply(app);
    return RUN_ALL_TESTS();
}
