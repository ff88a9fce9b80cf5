// Figure timing: which pose an exercise's figure shows at a moment of a session phase — the starting position
// while getting ready and resting, moving in while getting into position, still during a hold, back out on
// release, whole repetitions for paced reps and activities — and on which side. The session's clock drives it.
#pragma once

#include "figure.h"
#include "sessionplan.h"

namespace lumbar {

struct FigureShot
{
    Pose pose;
    bool otherSide = false; // the right side's turn: draw it mirrored
    // True while the pose changes with time (moving in or out, repetitions): the view redraws smoothly then, and
    // only then.
    bool moving = false;
};

// `elapsed` into a phase that lasts `length` (0 for an open-ended one).
FigureShot figureAt(const FigureMotion &motion, const Phase &phase, Millis elapsed, Millis length);

// The library's preview of a movement, looped at its natural pace: in, a pause in the held pose, out, a pause at the
// start. An exercise done on both sides shows the other side every second time round; an activity (walking,
// pedalling) loops without pauses.
struct PreviewStyle
{
    bool bothSides = false;
    bool pauses = true;
};
inline constexpr double kPreviewHoldSeconds = 1.5;
inline constexpr double kPreviewRestSeconds = 0.8;
// One time round, in seconds; 0 for a figure that does not move.
double previewPeriod(const FigureMotion &motion, PreviewStyle style);
// The preview `seconds` after it started.
FigureShot previewAt(const FigureMotion &motion, double seconds, PreviewStyle style);

} // namespace lumbar
