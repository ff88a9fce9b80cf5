// Figure: the pure math of the exercise figures — a 2-D articulated body seen from the side, its joint angles and
// their human limits, forward kinematics to points, easing and keyframe interpolation, and mirroring for the other
// side. No drawing here: the Qt renderer turns BodyPoints into lines.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lumbar {

// Angles in degrees. The figure faces +x when upright; y points up; lengths are centimetres of a 170 cm adult.
enum class Joint : std::uint8_t {
    Lumbar, // forward bend of the upper trunk on the lower trunk (+ flexion, − arching back)
    Neck, // chin towards chest (+) or head back (−)
    LeftShoulder, // arm raised forwards from hanging by the side (+), backwards (−)
    LeftElbow, // bend (+)
    RightShoulder,
    RightElbow,
    LeftHip, // thigh forwards from in line with the trunk (+ flexion), backwards (− extension)
    LeftKnee, // bend (+)
    LeftAnkle, // toes up towards the shin (+), pointed (−)
    RightHip,
    RightKnee,
    RightAnkle,
};
inline constexpr std::size_t kJointCount = 12;

// The bank spelling of each joint ("left-hip"), in declaration order.
std::string_view jointName(Joint joint);
std::optional<Joint> jointFromName(std::string_view name);

struct JointLimits
{
    double min = 0;
    double max = 0;
};
// How far each joint can go in a body without a medical condition; a keyframe outside them is a mistake.
JointLimits jointLimits(Joint joint);

// The same joint on the other side of the body (left hip ↔ right hip); the lumbar spine and neck are their own.
Joint otherSide(Joint joint);

struct Point
{
    double x = 0;
    double y = 0;
    friend bool operator==(const Point &, const Point &) = default;
};

// The root is the pelvis: where it is, and the direction of the lower trunk from it (90 = upright, 180 = lying on
// the back with the head to the left, 0 = lying face down with the head to the right). Everything else is a joint.
struct Pose
{
    Point pelvis;
    double trunk = 90;
    std::array<double, kJointCount> angles{};

    double angle(Joint j) const { return angles[static_cast<std::size_t>(j)]; }
    void setAngle(Joint j, double degrees) { angles[static_cast<std::size_t>(j)] = degrees; }

    // The joints outside their limits (with a little slack for rounding), in Joint order.
    std::vector<Joint> outOfLimits() const;
    // Left and right swapped: the other leg does the work. Seen from the side, this with the drawing mirrored
    // (BodyPoints::mirrored) shows the same exercise done on the other side.
    Pose withSidesSwapped() const;

    friend bool operator==(const Pose &, const Pose &) = default;
};

// Segment lengths in centimetres.
struct Skeleton
{
    double lowerTrunk = 22; // pelvis to waist
    double upperTrunk = 30; // waist to the base of the neck (the shoulders)
    double neck = 9;
    double headRadius = 11;
    double upperArm = 30;
    double forearm = 27;
    double hand = 9;
    double thigh = 44;
    double shin = 43;
    double foot = 20; // ankle to toes
};

// Where each part of the body is for a pose.
struct BodyPoints
{
    Point pelvis, waist, shoulders, neckTop, headCentre;
    struct Limb
    {
        Point elbow, wrist, handTip; // arm
        Point knee, ankle, toes; // leg
    };
    Limb left, right;
    double headRadius = 0;

    // The lowest y of any point, counting the head's round edge: where the floor is for a figure standing on it.
    double lowestY() const;
    // Reflected in the vertical line x = `axis`: the figure then faces the other way.
    BodyPoints mirrored(double axis) const;
};

BodyPoints forwardKinematics(const Pose &pose, const Skeleton &skeleton = {});

enum class Easing : std::uint8_t { Linear, EaseIn, EaseOut, EaseInOut };
std::string_view easingName(Easing easing);
std::optional<Easing> easingFromName(std::string_view name);
// `t` in [0, 1] → [0, 1]; the ends are fixed points of every easing.
double ease(Easing easing, double t);

// `a` at t = 0 to `b` at t = 1, every angle and the pelvis in a straight line.
Pose interpolate(const Pose &a, const Pose &b, double t);

struct Keyframe
{
    std::string name;
    Pose pose;
    double seconds = 1; // how long moving from the previous keyframe to this one takes, at a natural pace
    Easing easing = Easing::EaseInOut;
    friend bool operator==(const Keyframe &, const Keyframe &) = default;
};

// An exercise's movement: keyframes from the starting position to the held pose, then optionally back. Without
// frames after the hold, coming back retraces the way in.
class FigureMotion
{
public:
    FigureMotion() = default;
    // `holdIndex`: the keyframe that is held; frames after it return towards the start.
    FigureMotion(std::vector<Keyframe> frames, std::size_t holdIndex);

    bool isEmpty() const { return m_frames.empty(); }
    const std::vector<Keyframe> &frames() const { return m_frames; }
    std::size_t holdIndex() const { return m_hold; }
    const Pose &startPose() const { return m_frames.front().pose; }
    const Pose &holdPose() const { return m_frames[m_hold].pose; }

    // Natural durations of the way in and the way out, in seconds.
    double secondsIn() const;
    double secondsOut() const;

    // The way in at `fraction` (0 = start, 1 = hold), however long the player gives it: each keyframe keeps its
    // share of the time.
    Pose into(double fraction) const;
    // The way out at `fraction` (0 = hold, 1 = back at the start).
    Pose outOf(double fraction) const;
    // One whole repetition at `fraction`, in then out, each taking its natural share of the time (paced reps).
    Pose repetition(double fraction) const;

private:
    static Pose along(const std::vector<Keyframe> &path, double fraction);

    std::vector<Keyframe> m_frames;
    std::size_t m_hold = 0;

public:
    friend bool operator==(const FigureMotion &, const FigureMotion &) = default;
};

} // namespace lumbar
