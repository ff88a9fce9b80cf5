#include "figuretiming.h"

#include <algorithm>
#include <cmath>

namespace lumbar {

FigureShot figureAt(const FigureMotion &motion, const Phase &phase, Millis elapsed, Millis length)
{
    FigureShot shot;
    shot.otherSide = phase.side == Side::Right;
    if (motion.isEmpty())
        return shot;
    const double fraction = length.count() > 0
        ? std::clamp(static_cast<double>(elapsed.count()) / static_cast<double>(length.count()), 0.0, 1.0)
        : 0.0;
    switch (phase.kind) {
    case PhaseKind::GetReady:
    case PhaseKind::RestBetweenReps:
    case PhaseKind::RestBetweenSets:
    case PhaseKind::SwitchSide:
        shot.pose = motion.startPose();
        break;
    case PhaseKind::MoveIntoPosition:
        shot.pose = motion.into(fraction);
        shot.moving = true;
        break;
    case PhaseKind::Hold:
        shot.pose = motion.holdPose();
        break;
    case PhaseKind::Release:
        shot.pose = motion.outOf(fraction);
        shot.moving = true;
        break;
    case PhaseKind::PacedRep:
        shot.pose = motion.repetition(fraction);
        shot.moving = true;
        break;
    case PhaseKind::Activity:
    case PhaseKind::SelfPaced: {
        // Repetitions at the movement's natural pace for as long as it lasts (walking, a rest position that
        // rocks gently); a figure that does not move just shows its held pose.
        const double period = motion.secondsIn() + motion.secondsOut();
        if (period <= 0) {
            shot.pose = motion.holdPose();
            break;
        }
        const double seconds = static_cast<double>(elapsed.count()) / 1000.0;
        shot.pose = motion.repetition(std::fmod(seconds, period) / period);
        shot.moving = true;
        break;
    }
    }
    return shot;
}

double previewPeriod(const FigureMotion &motion, PreviewStyle style)
{
    if (motion.isEmpty())
        return 0;
    const double moving = motion.secondsIn() + motion.secondsOut();
    if (moving <= 0)
        return 0;
    return moving + (style.pauses ? kPreviewHoldSeconds + kPreviewRestSeconds : 0);
}

FigureShot previewAt(const FigureMotion &motion, double seconds, PreviewStyle style)
{
    FigureShot shot;
    if (motion.isEmpty())
        return shot;
    const double period = previewPeriod(motion, style);
    if (period <= 0 || !(seconds >= 0)) {
        shot.pose = motion.holdPose();
        return shot;
    }
    const double round = std::floor(seconds / period);
    shot.otherSide = style.bothSides && std::fmod(round, 2.0) == 1.0;
    double t = seconds - round * period;
    const double in = motion.secondsIn();
    const double out = motion.secondsOut();
    const double hold = style.pauses ? kPreviewHoldSeconds : 0;
    if (t < in) {
        shot.pose = motion.into(t / in);
        shot.moving = true;
        return shot;
    }
    t -= in;
    if (t < hold) {
        shot.pose = motion.holdPose();
        return shot;
    }
    t -= hold;
    if (t < out) {
        shot.pose = motion.outOf(t / out);
        shot.moving = true;
        return shot;
    }
    shot.pose = motion.startPose();
    return shot;
}

} // namespace lumbar
