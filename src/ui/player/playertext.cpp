#include "playertext.h"

#include "ui/text/dosagewords.h"
#include "ui/text/uitext.h"
#include "voicecues.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

int wholeSeconds(Millis duration)
{
    return static_cast<int>((duration.count() + 999) / 1000);
}

// Numbers in words: a speech engine reads "twenty seconds" more reliably than "20 seconds".
QString secondsPhrase(int seconds)
{
    if (seconds >= 120 && seconds % 60 == 0)
        return PlayerText::tr("%1 minutes").arg(spokenNumber(seconds / 60));
    if (seconds == 60)
        return PlayerText::tr("one minute");
    return seconds == 1 ? PlayerText::tr("one second") : PlayerText::tr("%1 seconds").arg(spokenNumber(seconds));
}

} // namespace

QString PlayerText::phaseTitle(const Phase &phase)
{
    switch (phase.kind) {
    case PhaseKind::GetReady:
        return tr("Get ready");
    case PhaseKind::MoveIntoPosition:
        return tr("Move into position");
    case PhaseKind::Hold:
        return tr("Hold");
    case PhaseKind::Release:
        return tr("Release");
    case PhaseKind::PacedRep:
        return tr("Move");
    case PhaseKind::Activity:
        return tr("Keep going");
    case PhaseKind::SelfPaced:
        return tr("At your own pace");
    case PhaseKind::RestBetweenReps:
        return tr("Rest");
    case PhaseKind::SwitchSide:
        return tr("Switch side");
    case PhaseKind::RestBetweenSets:
        return tr("Rest between sets");
    }
    return {};
}

QString PlayerText::sideLabel(Side side)
{
    switch (side) {
    case Side::Left:
        return tr("Left side");
    case Side::Right:
        return tr("Right side");
    case Side::None:
        break;
    }
    return {};
}

QString PlayerText::phaseDetail(const Phase &phase)
{
    if (phase.kind == PhaseKind::RestBetweenSets)
        return tr("Next: set %1 of %2").arg(phase.set + 1).arg(phase.sets);
    QStringList parts;
    if (phase.rep > 0 && phase.reps > 1)
        parts << tr("Rep %1 of %2").arg(phase.rep).arg(phase.reps);
    if (phase.side != Side::None)
        parts << sideLabel(phase.side);
    if (phase.set > 0 && phase.sets > 1)
        parts << tr("Set %1 of %2").arg(phase.set).arg(phase.sets);
    return parts.join(u" · "_s);
}

QString PlayerText::phaseHint(const Phase &phase, const PlanItem &item)
{
    switch (phase.kind) {
    case PhaseKind::GetReady:
        return tr("Read the steps and get into the starting position. Press Next when you are ready.");
    case PhaseKind::MoveIntoPosition:
        return tr("Ease into the position slowly.");
    case PhaseKind::Hold:
        return tr("Hold still and keep breathing.");
    case PhaseKind::Release:
        return tr("Slowly come back out of the stretch.");
    case PhaseKind::PacedRep:
        return tr("Keep a smooth, steady rhythm.");
    case PhaseKind::Activity:
        return tr("Press Next if you finish sooner.");
    case PhaseKind::SelfPaced:
        if (phase.reps > 0)
            return tr("Do %1 at your own pace, then press Next.").arg(phase.reps);
        return tr("Take as long as you need, then press Next.");
    case PhaseKind::RestBetweenReps:
    case PhaseKind::RestBetweenSets:
        return tr("Relax and breathe.");
    case PhaseKind::SwitchSide:
        return tr("Change to your %1.").arg(sideLabel(phase.side).toLower());
    }
    Q_UNUSED(item)
    return {};
}

QString PlayerText::spoken(const SessionPlan &plan, const Cue &cue)
{
    if (plan.phases.empty() && cue.kind != CueKind::RoutineFinished)
        return {};
    switch (cue.kind) {
    case CueKind::PhaseStarted: {
        const Phase &phase = plan.phases[cue.phase];
        const PlanItem &item = plan.items[phase.item];
        switch (phase.kind) {
        case PhaseKind::GetReady:
            if (plan.items.size() == 1)
                return tr("%1. Get ready.").arg(qs(item.exercise->name));
            return phase.item == 0 ? tr("First exercise: %1. Get ready.").arg(qs(item.exercise->name))
                                   : tr("Next exercise: %1. Get ready.").arg(qs(item.exercise->name));
        case PhaseKind::MoveIntoPosition:
            return phase.side == Side::None || phase.rep > 1
                ? tr("Get into position.")
                : tr("Get into position, %1.").arg(sideLabel(phase.side).toLower());
        case PhaseKind::Hold:
            return tr("Hold for %1.").arg(secondsPhrase(wholeSeconds(phase.duration)));
        case PhaseKind::Release:
            return tr("Release.");
        case PhaseKind::PacedRep:
            return phase.rep == 1 ? tr("Start moving, nice and steady.") : QString();
        case PhaseKind::Activity:
            return tr("Keep going for %1.").arg(secondsPhrase(wholeSeconds(phase.duration)));
        case PhaseKind::SelfPaced:
            return tr("Go at your own pace, and press Next when you're done.");
        case PhaseKind::RestBetweenReps:
            return tr("Rest.");
        case PhaseKind::SwitchSide:
            return {}; // said by the SwitchSide cue
        case PhaseKind::RestBetweenSets:
            return tr("Rest before the next set.");
        }
        return {};
    }
    case CueKind::SwitchSide:
        return tr("Switch to your %1.").arg(sideLabel(plan.phases[cue.phase].side).toLower());
    case CueKind::Halfway:
        return tr("Halfway.");
    case CueKind::Countdown: // beeped, not spoken
    case CueKind::ExerciseFinished:
        return {};
    case CueKind::RoutineFinished:
        return tr("Well done. That's the end of the routine.");
    }
    return {};
}

QString PlayerText::clock(Millis duration)
{
    const int total = std::max(0, wholeSeconds(duration));
    const int hours = total / 3600;
    const int minutes = (total / 60) % 60;
    const int seconds = total % 60;
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(seconds, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
}

QString PlayerText::upNext(const RoutineSession &session)
{
    const SessionPlan &plan = session.plan();
    if (plan.items.empty())
        return {};
    // Exercises left out for the rest of the session are not coming next.
    const std::optional<std::size_t> next = session.playableAfter(session.itemIndex());
    if (!next)
        return {};
    const PlanItem &item = plan.items[*next];
    const QString dosage = DosageWords::describe(item.dosage);
    return dosage.isEmpty() ? qs(item.exercise->name) : tr("%1 — %2").arg(qs(item.exercise->name), dosage);
}

} // namespace lumbar::ui
