// The library's figure preview on a fake clock: still in the held pose until asked, then the movement at its natural
// pace, the other side every second time round, stopped by the button, by another exercise or by hiding the page.
#include "testsupport.h"

#include "ui/figures/figurepreview.h"
#include "ui/figures/figureview.h"

#include "core/contentbank.h"
#include "core/shippedbank.h"

#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

class FigurePreviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        bank = shippedBankState().bank;
        preview = std::make_unique<FigurePreview>(nullptr, &clock);
        preview->resize(400, 200);
        preview->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(preview.get()));
    }

    const Exercise &exercise(const char *id) const { return *bank->exercise(id); }

    FakeClock clock;
    TimePoint &now = clock.steadyNow;
    std::shared_ptr<const ContentBank> bank;
    std::unique_ptr<FigurePreview> preview;
};

TEST_F(FigurePreviewTest, StillUntilAskedThenTheMovementAtItsOwnPaceOnBothSides)
{
    const Exercise &knee = exercise("knee-to-chest"); // one leg at a time: both sides
    preview->setExercise(&knee);
    const FigureMotion &m = knee.figure->motion;
    EXPECT_TRUE(preview->isVisible());
    EXPECT_EQ(preview->view()->pose(), m.holdPose());
    EXPECT_FALSE(preview->isPlaying());
    ASSERT_TRUE(child<QToolButton>(preview, u"showMovementButton"_s)->isVisible());
    EXPECT_EQ(
        child<QToolButton>(preview, u"showMovementButton"_s)->accessibleName(), QStringLiteral("Show the movement"));
    EXPECT_TRUE(child<QToolButton>(preview, u"showMovementButton"_s)->icon().isNull())
        << "its mark is text in the button's colour, seen in every scheme";

    QTest::mouseClick(child<QToolButton>(preview, u"showMovementButton"_s), Qt::LeftButton);
    ASSERT_TRUE(preview->isPlaying());
    EXPECT_EQ(preview->view()->pose(), m.startPose()) << "it starts from the starting position";
    EXPECT_EQ(child<QToolButton>(preview, u"showMovementButton"_s)->accessibleName(),
        QStringLiteral("Stop showing the movement"));
    const PreviewStyle style{.bothSides = true, .pauses = true};
    const double period = previewPeriod(m, style);
    now += std::chrono::milliseconds(static_cast<int>(m.secondsIn() * 500));
    preview->advance();
    EXPECT_EQ(preview->view()->pose(), m.into(0.5)) << "half way in after half its time";
    EXPECT_FALSE(preview->view()->otherSide());
    now += std::chrono::milliseconds(static_cast<int>(period * 1000));
    preview->advance();
    EXPECT_EQ(preview->view()->pose(), m.into(0.5));
    EXPECT_TRUE(preview->view()->otherSide()) << "the second time round: the other leg";

    QTest::keyClick(
        child<QToolButton>(preview, u"showMovementButton"_s), Qt::Key_Space); // the keyboard works the button too
    EXPECT_FALSE(preview->isPlaying());
    EXPECT_EQ(preview->view()->pose(), m.holdPose()) << "stopped: back to the held position";
    EXPECT_FALSE(preview->view()->otherSide());
}

TEST_F(FigurePreviewTest, AnotherExerciseOrHidingStopsIt)
{
    preview->setExercise(&exercise("knee-to-chest"));
    preview->setPlaying(true);
    ASSERT_TRUE(preview->isPlaying());
    preview->setExercise(&exercise("walking"));
    EXPECT_FALSE(preview->isPlaying()) << "a new exercise starts still";
    EXPECT_EQ(preview->view()->pose(), exercise("walking").figure->motion.holdPose());
    preview->setPlaying(true);
    ASSERT_TRUE(preview->isPlaying());
    preview->hide();
    EXPECT_FALSE(preview->isPlaying()) << "nothing is drawn for a page nobody sees";
    preview->show();
    preview->setExercise(nullptr);
    EXPECT_FALSE(preview->isVisible());
    preview->setPlaying(true);
    EXPECT_FALSE(preview->isPlaying()) << "nothing to play";
}

} // namespace
