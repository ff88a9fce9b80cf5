// The figure in the player, on a fake clock: the starting position while getting ready, moving in step with the
// session while getting into position, still (and not redrawn) during the hold, mirrored for the right side, and
// hidden for an exercise without a figure.
#include "testsupport.h"

#include "ui/figures/figureview.h"
#include "ui/player/playerpage.h"
#include "ui/player/playerview.h"

#include "core/contentbank.h"
#include "core/figuretiming.h"
#include "core/shippedbank.h"

#include <QApplication>
#include <QLayout>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

class PlayerFigure : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(u"safety"_s);
        page = std::make_unique<PlayerPage>(nullptr, &clock);
        bank = shippedBankState().bank;
        page->setBank(bank);
        page->resize(1100, 750);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    }

    // Moves the clock on in small steps until the session is in a phase of `kind` (on `side`), `into` it.
    void runTo(PhaseKind kind, Side side, Millis into = 0ms)
    {
        for (int i = 0; i < 2000; ++i) {
            const Phase &p = page->controller()->session().phase();
            if (p.kind == kind && p.side == side)
                break;
            now += 100ms;
            page->controller()->poll();
        }
        ASSERT_EQ(page->controller()->session().phase().kind, kind);
        now += into;
        page->controller()->poll();
        page->view()->refreshFigureForTest();
    }

    const ExerciseFigure &figure() const { return *bank->exercise("knee-to-chest")->figure; }

    FakeClock clock;
    TimePoint &now = clock.steadyNow;
    std::shared_ptr<const ContentBank> bank;
    std::unique_ptr<PlayerPage> page;
};

TEST_F(PlayerFigure, TheFigureFollowsTheSession)
{
    ASSERT_TRUE(page->prepareExercise(u"knee-to-chest"_s));
    page->start();
    FigureView *view = page->view()->figure();
    ASSERT_TRUE(view->isVisible());
    EXPECT_EQ(view->pose(), figure().motion.startPose()) << "getting ready: the starting position";
    EXPECT_FALSE(page->view()->isAnimatingFigure());

    runTo(PhaseKind::MoveIntoPosition, Side::Left, 1500ms);
    const RoutineSession &session = page->controller()->session();
    const FigureShot expected =
        figureAt(figure().motion, session.phase(), session.elapsedInPhase(now), session.phaseLength());
    EXPECT_EQ(view->pose(), expected.pose);
    EXPECT_NE(view->pose(), figure().motion.startPose());
    EXPECT_NE(view->pose(), figure().motion.holdPose()) << "half way in";
    EXPECT_TRUE(page->view()->isAnimatingFigure()) << "moving: redrawn smoothly";

    runTo(PhaseKind::Hold, Side::Left, 5s);
    EXPECT_EQ(view->pose(), figure().motion.holdPose());
    EXPECT_FALSE(view->otherSide());
    EXPECT_FALSE(page->view()->isAnimatingFigure()) << "a hold is still: no redrawing";

    runTo(PhaseKind::Hold, Side::Right, 1s);
    EXPECT_EQ(view->pose(), figure().motion.holdPose());
    EXPECT_TRUE(view->otherSide()) << "the right leg's turn is drawn mirrored";
}

TEST_F(PlayerFigure, PausingStopsTheMovement)
{
    ASSERT_TRUE(page->prepareExercise(u"knee-to-chest"_s));
    page->start();
    runTo(PhaseKind::MoveIntoPosition, Side::Left, 1000ms);
    ASSERT_TRUE(page->view()->isAnimatingFigure());
    page->controller()->pause();
    page->view()->refreshFigureForTest();
    const Pose paused = page->view()->figure()->pose();
    EXPECT_FALSE(page->view()->isAnimatingFigure());
    now += 1000ms;
    page->view()->refreshFigureForTest();
    EXPECT_EQ(page->view()->figure()->pose(), paused) << "paused mid-movement, the figure waits";
}

TEST_F(PlayerFigure, ThePresentationScreenGivesTheFigureMoreRoom)
{
    // The room watches the figure on the big screen: at the same size it is drawn bigger there than in the window.
    ASSERT_TRUE(page->prepareExercise(u"knee-to-chest"_s));
    page->start();
    FigureView *view = page->view()->figure();
    const int inWindow = view->width();
    page->view()->setPresentation(true);
    QApplication::sendPostedEvents();
    page->view()->layout()->activate();
    EXPECT_GT(view->width(), inWindow * 5 / 4);
    page->view()->setPresentation(false);
    page->view()->layout()->activate();
    EXPECT_EQ(view->width(), inWindow);
}

TEST_F(PlayerFigure, AnExerciseWithoutAFigureShowsNone)
{
    // The shipped exercises are getting figures one by one; this one, laid over them, has none.
    const BankLayer layer = layerOf({{"plain.json",
        bankFile(R"("sources": [{"id": "test-source", "title": "Test guidance", "publisher": "Test Health Service",
            "url": "https://example.org/guidance", "kind": "health-service", "authority": "high"}],
            "exercises": [)" +
            exerciseJson("plain", "Plain exercise") + "]")}});
    const BankState state = loadBankState(shippedBankLayer(), &layer, {});
    ASSERT_TRUE(state.usingUserBank);
    page->setBank(state.bank);
    ASSERT_FALSE(state.bank->exercise("plain")->figure);
    ASSERT_TRUE(page->prepareExercise(u"plain"_s));
    page->start();
    EXPECT_FALSE(page->view()->figure()->isVisible());
    EXPECT_FALSE(page->view()->isAnimatingFigure());
}

} // namespace
