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

} // namespace lumbar
