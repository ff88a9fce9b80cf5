// Presenting with a second screen: the routine goes full screen on the projector without controls, while the main
// window keeps the controls and shows the same moment as a preview.
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/history/checkinpanel.h"
#include "ui/player/countdownring.h"
#include "ui/player/playercontrolbar.h"
#include "ui/player/playerpage.h"
#include "ui/player/playerview.h"
#include "ui/player/presentationwindow.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

TEST(TwoScreens, ThePlatformHasALaptopAndAProjector)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    ASSERT_EQ(screens.size(), 2);
    EXPECT_EQ(screens[1]->geometry(), QRect(1280, 0, 1920, 1080));
}

TEST(TwoScreens, PresentingPutsThePlayerOnTheOtherScreenAndKeepsTheControlsHere)
{
    MainWindow window(smallBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QScreen *laptop = QGuiApplication::screens()[0];
    QScreen *projector = QGuiApplication::screens()[1];
    ASSERT_EQ(window.screen(), laptop);

    ASSERT_TRUE(window.playRoutine(u"morning"_s, true, true));
    PlayerPage *page = window.playerPage();
    EXPECT_EQ(page->presentation(), nullptr) << "the room sees nothing of the check-in";
    QTest::mouseClick(child<QPushButton>(page->checkInBefore(), u"checkInSkip"_s), Qt::LeftButton);
    PresentationWindow *presentation = page->presentation();
    ASSERT_NE(presentation, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(presentation));
    EXPECT_EQ(presentation->screen(), projector);
    EXPECT_TRUE(presentation->isFullScreen());
    EXPECT_EQ(presentation->geometry(), projector->geometry());
    EXPECT_FALSE(presentation->controls()->isVisible()) << "the room sees the routine, not the buttons";
    EXPECT_TRUE(page->controls()->isVisibleTo(&window)) << "the therapist keeps the controls";
    EXPECT_EQ(child<QPushButton>(page, u"presentButton"_s)->text(), u"Presenting"_s);

    // Both show the same moment; the projector's type is sized for the room (1080 lines: 1.8×).
    EXPECT_EQ(presentation->view()->phaseTitle(), page->view()->phaseTitle());
    EXPECT_EQ(presentation->view()->exerciseTitle(), u"Glute bridge"_s);
    page->controller()->next();
    EXPECT_EQ(presentation->view()->phaseTitle(), u"Move into position"_s);
    EXPECT_EQ(page->view()->phaseTitle(), u"Move into position"_s);
    EXPECT_EQ(child<CountdownRing>(presentation->view(), u"countdownRing"_s)->number(),
        child<CountdownRing>(page->view(), u"countdownRing"_s)->number());
    const auto *big = child<QLabel>(presentation->view(), u"exerciseTitle"_s);
    const auto *small = child<QLabel>(page->view(), u"exerciseTitle"_s);
    EXPECT_GE(QFontInfo(big->font()).pixelSize() * 10, QFontInfo(small->font()).pixelSize() * 17);
}

} // namespace
