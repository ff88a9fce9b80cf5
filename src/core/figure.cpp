#include "figure.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lumbar {

namespace {

constexpr std::array<std::string_view, kJointCount> kJointNames = {"lumbar", "neck", "left-shoulder", "left-elbow",
    "right-shoulder", "right-elbow", "left-hip", "left-knee", "left-ankle", "right-hip", "right-knee", "right-ankle"};

// Ranges of motion for an adult, rounded outwards a little so that a full, healthy range is never refused.
constexpr std::array<JointLimits, kJointCount> kLimits = {{
    {-45, 90}, // lumbar: arching back (press-up) to a full forward bend
    {-60, 70}, // neck
    {-60, 180}, // shoulders: behind the body to overhead
    {0, 150}, // elbows
    {-60, 180},
    {0, 150},
    {-30, 140}, // hips: extension to knee-to-chest
    {0, 155}, // knees
    {-50, 30}, // ankles: pointed to pulled up
    {-30, 140},
    {0, 155},
    {-50, 30},
}};

constexpr double kSlack = 1e-6;

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

Point step(Point from, double directionDegrees, double length)
{
    const double r = radians(directionDegrees);
    return {from.x + length * std::cos(r), from.y + length * std::sin(r)};
}

Point mirror(Point p, double axis)
{
    return {2 * axis - p.x, p.y};
}

} // namespace

std::string_view jointName(Joint joint)
{
    return kJointNames[static_cast<std::size_t>(joint)];
}

std::optional<Joint> jointFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kJointCount; ++i)
        if (kJointNames[i] == name)
            return static_cast<Joint>(i);
    return std::nullopt;
}

JointLimits jointLimits(Joint joint)
{
    return kLimits[static_cast<std::size_t>(joint)];
}

Joint otherSide(Joint joint)
{
    switch (joint) {
    case Joint::Lumbar:
    case Joint::Neck:
        return joint;
    case Joint::LeftShoulder:
        return Joint::RightShoulder;
    case Joint::LeftElbow:
        return Joint::RightElbow;
    case Joint::RightShoulder:
        return Joint::LeftShoulder;
    case Joint::RightElbow:
        return Joint::LeftElbow;
    case Joint::LeftHip:
        return Joint::RightHip;
    case Joint::LeftKnee:
        return Joint::RightKnee;
    case Joint::LeftAnkle:
        return Joint::RightAnkle;
    case Joint::RightHip:
        return Joint::LeftHip;
    case Joint::RightKnee:
        return Joint::LeftKnee;
    case Joint::RightAnkle:
        return Joint::LeftAnkle;
    }
    return joint;
}

std::vector<Joint> Pose::outOfLimits() const
{
    std::vector<Joint> out;
    for (std::size_t i = 0; i < kJointCount; ++i) {
        const JointLimits limits = kLimits[i];
        if (!(angles[i] >= limits.min - kSlack && angles[i] <= limits.max + kSlack)) // NaN is out too
            out.push_back(static_cast<Joint>(i));
    }
    return out;
}

Pose Pose::withSidesSwapped() const
{
    Pose swapped = *this;
    for (std::size_t i = 0; i < kJointCount; ++i)
        swapped.setAngle(otherSide(static_cast<Joint>(i)), angles[i]);
    return swapped;
}

double BodyPoints::lowestY() const
{
    double low = headCentre.y - headRadius;
    for (const Point &p : {pelvis, waist, shoulders, neckTop})
        low = std::min(low, p.y);
    for (const Limb *limb : {&left, &right})
        for (const Point &p : {limb->elbow, limb->wrist, limb->handTip, limb->knee, limb->ankle, limb->toes})
            low = std::min(low, p.y);
    return low;
}

BodyPoints BodyPoints::mirrored(double axis) const
{
    BodyPoints m = *this;
    for (Point *p : {&m.pelvis, &m.waist, &m.shoulders, &m.neckTop, &m.headCentre})
        *p = mirror(*p, axis);
    for (Limb *limb : {&m.left, &m.right})
        for (Point *p : {&limb->elbow, &limb->wrist, &limb->handTip, &limb->knee, &limb->ankle, &limb->toes})
            *p = mirror(*p, axis);
    return m;
}

BodyPoints forwardKinematics(const Pose &pose, const Skeleton &s)
{
    // Directions are absolute, counter-clockwise from +x. The body's front is its trunk direction turned 90°
    // clockwise, so every flexion turns a segment towards the front: clockwise for the spine and neck, and for
    // limbs hanging from the trunk, counter-clockwise from straight down.
    BodyPoints b;
    b.headRadius = s.headRadius;
    b.pelvis = pose.pelvis;
    const double lower = pose.trunk;
    const double upper = lower - pose.angle(Joint::Lumbar);
    const double head = upper - pose.angle(Joint::Neck);
    b.waist = step(b.pelvis, lower, s.lowerTrunk);
    b.shoulders = step(b.waist, upper, s.upperTrunk);
    b.neckTop = step(b.shoulders, head, s.neck);
    b.headCentre = step(b.neckTop, head, s.headRadius);

    const auto arm = [&](BodyPoints::Limb &limb, Joint shoulder, Joint elbow) {
        const double upperArm = upper + 180 + pose.angle(shoulder);
        const double forearm = upperArm + pose.angle(elbow);
        limb.elbow = step(b.shoulders, upperArm, s.upperArm);
        limb.wrist = step(limb.elbow, forearm, s.forearm);
        limb.handTip = step(limb.wrist, forearm, s.hand);
    };
    const auto leg = [&](BodyPoints::Limb &limb, Joint hip, Joint knee, Joint ankle) {
        const double thigh = lower + 180 + pose.angle(hip);
        const double shin = thigh - pose.angle(knee);
        const double foot = shin + 90 + pose.angle(ankle);
        limb.knee = step(b.pelvis, thigh, s.thigh);
        limb.ankle = step(limb.knee, shin, s.shin);
        limb.toes = step(limb.ankle, foot, s.foot);
    };
    arm(b.left, Joint::LeftShoulder, Joint::LeftElbow);
    arm(b.right, Joint::RightShoulder, Joint::RightElbow);
    leg(b.left, Joint::LeftHip, Joint::LeftKnee, Joint::LeftAnkle);
    leg(b.right, Joint::RightHip, Joint::RightKnee, Joint::RightAnkle);
    return b;
}

std::string_view easingName(Easing easing)
{
    switch (easing) {
    case Easing::Linear:
        return "linear";
    case Easing::EaseIn:
        return "ease-in";
    case Easing::EaseOut:
        return "ease-out";
    case Easing::EaseInOut:
        return "ease-in-out";
    }
    return {};
}

std::optional<Easing> easingFromName(std::string_view name)
{
    for (const Easing e : {Easing::Linear, Easing::EaseIn, Easing::EaseOut, Easing::EaseInOut})
        if (easingName(e) == name)
            return e;
    return std::nullopt;
}

double ease(Easing easing, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    switch (easing) {
    case Easing::Linear:
        return t;
    case Easing::EaseIn:
        return t * t;
    case Easing::EaseOut:
        return t * (2 - t);
    case Easing::EaseInOut:
        return t * t * (3 - 2 * t); // smoothstep: no jolt at either end
    }
    return t;
}

Pose interpolate(const Pose &a, const Pose &b, double t)
{
    const auto mix = [t](double from, double to) { return from + (to - from) * t; };
    Pose p;
    p.pelvis = {mix(a.pelvis.x, b.pelvis.x), mix(a.pelvis.y, b.pelvis.y)};
    p.trunk = mix(a.trunk, b.trunk);
    for (std::size_t i = 0; i < kJointCount; ++i)
        p.angles[i] = mix(a.angles[i], b.angles[i]);
    return p;
}

FigureMotion::FigureMotion(std::vector<Keyframe> frames, std::size_t holdIndex)
    : m_frames(std::move(frames))
    , m_hold(m_frames.empty() ? 0 : std::min(holdIndex, m_frames.size() - 1))
{
}

double FigureMotion::secondsIn() const
{
    double total = 0;
    for (std::size_t i = 1; i <= m_hold && i < m_frames.size(); ++i)
        total += m_frames[i].seconds;
    return total;
}

double FigureMotion::secondsOut() const
{
    if (m_hold + 1 >= m_frames.size())
        return secondsIn();
    double total = 0;
    for (std::size_t i = m_hold + 1; i < m_frames.size(); ++i)
        total += m_frames[i].seconds;
    return total;
}

Pose FigureMotion::along(const std::vector<Keyframe> &path, double fraction)
{
    if (path.size() == 1)
        return path.front().pose;
    double total = 0;
    for (std::size_t i = 1; i < path.size(); ++i)
        total += path[i].seconds;
    if (total <= 0)
        return fraction < 1 ? path.front().pose : path.back().pose;
    double at = std::clamp(fraction, 0.0, 1.0) * total;
    for (std::size_t i = 1; i < path.size(); ++i) {
        const double length = path[i].seconds;
        if (at <= length || i + 1 == path.size())
            return interpolate(path[i - 1].pose, path[i].pose, length > 0 ? ease(path[i].easing, at / length) : 1.0);
        at -= length;
    }
    return path.back().pose;
}

Pose FigureMotion::into(double fraction) const
{
    if (m_frames.empty())
        return {};
    return along({m_frames.begin(), m_frames.begin() + static_cast<std::ptrdiff_t>(m_hold) + 1}, fraction);
}

Pose FigureMotion::outOf(double fraction) const
{
    if (m_frames.empty())
        return {};
    if (m_hold + 1 < m_frames.size())
        return along({m_frames.begin() + static_cast<std::ptrdiff_t>(m_hold), m_frames.end()}, fraction);
    // Retrace the way in backwards: each step keeps its length and is eased the same way.
    return into(1.0 - std::clamp(fraction, 0.0, 1.0));
}

Pose FigureMotion::repetition(double fraction) const
{
    const double in = secondsIn();
    const double out = secondsOut();
    const double split = in + out > 0 ? in / (in + out) : 0.5;
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (fraction <= split)
        return into(split > 0 ? fraction / split : 1.0);
    return outOf((fraction - split) / (1.0 - split));
}

} // namespace lumbar
