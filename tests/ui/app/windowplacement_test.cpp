// Where the main window opens: maximised on a laptop, where it was last on a big screen, and always whole on the
// screen it is on, whatever was saved.
#include "testsupport.h"

#include "ui/app/appsettings.h"
#include "ui/app/mainwindow.h"
#include "ui/app/windowplacement.h"

#include <QScreen>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

const QRect laptop(0, 0, 1366, 740);
const QRect desktop(0, 0, 1920, 1050);
const QSize preferred(1200, 780);

TEST(WindowPlacement, ALaptopScreenIsFilledTheFirstTime)
{
    const WindowPlacement placement = WindowPlacement::choose(laptop, std::nullopt, false, preferred);
    EXPECT_TRUE(placement.maximised);
    EXPECT_EQ(placement.geometry, laptop) << "fills the screen even where nothing maximises it";
    EXPECT_TRUE(WindowPlacement::choose(QRect(0, 0, 1024, 576), std::nullopt, false, preferred).maximised);
}

TEST(WindowPlacement, ABigScreenGetsThePreferredSizeCentredTheFirstTime)
{
    const WindowPlacement placement = WindowPlacement::choose(desktop, std::nullopt, false, preferred);
    EXPECT_FALSE(placement.maximised);
    EXPECT_EQ(placement.geometry.size(), preferred);
    EXPECT_EQ(placement.geometry.center(), desktop.center());
}

TEST(WindowPlacement, ABigScreenGetsTheLastSizeAndPlace)
{
    const QRect saved(100, 120, 1500, 900);
    EXPECT_EQ(WindowPlacement::choose(desktop, saved, false, preferred).geometry, saved);
    EXPECT_FALSE(WindowPlacement::choose(desktop, saved, false, preferred).maximised);
    const WindowPlacement wasMaximised = WindowPlacement::choose(desktop, saved, true, preferred);
    EXPECT_TRUE(wasMaximised.maximised);
    EXPECT_EQ(wasMaximised.geometry, saved) << "what it returns to when made smaller";
}

TEST(WindowPlacement, AlwaysWholeOnTheScreen)
{
    // Saved on a bigger screen, or partly off this one: made to fit and moved in.
    const WindowPlacement partlyOff = WindowPlacement::choose(desktop, QRect(1800, 900, 1200, 800), false, preferred);
    EXPECT_TRUE(desktop.contains(partlyOff.geometry)) << partlyOff.geometry.x() << "," << partlyOff.geometry.y();
    EXPECT_EQ(partlyOff.geometry.size(), QSize(1200, 800));
    const WindowPlacement tooBig = WindowPlacement::choose(desktop, QRect(0, 0, 2560, 1400), false, preferred);
    EXPECT_EQ(tooBig.geometry, desktop);
    // Large text asks for more than the screen has.
    const WindowPlacement largeText = WindowPlacement::choose(desktop, std::nullopt, false, QSize(2400, 1560));
    EXPECT_TRUE(desktop.contains(largeText.geometry));
    // A screen that is gone: the saved place is not used.
    const WindowPlacement gone = WindowPlacement::choose(desktop, QRect(3000, 100, 1200, 780), false, preferred);
    EXPECT_EQ(gone.geometry.center(), desktop.center());
}

TEST(WindowPlacement, TheWindowOpensPlacedAndKeepsItsPlaceForNextTime)
{
    QSettings().remove(u"window"_s);
    {
        MainWindow window(smallBankState());
        window.showPlaced();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const QRect screen = window.screen()->availableGeometry();
        ASSERT_LE(screen.width(), WindowPlacement::maximiseUpTo) << "the test screen is a small one";
        EXPECT_TRUE(window.isMaximized());
        EXPECT_TRUE(screen.contains(window.geometry()));
        window.close();
    }
    ASSERT_TRUE(AppSettings::windowGeometry().has_value());
    EXPECT_TRUE(AppSettings::windowMaximised());
    QSettings().remove(u"window"_s);
}

} // namespace
