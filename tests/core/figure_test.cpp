// The figure's pose math: forward kinematics to exact points for known poses, joint limits, mirroring for the
// other side, easing, interpolation and keyframe timing.
#include "core/figure.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

namespace lumbar {
namespace {

constexpr double kEps = 1e-9;

void expectNear(Point actual, Point expected, const char *what)
{
    EXPECT_NEAR(actual.x, expected.x, kEps) << what;
    EXPECT_NEAR(actual.y, expected.y, kEps) << what;
}

double distance(Point a, Point b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

Pose standing()
{
    Pose p;
    p.pelvis = {0, 100};
    return p;
}

TEST(Figure, StandingStraightPutsEverySegmentOnTheVertical)
{
    const BodyPoints b = forwardKinematics(standing());
    expectNear(b.waist, {0, 122}, "waist");
    expectNear(b.shoulders, {0, 152}, "shoulders");
    expectNear(b.neckTop, {0, 161}, "top of the neck");
    expectNear(b.headCentre, {0, 172}, "head");
    expectNear(b.left.elbow, {0, 122}, "elbow: the arm hangs by the side");
    expectNear(b.left.handTip, {0, 86}, "hand");
    expectNear(b.left.knee, {0, 56}, "knee");
    expectNear(b.left.ankle, {0, 13}, "ankle");
    expectNear(b.left.toes, {20, 13}, "toes point forwards, the way the figure faces");
    EXPECT_NEAR(b.lowestY(), 13, kEps);
}

TEST(Figure, FlexionTurnsEachSegmentTowardsTheFront)
{
    Pose sitting = standing();
    sitting.setAngle(Joint::LeftHip, 90);
    sitting.setAngle(Joint::LeftKnee, 90);
    sitting.setAngle(Joint::LeftShoulder, 90);
    sitting.setAngle(Joint::LeftElbow, 90);
    sitting.setAngle(Joint::LeftAnkle, 20);
    const BodyPoints b = forwardKinematics(sitting);
    expectNear(b.left.knee, {44, 100}, "thigh forwards, level");
    expectNear(b.left.ankle, {44, 57}, "shin straight down");
    expectNear(b.left.elbow, {30, 152}, "arm forwards, level");
    expectNear(b.left.wrist, {30, 179}, "forearm up");
    EXPECT_GT(b.left.toes.y, b.left.ankle.y) << "toes pulled up";
    // The other side did not move.
    expectNear(b.right.knee, {0, 56}, "right knee");

    Pose bend = standing();
    bend.setAngle(Joint::Lumbar, 30);
    bend.setAngle(Joint::Neck, 20);
    const BodyPoints f = forwardKinematics(bend);
    EXPECT_GT(f.shoulders.x, 0) << "a forward bend leans forwards";
    EXPECT_GT(f.headCentre.x - f.neckTop.x, 0);
    Pose arch = standing();
    arch.setAngle(Joint::Lumbar, -20);
    EXPECT_LT(forwardKinematics(arch).shoulders.x, 0) << "arching leans back";
}

TEST(Figure, TheTrunkAngleLaysTheBodyDown)
{
    // Lying on the back: the trunk points left, the front faces up, so a bent hip lifts the knee.
    Pose back;
    back.pelvis = {0, 10};
    back.trunk = 180;
    back.setAngle(Joint::LeftHip, 90);
    const BodyPoints b = forwardKinematics(back);
    expectNear(b.shoulders, {-52, 10}, "shoulders");
    expectNear(b.left.knee, {0, 54}, "knee up towards the ceiling");
    expectNear(b.right.knee, {44, 10}, "the other leg flat along the floor");
    // Face down: the front faces the floor, so the toes point down.
    Pose front;
    front.pelvis = {0, 10};
    front.trunk = 0;
    const BodyPoints f = forwardKinematics(front);
    expectNear(f.shoulders, {52, 10}, "shoulders");
    EXPECT_LT(f.left.toes.y, f.left.ankle.y);
}

TEST(Figure, SegmentsKeepTheirLengthsInAnyPose)
{
    std::mt19937 random(7);
    const Skeleton s;
    for (int n = 0; n < 500; ++n) {
        Pose p;
        p.pelvis = {std::uniform_real_distribution<double>(-100, 100)(random), 50};
        p.trunk = std::uniform_real_distribution<double>(-180, 360)(random);
        for (std::size_t j = 0; j < kJointCount; ++j) {
            const JointLimits l = jointLimits(static_cast<Joint>(j));
            p.angles[j] = std::uniform_real_distribution<double>(l.min, l.max)(random);
        }
        ASSERT_TRUE(p.outOfLimits().empty());
        const BodyPoints b = forwardKinematics(p, s);
        EXPECT_NEAR(distance(b.pelvis, b.waist), s.lowerTrunk, 1e-9);
        EXPECT_NEAR(distance(b.waist, b.shoulders), s.upperTrunk, 1e-9);
        for (const BodyPoints::Limb *limb : {&b.left, &b.right}) {
            EXPECT_NEAR(distance(b.shoulders, limb->elbow), s.upperArm, 1e-9);
            EXPECT_NEAR(distance(limb->elbow, limb->wrist), s.forearm, 1e-9);
            EXPECT_NEAR(distance(b.pelvis, limb->knee), s.thigh, 1e-9);
            EXPECT_NEAR(distance(limb->knee, limb->ankle), s.shin, 1e-9);
            EXPECT_NEAR(distance(limb->ankle, limb->toes), s.foot, 1e-9);
        }
    }
}

TEST(Figure, LimitsCatchImpossiblePoses)
{
    EXPECT_TRUE(standing().outOfLimits().empty());
    for (std::size_t j = 0; j < kJointCount; ++j) {
        const auto joint = static_cast<Joint>(j);
        const JointLimits l = jointLimits(joint);
        EXPECT_LT(l.min, l.max) << jointName(joint);
        Pose p = standing();
        p.setAngle(joint, l.max);
        EXPECT_TRUE(p.outOfLimits().empty()) << jointName(joint) << " at its limit is allowed";
        p.setAngle(joint, l.max + 1);
        EXPECT_EQ(p.outOfLimits(), std::vector<Joint>{joint}) << jointName(joint);
        p.setAngle(joint, l.min - 1);
        EXPECT_EQ(p.outOfLimits(), std::vector<Joint>{joint}) << jointName(joint);
        p.setAngle(joint, std::numeric_limits<double>::quiet_NaN());
        EXPECT_EQ(p.outOfLimits(), std::vector<Joint>{joint}) << jointName(joint);
    }
    Pose knee = standing();
    knee.setAngle(Joint::RightKnee, -10); // bending the wrong way
    EXPECT_EQ(knee.outOfLimits(), std::vector<Joint>{Joint::RightKnee});
}

TEST(Figure, JointNamesRoundTrip)
{
    for (std::size_t j = 0; j < kJointCount; ++j) {
        const auto joint = static_cast<Joint>(j);
        EXPECT_EQ(jointFromName(jointName(joint)), joint);
        EXPECT_EQ(otherSide(otherSide(joint)), joint);
    }
    EXPECT_EQ(otherSide(Joint::LeftHip), Joint::RightHip);
    EXPECT_EQ(otherSide(Joint::Neck), Joint::Neck);
    EXPECT_FALSE(jointFromName("left-wrist"));
}

TEST(Figure, TheOtherSideIsTheSwappedPoseMirrored)
{
    Pose p = standing();
    p.setAngle(Joint::LeftHip, 80);
    p.setAngle(Joint::LeftKnee, 40);
    p.setAngle(Joint::RightShoulder, 120);
    const Pose swapped = p.withSidesSwapped();
    EXPECT_EQ(swapped.angle(Joint::RightHip), 80);
    EXPECT_EQ(swapped.angle(Joint::LeftHip), 0);
    EXPECT_EQ(swapped.angle(Joint::LeftShoulder), 120);
    EXPECT_EQ(swapped.withSidesSwapped(), p);

    const BodyPoints original = forwardKinematics(p);
    const BodyPoints other = forwardKinematics(swapped).mirrored(0);
    // Mirrored about the pelvis, the right knee lands where the left one was, reflected: the same movement seen
    // from the figure's other side.
    expectNear(other.right.knee, {-original.left.knee.x, original.left.knee.y}, "working knee");
    expectNear(other.left.knee, {-original.right.knee.x, original.right.knee.y}, "resting knee");
    const BodyPoints twice = original.mirrored(12).mirrored(12);
    expectNear(twice.headCentre, original.headCentre, "mirroring twice changes nothing");
    expectNear(twice.right.toes, original.right.toes, "mirroring twice changes nothing");
}

TEST(Figure, EasingsKeepTheirEndsAndNeverGoBack)
{
    for (const Easing e : {Easing::Linear, Easing::EaseIn, Easing::EaseOut, Easing::EaseInOut}) {
        EXPECT_EQ(ease(e, 0), 0) << easingName(e);
        EXPECT_EQ(ease(e, 1), 1) << easingName(e);
        EXPECT_EQ(ease(e, -3), 0) << easingName(e);
        EXPECT_EQ(ease(e, 7), 1) << easingName(e);
        EXPECT_EQ(easingFromName(easingName(e)), e);
        double previous = 0;
        for (int i = 1; i <= 100; ++i) {
            const double v = ease(e, i / 100.0);
            EXPECT_GE(v, previous) << easingName(e);
            previous = v;
        }
    }
    EXPECT_DOUBLE_EQ(ease(Easing::EaseInOut, 0.5), 0.5);
    EXPECT_NEAR(ease(Easing::EaseInOut, 0.2) + ease(Easing::EaseInOut, 0.8), 1.0, 1e-12);
    EXPECT_LT(ease(Easing::EaseIn, 0.3), 0.3);
    EXPECT_GT(ease(Easing::EaseOut, 0.3), 0.3);
    EXPECT_FALSE(easingFromName("bounce"));
}

TEST(Figure, InterpolationRunsStraightBetweenPoses)
{
    Pose a = standing();
    Pose b = standing();
    b.pelvis = {10, 50};
    b.trunk = 180;
    b.setAngle(Joint::LeftHip, 100);
    EXPECT_EQ(interpolate(a, b, 0), a);
    EXPECT_EQ(interpolate(a, b, 1), b);
    const Pose mid = interpolate(a, b, 0.5);
    EXPECT_DOUBLE_EQ(mid.pelvis.x, 5);
    EXPECT_DOUBLE_EQ(mid.pelvis.y, 75);
    EXPECT_DOUBLE_EQ(mid.trunk, 135);
    EXPECT_DOUBLE_EQ(mid.angle(Joint::LeftHip), 50);
}

// Knee to chest in three keyframes: lying, the knee half way (1 s), the knee hugged (3 s).
FigureMotion kneeToChest(bool withReturn)
{
    Pose lying;
    lying.pelvis = {0, 12};
    lying.trunk = 180;
    lying.setAngle(Joint::LeftHip, 45);
    lying.setAngle(Joint::LeftKnee, 90);
    Pose half = lying;
    half.setAngle(Joint::LeftHip, 80);
    Pose hugged = half;
    hugged.setAngle(Joint::LeftHip, 120);
    hugged.setAngle(Joint::LeftKnee, 120);
    std::vector<Keyframe> frames = {
        {"start", lying, 0, Easing::Linear}, {"lift", half, 1, Easing::Linear}, {"hold", hugged, 3, Easing::EaseInOut}};
    if (withReturn) {
        Pose lowered = lying;
        lowered.setAngle(Joint::LeftKnee, 60);
        frames.push_back({"lower", lowered, 2, Easing::Linear});
    }
    return FigureMotion(std::move(frames), 2);
}

TEST(FigureMotion, TheWayInKeepsEachKeyframesShareOfTheTime)
{
    const FigureMotion m = kneeToChest(false);
    EXPECT_DOUBLE_EQ(m.secondsIn(), 4);
    EXPECT_EQ(m.into(0), m.startPose());
    EXPECT_EQ(m.into(1), m.holdPose());
    EXPECT_EQ(m.into(0.25), m.frames()[1].pose) << "1 s of 4: the second keyframe exactly";
    EXPECT_DOUBLE_EQ(m.into(0.125).angle(Joint::LeftHip), 62.5) << "half way through a linear step";
    // Eased: the last step starts slowly.
    EXPECT_LT(m.into(0.25 + 0.75 * 0.1).angle(Joint::LeftHip), 80 + 40 * 0.1);
    // However long the phase, the same fraction gives the same pose: the player's timing, not the figure's.
    EXPECT_EQ(m.into(2.0), m.holdPose());
    EXPECT_EQ(m.into(-1.0), m.startPose());
}

TEST(FigureMotion, WithoutReturnFramesTheWayOutRetracesTheWayIn)
{
    const FigureMotion m = kneeToChest(false);
    EXPECT_DOUBLE_EQ(m.secondsOut(), 4);
    for (const double f : {0.0, 0.1, 0.25, 0.5, 0.8, 1.0})
        EXPECT_EQ(m.outOf(f), m.into(1.0 - f)) << f;
    EXPECT_EQ(m.repetition(0), m.startPose());
    EXPECT_EQ(m.repetition(0.5), m.holdPose());
    EXPECT_EQ(m.repetition(1), m.startPose());
}

TEST(FigureMotion, ReturnFramesAreFollowedOnTheWayOut)
{
    const FigureMotion m = kneeToChest(true);
    EXPECT_DOUBLE_EQ(m.secondsOut(), 2);
    EXPECT_EQ(m.outOf(0), m.holdPose());
    EXPECT_EQ(m.outOf(1), m.frames().back().pose);
    EXPECT_DOUBLE_EQ(m.outOf(0.5).angle(Joint::LeftKnee), 90);
    // A repetition takes 4 s in and 2 s out: the hold comes two thirds of the way through.
    EXPECT_EQ(m.repetition(4.0 / 6.0), m.holdPose());
    EXPECT_EQ(m.repetition(1), m.frames().back().pose);
}

TEST(FigureMotion, OneKeyframeIsAStillPicture)
{
    const FigureMotion still({{"rest", standing(), 0, Easing::Linear}}, 0);
    EXPECT_EQ(still.into(0.5), standing());
    EXPECT_EQ(still.outOf(0.5), standing());
    EXPECT_EQ(still.repetition(0.3), standing());
    EXPECT_DOUBLE_EQ(still.secondsIn(), 0);
    EXPECT_TRUE(FigureMotion().isEmpty());
}

} // namespace
} // namespace lumbar
