// PlayerText: what the player shows and says for a phase or a cue ("Hold", "Rep 3 of 10 · Left side · Set 1 of 2",
// "Hold for 20 seconds"), in one translatable place shared by the window, the presentation screen and the voice.
#pragma once

#include "core/routinesession.h"

#include <QCoreApplication>
#include <QString>

namespace lumbar::ui {

class PlayerText
{
    Q_DECLARE_TR_FUNCTIONS(PlayerText)

public:
    // "Get ready", "Hold", "Switch side"…
    static QString phaseTitle(const Phase &phase);
    // The line under the title: "Rep 3 of 10 · Left side · Set 1 of 2"; empty when there is nothing to count.
    static QString phaseDetail(const Phase &phase);
    // A short instruction for phases that need one ("Do 8 at your own pace, then press Next").
    static QString phaseHint(const Phase &phase, const PlanItem &item);
    // What to say aloud for `cue`, or an empty string when it is better left unsaid (the countdown is beeped).
    static QString spoken(const SessionPlan &plan, const Cue &cue);
    // "Left side", "Right side"; empty for none.
    static QString sideLabel(Side side);
    // 0:07, 2:05, 1:02:03: a duration rounded up to whole seconds, as a countdown shows it.
    static QString clock(Millis duration);
    // The exercise after the current one and its dosage, for the "Next:" line; empty at the last.
    static QString upNext(const RoutineSession &session);
};

} // namespace lumbar::ui
