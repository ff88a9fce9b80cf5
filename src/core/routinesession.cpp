#include "routinesession.h"

#include <algorithm>

namespace lumbar {

RoutineSession::RoutineSession(SessionPlan plan)
    : m_plan(std::move(plan))
    , m_activeDone(m_plan.items.size(), 0)
    , m_activeTotal(m_plan.items.size(), 0)
    , m_reached(m_plan.items.size(), false)
    , m_leftOut(m_plan.items.size(), false)
{
    for (const Phase &p : m_plan.phases)
        if (p.isActive())
            ++m_activeTotal[p.item];
}

const Phase &RoutineSession::phase() const
{
    static const Phase none;
    return m_plan.phases.empty() ? none : m_plan.phases[m_phase];
}

const Phase *RoutineSession::nextPhase() const
{
    return m_phase + 1 < m_plan.phases.size() ? &m_plan.phases[m_phase + 1] : nullptr;
}

// ---- controls ----

std::vector<Cue> RoutineSession::start(TimePoint now)
{
    std::vector<Cue> cues;
    if (m_state != SessionState::Ready)
        return cues;
    m_startedAt = now;
    m_state = SessionState::Running;
    if (m_plan.phases.empty()) {
        finish(now, cues);
        return cues;
    }
    enterItem(0, now, cues);
    return cues;
}

std::vector<Cue> RoutineSession::tick(TimePoint now)
{
    std::vector<Cue> cues;
    while (m_state == SessionState::Running && phase().isTimed()) {
        const Millis length = phaseLength();
        const Millis elapsed = std::min(std::chrono::duration_cast<Millis>(now - m_phaseStart), length);
        if (elapsed > m_processed) {
            for (const PendingCue &c : cuesWithin()) {
                if (c.offset <= m_processed || c.offset > elapsed)
                    continue;
                if (c.kind == CueKind::Halfway)
                    m_halfwayDone = true;
                cues.push_back(Cue{c.kind, m_phase, m_phaseStart + c.offset, c.value});
            }
            m_processed = elapsed;
        }
        if (now - m_phaseStart < length)
            break;
        // The next phase starts at this one's deadline, not at `now`: that is what keeps the plan's timing.
        completePhase(m_phaseStart + length, cues);
    }
    return cues;
}

void RoutineSession::pause(TimePoint now)
{
    if (m_state != SessionState::Running)
        return;
    m_state = SessionState::Paused;
    m_pausedAt = now;
}

std::vector<Cue> RoutineSession::resume(TimePoint now)
{
    if (m_state != SessionState::Paused)
        return {};
    const Millis paused = std::chrono::duration_cast<Millis>(now - m_pausedAt);
    m_phaseStart += paused;
    m_pausedTotal += paused;
    m_state = SessionState::Running;
    return tick(now);
}

std::vector<Cue> RoutineSession::next(TimePoint now)
{
    std::vector<Cue> cues;
    if (!isActive())
        return cues;
    const TimePoint at = frozen(now);
    const Phase &current = phase();
    if (current.kind == PhaseKind::GetReady || current.kind == PhaseKind::SelfPaced ||
        current.kind == PhaseKind::Activity) {
        completePhase(at, cues);
        return cues;
    }
    if (const std::optional<std::size_t> following = playableAfter(current.item))
        enterItem(*following, at, cues);
    else
        finish(at, cues);
    return cues;
}

std::vector<Cue> RoutineSession::previous(TimePoint now)
{
    std::vector<Cue> cues;
    if (!isActive())
        return cues;
    const std::size_t current = itemIndex();
    // Going back undoes this exercise's progress: it will be played again.
    m_activeDone[current] = 0;
    m_reached[current] = false;
    std::size_t back = current;
    for (std::size_t i = current; i-- > 0;)
        if (!m_leftOut[i]) {
            back = i;
            break;
        }
    enterItem(back, frozen(now), cues);
    return cues;
}

void RoutineSession::leaveOut(std::size_t item)
{
    if (item < m_leftOut.size())
        m_leftOut[item] = true;
}

std::optional<std::size_t> RoutineSession::playableAfter(std::size_t item) const
{
    for (std::size_t i = item + 1; i < m_plan.items.size(); ++i)
        if (!m_leftOut[i])
            return i;
    return std::nullopt;
}

std::vector<Cue> RoutineSession::restartExercise(TimePoint now)
{
    std::vector<Cue> cues;
    if (!isActive())
        return cues;
    enterItem(itemIndex(), frozen(now), cues);
    return cues;
}

void RoutineSession::addTime(TimePoint now, Millis extra)
{
    if (!isActive() || !phase().isTimed() || extra <= Millis{0})
        return;
    // A phase whose deadline has passed but has not been ticked yet is over: it would end, not grow.
    if (m_state == SessionState::Running && now - m_phaseStart >= phaseLength())
        return;
    m_extra += extra;
}

void RoutineSession::stop(TimePoint now)
{
    if (!isActive())
        return;
    m_endedAt = now;
    if (m_state == SessionState::Paused)
        m_pausedTotal += std::chrono::duration_cast<Millis>(now - m_pausedAt);
    m_state = SessionState::Stopped;
}

// ---- timing ----

Millis RoutineSession::phaseLength() const
{
    return phase().isTimed() ? phase().duration + m_extra : Millis{0};
}

Millis RoutineSession::elapsedInPhase(TimePoint now) const
{
    if (!isActive())
        return Millis{0};
    const Millis elapsed = std::chrono::duration_cast<Millis>(frozen(now) - m_phaseStart);
    if (!phase().isTimed())
        return std::max(elapsed, Millis{0});
    return std::clamp(elapsed, Millis{0}, phaseLength());
}

Millis RoutineSession::remainingInPhase(TimePoint now) const
{
    if (!isActive() || !phase().isTimed())
        return Millis{0};
    return phaseLength() - elapsedInPhase(now);
}

Millis RoutineSession::remainingInSession(TimePoint now) const
{
    if (m_state == SessionState::Ready)
        return m_plan.total;
    if (!isActive())
        return Millis{0};
    // What is left of this exercise, then every later exercise that will be played.
    const Phase &p = phase();
    Millis left = remainingInPhase(now) +
        (m_plan.phases[m_plan.itemEnd(p.item) - 1].start + m_plan.phases[m_plan.itemEnd(p.item) - 1].duration -
            (p.start + p.duration));
    for (std::size_t i = p.item + 1; i < m_plan.items.size(); ++i)
        if (!m_leftOut[i] && m_plan.items[i].phaseCount > 0) {
            const Phase &first = m_plan.phases[m_plan.itemBegin(i)];
            const Phase &last = m_plan.phases[m_plan.itemEnd(i) - 1];
            left += last.start + last.duration - first.start;
        }
    return left;
}

double RoutineSession::progress(TimePoint now) const
{
    if (m_state == SessionState::Finished)
        return 1.0;
    if (!isActive() || m_plan.total <= Millis{0})
        return 0.0;
    const Phase &p = phase();
    double within = 0.0;
    if (p.isTimed() && phaseLength() > Millis{0})
        within = static_cast<double>(elapsedInPhase(now).count()) / static_cast<double>(phaseLength().count());
    const double done = static_cast<double>(p.start.count()) + within * static_cast<double>(p.duration.count());
    return std::clamp(done / static_cast<double>(m_plan.total.count()), 0.0, 1.0);
}

std::optional<TimePoint> RoutineSession::phaseEndsAt() const
{
    if (m_state != SessionState::Running || !phase().isTimed())
        return std::nullopt;
    return m_phaseStart + phaseLength();
}

std::optional<TimePoint> RoutineSession::nextCueAt() const
{
    const std::optional<TimePoint> end = phaseEndsAt();
    if (!end)
        return std::nullopt;
    for (const PendingCue &c : cuesWithin())
        if (c.offset > m_processed)
            return std::min(*end, m_phaseStart + c.offset);
    return end;
}

// ---- outcomes ----

ItemOutcome RoutineSession::outcome(std::size_t item) const
{
    if (!m_reached[item])
        return ItemOutcome::NotReached;
    if (m_activeDone[item] >= m_activeTotal[item])
        return ItemOutcome::Done;
    return m_activeDone[item] > 0 ? ItemOutcome::Partial : ItemOutcome::Skipped;
}

SessionSummary RoutineSession::summary() const
{
    SessionSummary s;
    for (std::size_t i = 0; i < m_plan.items.size(); ++i) {
        switch (outcome(i)) {
        case ItemOutcome::Done:
            ++s.done;
            break;
        case ItemOutcome::Partial:
            ++s.partial;
            break;
        case ItemOutcome::Skipped:
            ++s.skipped;
            break;
        case ItemOutcome::NotReached:
            ++s.notReached;
            break;
        }
    }
    if (m_startedAt && m_endedAt)
        s.timeTaken = std::chrono::duration_cast<Millis>(*m_endedAt - *m_startedAt);
    s.paused = m_pausedTotal;
    return s;
}

// ---- internals ----

std::vector<RoutineSession::PendingCue> RoutineSession::cuesWithin() const
{
    std::vector<PendingCue> cues;
    const Phase &p = phase();
    const Millis length = phaseLength();
    if (p.kind == PhaseKind::Hold && length >= halfwayCueFrom && !m_halfwayDone)
        cues.push_back(PendingCue{length / 2, CueKind::Halfway, 0});
    if (p.kind == PhaseKind::Hold || p.kind == PhaseKind::GetReady) {
        for (int n = countdownFrom; n >= 1; --n) {
            const Millis offset = length - Millis{n * 1000};
            if (offset > Millis{0})
                cues.push_back(PendingCue{offset, CueKind::Countdown, n});
        }
    }
    std::sort(cues.begin(), cues.end(), [](const PendingCue &a, const PendingCue &b) { return a.offset < b.offset; });
    return cues;
}

void RoutineSession::enterPhase(std::size_t index, TimePoint at, std::vector<Cue> &cues)
{
    m_phase = index;
    m_phaseStart = at;
    m_extra = Millis{0};
    m_processed = Millis{0};
    m_halfwayDone = false;
    if (m_state == SessionState::Paused)
        m_pausedAt = at;
    const Phase &p = phase();
    m_reached[p.item] = true;
    cues.push_back(Cue{CueKind::PhaseStarted, index, at, 0});
    if (p.kind == PhaseKind::SwitchSide)
        cues.push_back(Cue{CueKind::SwitchSide, index, at, 0});
}

void RoutineSession::completePhase(TimePoint at, std::vector<Cue> &cues)
{
    const Phase &p = phase();
    if (p.isActive())
        ++m_activeDone[p.item];
    const std::size_t following = m_phase + 1;
    if (following < m_plan.phases.size() && m_plan.phases[following].item == p.item) {
        enterPhase(following, at, cues);
        return;
    }
    cues.push_back(Cue{CueKind::ExerciseFinished, m_phase, at, 0});
    if (const std::optional<std::size_t> item = playableAfter(p.item))
        enterItem(*item, at, cues);
    else
        finish(at, cues);
}

void RoutineSession::enterItem(std::size_t item, TimePoint at, std::vector<Cue> &cues)
{
    m_activeDone[item] = 0;
    enterPhase(m_plan.itemBegin(item), at, cues);
}

void RoutineSession::finish(TimePoint at, std::vector<Cue> &cues)
{
    if (m_state == SessionState::Paused)
        m_pausedTotal += std::chrono::duration_cast<Millis>(at - m_pausedAt);
    m_state = SessionState::Finished;
    m_endedAt = at;
    cues.push_back(Cue{CueKind::RoutineFinished, m_plan.phases.empty() ? 0 : m_phase, at, 0});
}

} // namespace lumbar
