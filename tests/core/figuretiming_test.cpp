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

} // namespace
} // namespace lumbar
