// When the player tells a screen reader how long is left: a few times in a phase, not every second.
#pragma once

namespace lumbar {

// True when `secondsLeft` (the whole seconds on screen, counting down) of a timed phase `phaseSeconds` long is
// worth saying: each whole minute, then 30, 20, 10 and 5 seconds before the end. Never at the phase's first second
// (the phase's start says how long it is) nor in the last four (the countdown beeps them).
bool announceTimeLeft(int secondsLeft, int phaseSeconds);

} // namespace lumbar
