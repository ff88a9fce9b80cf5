// RoutineSession: plays a SessionPlan as a state machine driven by monotonic time points passed in. Deadlines
// come from the plan, never from when a tick happened to arrive, so late or jittery ticks cannot add drift.
#pragma once

#include "sessionplan.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

namespace lumbar {

using TimePoint = std::chrono::steady_clock::time_point;

enum class SessionState : std::uint8_t {
    Ready, // planned, not started
    Running,
    Paused,
    Finished, // every exercise played to the end (some may have been skipped)
    Stopped, // the user stopped it early
};

enum class CueKind : std::uint8_t {
    PhaseStarted,
    Countdown, // the last seconds of a hold or get-ready: value is 3, 2 or 1
    Halfway, // half of a long hold has passed
    SwitchSide, // a switch-side phase began: `phase` is it, and its side is the side to switch to
    ExerciseFinished, // the last phase of an item ended (played through, or finished by the user)
    RoutineFinished,
};

struct Cue
{
    CueKind kind = CueKind::PhaseStarted;
    std::size_t phase = 0; // the phase it belongs to (for ExerciseFinished and RoutineFinished: the last one)
    TimePoint at; // when it was due by the plan, which may be a little before the tick that noticed it
    int value = 0;
    friend bool operator==(const Cue &, const Cue &) = default;
};

enum class ItemOutcome : std::uint8_t {
    NotReached, // the session ended before it
    Done, // every hold, rep or activity of it completed
    Partial, // some of it completed before the user moved on or stopped
    Skipped, // reached but none of it done
};

struct SessionSummary
{
    int done = 0;
    int partial = 0;
    int skipped = 0;
    int notReached = 0;
    Millis timeTaken{0}; // from start to the end, pauses included
    Millis paused{0};
};

class RoutineSession
{
public:
    // Holds at least this long get a halfway cue.
    static constexpr Millis halfwayCueFrom{20'000};
    // How far back into a phase a countdown reaches (3, 2, 1).
    static constexpr int countdownFrom = 3;

    explicit RoutineSession(SessionPlan plan);

    const SessionPlan &plan() const { return m_plan; }
    SessionState state() const { return m_state; }
    bool isActive() const { return m_state == SessionState::Running || m_state == SessionState::Paused; }
    bool isOver() const { return m_state == SessionState::Finished || m_state == SessionState::Stopped; }

    // The phase being played (the last one once the session is over).
    std::size_t phaseIndex() const { return m_phase; }
    // An empty plan has no phases; phase() then returns a default GetReady and item() must not be called.
    const Phase &phase() const;
    std::size_t itemIndex() const { return phase().item; }
    const PlanItem &item() const { return m_plan.items[itemIndex()]; }
    // The next phase after this one, or nullptr at the last.
    const Phase *nextPhase() const;

    // Controls. Each returns the cues it caused, in time order; controls that do not apply in the current state
    // do nothing and return none.
    std::vector<Cue> start(TimePoint now);
    std::vector<Cue> tick(TimePoint now);
    void pause(TimePoint now);
    std::vector<Cue> resume(TimePoint now);
    // In get-ready: start the exercise now. In an open-ended or timed activity: it is done, move on. Anywhere
    // else: leave this exercise for the next one.
    std::vector<Cue> next(TimePoint now);
    // Back to the start of the previous exercise (the first one restarts).
    std::vector<Cue> previous(TimePoint now);
    // Leaves `item` out of the rest of the session: play goes past it (after "This makes it worse", the exercises
    // that load the nerve the same way). The exercise being played ends as it would have.
    void leaveOut(std::size_t item);
    bool isLeftOut(std::size_t item) const { return m_leftOut[item]; }
    // The first item after `item` that is not left out; nullopt when there is none.
    std::optional<std::size_t> playableAfter(std::size_t item) const;
    // Back to the start of this exercise.
    std::vector<Cue> restartExercise(TimePoint now);
    // Lengthens the current phase (a timed one) by `extra`.
    void addTime(TimePoint now, Millis extra);
    void stop(TimePoint now);

    // Timing as of `now` (frozen while paused).
    Millis phaseLength() const; // planned plus added time; 0 for an open-ended phase
    Millis elapsedInPhase(TimePoint now) const;
    Millis remainingInPhase(TimePoint now) const;
    Millis remainingInSession(TimePoint now) const; // this phase's remainder plus every later phase as planned
    double progress(TimePoint now) const; // 0…1 through the planned timeline
    // When the current phase ends if nothing intervenes; nullopt when paused, open-ended or not running.
    std::optional<TimePoint> phaseEndsAt() const;
    // The next moment a tick would produce a cue; nullopt when paused, open-ended or not running.
    std::optional<TimePoint> nextCueAt() const;

    ItemOutcome outcome(std::size_t item) const;
    SessionSummary summary() const;
    std::optional<TimePoint> startedAt() const { return m_startedAt; }
    std::optional<TimePoint> endedAt() const { return m_endedAt; }

private:
    struct PendingCue
    {
        Millis offset; // from the start of the phase
        CueKind kind;
        int value;
    };

    std::vector<PendingCue> cuesWithin() const;
    TimePoint frozen(TimePoint now) const { return m_state == SessionState::Paused ? m_pausedAt : now; }
    void enterPhase(std::size_t index, TimePoint at, std::vector<Cue> &cues);
    // The current phase ended at `at` (its deadline, or now when the user finished it).
    void completePhase(TimePoint at, std::vector<Cue> &cues);
    void enterItem(std::size_t item, TimePoint at, std::vector<Cue> &cues);
    void finish(TimePoint at, std::vector<Cue> &cues);

    SessionPlan m_plan;
    SessionState m_state = SessionState::Ready;
    std::size_t m_phase = 0;
    TimePoint m_phaseStart;
    Millis m_extra{0}; // time added to the current phase
    Millis m_processed{0}; // cues up to this offset into the phase have been emitted
    bool m_halfwayDone = false;
    TimePoint m_pausedAt;
    Millis m_pausedTotal{0};
    std::optional<TimePoint> m_startedAt;
    std::optional<TimePoint> m_endedAt;
    std::vector<int> m_activeDone; // per item: active phases completed
    std::vector<int> m_activeTotal;
    std::vector<bool> m_reached;
    std::vector<bool> m_leftOut;
};

} // namespace lumbar
