// Which pose the figure shows at each moment of each kind of phase, and on which side.
#include "core/figuretiming.h"

#include <gtest/gtest.h>

namespace lumbar {
namespace {

using namespace std::chrono_literals;

FigureMotion bend()
{
    Pose start;
    start.pelvis = {0, 95};
    Pose half = start;
    half.setAngle(Joint::Lumbar, 30);
    Pose held = start;
    held.setAngle(Joint::Lumbar, 60);
    return FigureMotion(
        {{"start", start, 0, Easing::Linear}, {"half", half, 1, Easing::Linear}, {"held", held, 1, Easing::Linear}}, 2);
}

Phase phase(PhaseKind kind, Side side = Side::Left)
{
    Phase p;
    p.kind = kind;
    p.side = side;
    return p;
}

TEST(FigureTiming, PreparingAndRestingShowTheStartingPosition)
{
    const FigureMotion m = bend();
    for (const PhaseKind k :
        {PhaseKind::GetReady, PhaseKind::RestBetweenReps, PhaseKind::RestBetweenSets, PhaseKind::SwitchSide}) {
        const FigureShot s = figureAt(m, phase(k), 1500ms, 3000ms);
        EXPECT_EQ(s.pose, m.startPose());
        EXPECT_FALSE(s.moving);
    }
}

TEST(FigureTiming, MovingInHoldingAndReleasingFollowThePhase)
{
    const FigureMotion m = bend();
    EXPECT_EQ(figureAt(m, phase(PhaseKind::MoveIntoPosition), 0ms, 3000ms).pose, m.startPose());
    const FigureShot half = figureAt(m, phase(PhaseKind::MoveIntoPosition), 1500ms, 3000ms);
    EXPECT_DOUBLE_EQ(half.pose.angle(Joint::Lumbar), 30) << "half the phase: half the way in, whatever its length";
    EXPECT_TRUE(half.moving);
    EXPECT_DOUBLE_EQ(figureAt(m, phase(PhaseKind::MoveIntoPosition), 5000ms, 10000ms).pose.angle(Joint::Lumbar), 30);
    EXPECT_EQ(figureAt(m, phase(PhaseKind::MoveIntoPosition), 3000ms, 3000ms).pose, m.holdPose());

    const FigureShot hold = figureAt(m, phase(PhaseKind::Hold), 12345ms, 30000ms);
    EXPECT_EQ(hold.pose, m.holdPose());
    EXPECT_FALSE(hold.moving) << "a hold is still: nothing to redraw";

    EXPECT_EQ(figureAt(m, phase(PhaseKind::Release), 0ms, 2000ms).pose, m.holdPose());
    EXPECT_DOUBLE_EQ(figureAt(m, phase(PhaseKind::Release), 1000ms, 2000ms).pose.angle(Joint::Lumbar), 30);
    EXPECT_EQ(figureAt(m, phase(PhaseKind::Release), 2000ms, 2000ms).pose, m.startPose());
}

TEST(FigureTiming, PacedRepsAndActivitiesRepeatTheMovement)
{
    const FigureMotion m = bend();
    EXPECT_EQ(figureAt(m, phase(PhaseKind::PacedRep), 2000ms, 4000ms).pose, m.holdPose()) << "half a rep";
    EXPECT_EQ(figureAt(m, phase(PhaseKind::PacedRep), 4000ms, 4000ms).pose, m.startPose());
    // An activity repeats at the natural pace (2 s in, 2 s out) for however long it lasts.
    EXPECT_EQ(figureAt(m, phase(PhaseKind::Activity), 2000ms, 600000ms).pose, m.holdPose());
    EXPECT_EQ(figureAt(m, phase(PhaseKind::Activity), 6000ms, 600000ms).pose, m.holdPose());
    EXPECT_EQ(figureAt(m, phase(PhaseKind::SelfPaced), 8000ms, 0ms).pose, m.startPose());
    EXPECT_TRUE(figureAt(m, phase(PhaseKind::Activity), 100ms, 600000ms).moving);
}

TEST(FigureTiming, TheRightSideIsDrawnMirrored)
{
    const FigureMotion m = bend();
    EXPECT_FALSE(figureAt(m, phase(PhaseKind::Hold, Side::Left), 0ms, 1000ms).otherSide);
    EXPECT_FALSE(figureAt(m, phase(PhaseKind::Hold, Side::None), 0ms, 1000ms).otherSide);
    EXPECT_TRUE(figureAt(m, phase(PhaseKind::Hold, Side::Right), 0ms, 1000ms).otherSide);
    EXPECT_TRUE(figureAt(m, phase(PhaseKind::SwitchSide, Side::Right), 0ms, 1000ms).otherSide);
}

TEST(FigureTiming, AStillFigureNeverMoves)
{
    Pose rest;
    rest.trunk = 180;
    const FigureMotion still({{"rest", rest, 0, Easing::Linear}}, 0);
    const FigureShot s = figureAt(still, phase(PhaseKind::Activity), 5000ms, 60000ms);
    EXPECT_EQ(s.pose, rest);
    EXPECT_FALSE(s.moving);
    EXPECT_EQ(figureAt(FigureMotion(), phase(PhaseKind::Hold), 0ms, 0ms).pose, Pose());
}

TEST(FigurePreview, LoopsInHoldsOutAndRestsThenTheOtherSide)
{
    const FigureMotion m = bend(); // 2 s in, retraced out in 2 s
    const PreviewStyle style{.bothSides = true, .pauses = true};
    const double period = 2 + kPreviewHoldSeconds + 2 + kPreviewRestSeconds;
    EXPECT_DOUBLE_EQ(previewPeriod(m, style), period);
    EXPECT_EQ(previewAt(m, 0, style).pose, m.startPose());
    FigureShot s = previewAt(m, 1, style);
    EXPECT_EQ(s.pose.angle(Joint::Lumbar), 30) << "half way in at its natural pace";
    EXPECT_TRUE(s.moving);
    EXPECT_FALSE(s.otherSide);
    s = previewAt(m, 2 + kPreviewHoldSeconds / 2, style);
    EXPECT_EQ(s.pose, m.holdPose());
    EXPECT_FALSE(s.moving) << "held still for a moment";
    s = previewAt(m, 2 + kPreviewHoldSeconds + 1, style);
    EXPECT_EQ(s.pose.angle(Joint::Lumbar), 30) << "half way out";
    s = previewAt(m, period - kPreviewRestSeconds / 2, style);
    EXPECT_EQ(s.pose, m.startPose());
    EXPECT_FALSE(s.moving);
    s = previewAt(m, period + 1, style);
    EXPECT_TRUE(s.otherSide) << "the second time round is the other side";
    EXPECT_EQ(s.pose.angle(Joint::Lumbar), 30);
    EXPECT_FALSE(previewAt(m, 2 * period + 1, style).otherSide);
    EXPECT_FALSE(previewAt(m, period + 1, PreviewStyle{.bothSides = false}).otherSide);
}

TEST(FigurePreview, ActivitiesLoopWithoutPausesAndStillFiguresStayStill)
{
    const FigureMotion m = bend();
    const PreviewStyle activity{.bothSides = false, .pauses = false};
    EXPECT_DOUBLE_EQ(previewPeriod(m, activity), 4);
    EXPECT_EQ(previewAt(m, 2, activity).pose, m.holdPose());
    EXPECT_TRUE(previewAt(m, 5, activity).moving);
    EXPECT_EQ(previewAt(m, 5, activity).pose.angle(Joint::Lumbar), 30) << "round again";
    Pose only;
    const FigureMotion still({{"lying", only, 1, Easing::Linear}}, 0);
    EXPECT_DOUBLE_EQ(previewPeriod(still, {}), 0);
    EXPECT_EQ(previewAt(still, 3, {}).pose, only);
    EXPECT_FALSE(previewAt(still, 3, {}).moving);
}

} // namespace
} // namespace lumbar
