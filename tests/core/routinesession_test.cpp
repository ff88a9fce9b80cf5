// The session state machine with a fake clock: cues and their times, every control in every phase, pauses, and
// no drift however the ticks arrive.
#include "core/routinesession.h"

#include "core/bank/bankloader.h"
#include "core/contentbank.h"
#include "core/shippedbank.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>

namespace lumbar {
namespace {

using namespace std::chrono_literals;

const TimePoint t0 = TimePoint{} + 1000s; // any monotonic origin will do

Range exactly(int v)
{
    return Range{v, v, v};
}

Exercise exerciseWith(std::string id, auto fill)
{
    Exercise e;
    e.id = std::move(id);
    e.name = LocalText(e.id);
    fill(e.dosage);
    return e;
}

// A bank with one exercise of every dosage shape, and a routine that plays them all.
class Fixture
{
public:
    Fixture()
    {
        ContentBank::Data data;
        data.exercises.push_back(exerciseWith("hold-alternate", [](Dosage &d) {
            d.holdSeconds = exactly(20);
            d.reps = exactly(2);
            d.sides = Sides::Alternate;
        }));
        data.exercises.push_back(exerciseWith("hold-sets", [](Dosage &d) {
            d.holdSeconds = exactly(5);
            d.reps = exactly(2);
            d.sets = exactly(2);
            d.restBetweenRepsSeconds = 4;
        }));
        data.exercises.push_back(exerciseWith("glide-each-side", [](Dosage &d) {
            d.reps = exactly(2);
            d.sides = Sides::EachSide;
            d.tempoSecondsPerRep = 3;
        }));
        data.exercises.push_back(exerciseWith("self-paced", [](Dosage &) {}));
        data.exercises.push_back(exerciseWith("activity", [](Dosage &d) { d.durationMinutes = exactly(2); }));
        Routine all;
        all.id = "all";
        for (const Exercise &e : data.exercises)
            all.items.push_back(RoutineItem{e.id, {}, std::nullopt});
        data.routines.push_back(all);
        bank = std::make_unique<ContentBank>(std::move(data));
    }
    SessionPlan plan() const { return planRoutine(*bank, *bank->routine("all")); }

    std::unique_ptr<ContentBank> bank;
};

std::vector<Cue> kinds(const std::vector<Cue> &cues, CueKind kind)
{
    std::vector<Cue> out;
    for (const Cue &c : cues)
        if (c.kind == kind)
            out.push_back(c);
    return out;
}

// Ticks through to `at` one millisecond before `target`'s start, then onto its start.
void runToPhase(RoutineSession &s, std::size_t target)
{
    const Phase &p = s.plan().phases[target];
    s.tick(t0 + p.start);
    ASSERT_EQ(s.phaseIndex(), target);
}

SessionPlan holdPlan(int holdSeconds, int reps = 1)
{
    static std::vector<Exercise> keep; // the plan points into its exercise
    keep.reserve(64);
    keep.push_back(exerciseWith("hold", [=](Dosage &d) {
        d.holdSeconds = exactly(holdSeconds);
        d.reps = exactly(reps);
    }));
    return planExercise(keep.back());
}

// After "This makes it worse" the exercises that load the nerve the same way are left out: neither the clock nor
// Next nor Previous lands on them, and the time left no longer counts them.
TEST(RoutineSession, ItemsLeftOutAreNeverPlayed)
{
    Fixture f;
    RoutineSession s(f.plan());
    const Millis whole = s.remainingInSession(t0);
    s.start(t0);
    s.leaveOut(1);
    s.leaveOut(3);
    const SessionPlan &plan = s.plan();
    const auto length = [&plan](std::size_t item) {
        const Phase &last = plan.phases[plan.itemEnd(item) - 1];
        return last.start + last.duration - plan.phases[plan.itemBegin(item)].start;
    };
    EXPECT_EQ(s.remainingInSession(t0), whole - length(1) - length(3));
    EXPECT_EQ(s.playableAfter(0), 2u);

    // The clock runs item 0 to its end and goes straight to item 2.
    s.tick(t0 + plan.phases[plan.itemEnd(0) - 1].start + plan.phases[plan.itemEnd(0) - 1].duration);
    EXPECT_EQ(s.itemIndex(), 2u);
    EXPECT_EQ(s.phase().kind, PhaseKind::GetReady);
    // Previous goes back past the left-out item 1; Next past item 3.
    s.previous(t0 + 60s);
    EXPECT_EQ(s.itemIndex(), 0u);
    s.next(t0 + 61s); // get-ready: start the exercise
    s.next(t0 + 62s); // leave it
    EXPECT_EQ(s.itemIndex(), 2u);
    s.next(t0 + 63s);
    s.next(t0 + 64s);
    EXPECT_EQ(s.itemIndex(), 4u);
    EXPECT_EQ(s.outcome(1), ItemOutcome::NotReached);
    EXPECT_EQ(s.outcome(3), ItemOutcome::NotReached);
    s.leaveOut(99); // out of range: ignored
    EXPECT_FALSE(s.playableAfter(4).has_value());
}

TEST(RoutineSession, StartsInGetReadyAndMovesOnAtEachPlannedDeadline)
{
    RoutineSession s(holdPlan(20));
    EXPECT_EQ(s.state(), SessionState::Ready);
    const auto started = s.start(t0);
    ASSERT_EQ(started.size(), 1u);
    EXPECT_EQ(started[0], (Cue{CueKind::PhaseStarted, 0, t0, 0}));
    EXPECT_EQ(s.state(), SessionState::Running);
    EXPECT_EQ(s.phase().kind, PhaseKind::GetReady);

    EXPECT_TRUE(kinds(s.tick(t0 + 14'999ms), CueKind::PhaseStarted).empty());
    EXPECT_EQ(s.remainingInPhase(t0 + 14'999ms), 1ms);
    const auto moved = kinds(s.tick(t0 + 15'400ms), CueKind::PhaseStarted);
    ASSERT_EQ(moved.size(), 1u);
    EXPECT_EQ(moved[0].at, t0 + 15s) << "the phase began at its deadline, not at the late tick";
    EXPECT_EQ(s.phase().kind, PhaseKind::MoveIntoPosition);
    EXPECT_EQ(s.elapsedInPhase(t0 + 15'400ms), 400ms);
}

TEST(RoutineSession, LongHoldsCountDownAndMarkHalfway)
{
    RoutineSession s(holdPlan(20));
    s.start(t0);
    runToPhase(s, 2);
    ASSERT_EQ(s.phase().kind, PhaseKind::Hold);
    const TimePoint holdStart = t0 + s.phase().start;
    const auto cues = s.tick(holdStart + 20s);
    const auto halfway = kinds(cues, CueKind::Halfway);
    ASSERT_EQ(halfway.size(), 1u);
    EXPECT_EQ(halfway[0].at, holdStart + 10s);
    const auto countdown = kinds(cues, CueKind::Countdown);
    ASSERT_EQ(countdown.size(), 3u);
    EXPECT_EQ(countdown[0].value, 3);
    EXPECT_EQ(countdown[0].at, holdStart + 17s);
    EXPECT_EQ(countdown[2].value, 1);
    EXPECT_EQ(countdown[2].at, holdStart + 19s);
    EXPECT_EQ(s.phase().kind, PhaseKind::Release);
}

TEST(RoutineSession, ShortHoldsHaveNoHalfwayAndOnlyTheCountdownThatFits)
{
    RoutineSession s(holdPlan(2));
    s.start(t0);
    runToPhase(s, 2);
    const TimePoint holdStart = t0 + s.phase().start;
    const auto cues = s.tick(holdStart + 2s);
    EXPECT_TRUE(kinds(cues, CueKind::Halfway).empty());
    const auto countdown = kinds(cues, CueKind::Countdown);
    ASSERT_EQ(countdown.size(), 1u);
    EXPECT_EQ(countdown[0].value, 1);
}

TEST(RoutineSession, EachCueIsEmittedOnceHoweverOftenItIsTicked)
{
    RoutineSession s(holdPlan(30));
    s.start(t0);
    std::vector<Cue> all;
    for (Millis t{0}; t <= s.plan().total + 1s; t += 7ms) {
        auto cues = s.tick(t0 + t);
        all.insert(all.end(), cues.begin(), cues.end());
    }
    EXPECT_EQ(kinds(all, CueKind::Halfway).size(), 1u);
    // Get-ready and the hold each count 3, 2, 1.
    EXPECT_EQ(kinds(all, CueKind::Countdown).size(), 6u);
    EXPECT_EQ(kinds(all, CueKind::PhaseStarted).size(), s.plan().phases.size() - 1);
    EXPECT_EQ(kinds(all, CueKind::ExerciseFinished).size(), 1u);
    EXPECT_EQ(kinds(all, CueKind::RoutineFinished).size(), 1u);
    for (std::size_t i = 1; i < all.size(); ++i)
        EXPECT_LE(all[i - 1].at, all[i].at) << "cues come in time order";
}

TEST(RoutineSession, OneLateTickCatchesUpEveryPhaseInOrder)
{
    Fixture f;
    RoutineSession s(f.plan());
    s.start(t0);
    // Past the first two exercises in one go.
    const std::size_t target = s.plan().itemBegin(2);
    const auto cues = s.tick(t0 + s.plan().phases[target].start + 500ms);
    EXPECT_EQ(s.phaseIndex(), target);
    const auto started = kinds(cues, CueKind::PhaseStarted);
    ASSERT_EQ(started.size(), target);
    for (std::size_t i = 0; i < started.size(); ++i) {
        EXPECT_EQ(started[i].phase, i + 1);
        EXPECT_EQ(started[i].at, t0 + s.plan().phases[i + 1].start);
    }
    EXPECT_EQ(kinds(cues, CueKind::ExerciseFinished).size(), 2u);
}

TEST(RoutineSession, SwitchSideIsCuedWithTheSideToSwitchTo)
{
    Fixture f;
    RoutineSession s(f.plan());
    s.start(t0);
    std::vector<Cue> all;
    for (Millis t{0}; t < s.plan().phases[s.plan().itemBegin(3)].start; t += 250ms) {
        auto cues = s.tick(t0 + t);
        all.insert(all.end(), cues.begin(), cues.end());
    }
    const auto switches = kinds(all, CueKind::SwitchSide);
    ASSERT_EQ(switches.size(), 2u) << "one between the alternating holds, one between the glides' sides";
    EXPECT_EQ(s.plan().phases[switches[0].phase].side, Side::Right);
    EXPECT_EQ(s.plan().phases[switches[0].phase].kind, PhaseKind::SwitchSide);
}

TEST(RoutineSession, PauseFreezesTheClockAndResumeShiftsTheDeadline)
{
    RoutineSession s(holdPlan(20));
    s.start(t0);
    s.tick(t0 + 5s);
    s.pause(t0 + 5s);
    EXPECT_EQ(s.state(), SessionState::Paused);
    EXPECT_TRUE(s.tick(t0 + 60s).empty()) << "nothing happens while paused";
    EXPECT_EQ(s.remainingInPhase(t0 + 60s), 10s);
    EXPECT_FALSE(s.phaseEndsAt());
    s.resume(t0 + 65s);
    EXPECT_EQ(s.state(), SessionState::Running);
    EXPECT_EQ(s.phaseEndsAt(), t0 + 75s);
    const auto cues = kinds(s.tick(t0 + 75s), CueKind::PhaseStarted);
    ASSERT_EQ(cues.size(), 1u);
    EXPECT_EQ(cues[0].at, t0 + 75s);
    s.stop(t0 + 80s);
    EXPECT_EQ(s.summary().paused, 60s);
    EXPECT_EQ(s.summary().timeTaken, 80s);
}

TEST(RoutineSession, AddedTimeLengthensThePhaseAndMovesTheCountdown)
{
    RoutineSession s(holdPlan(10));
    s.start(t0);
    runToPhase(s, 2);
    const TimePoint holdStart = t0 + s.phase().start;
    EXPECT_EQ(kinds(s.tick(holdStart + 8'500ms), CueKind::Countdown).size(), 2u);
    s.addTime(holdStart + 8'500ms, 10s);
    EXPECT_EQ(s.phaseLength(), 20s);
    EXPECT_EQ(s.remainingInPhase(holdStart + 8'500ms), 11'500ms);
    EXPECT_EQ(s.remainingInSession(holdStart + 8'500ms), 11'500ms + s.plan().phases[3].duration);
    const auto cues = s.tick(holdStart + 20s);
    const auto countdown = kinds(cues, CueKind::Countdown);
    ASSERT_EQ(countdown.size(), 3u) << "the countdown runs again before the new end";
    EXPECT_EQ(countdown[0].at, holdStart + 17s);
    EXPECT_EQ(s.phase().kind, PhaseKind::Release);
}

TEST(RoutineSession, OpenEndedPhasesWaitForTheUser)
{
    Fixture f;
    RoutineSession s(f.plan());
    s.start(t0);
    const std::size_t selfPaced = s.plan().itemBegin(3) + 1;
    runToPhase(s, selfPaced);
    ASSERT_EQ(s.phase().kind, PhaseKind::SelfPaced);
    EXPECT_TRUE(s.tick(t0 + 10h).empty());
    EXPECT_EQ(s.phaseIndex(), selfPaced);
    EXPECT_EQ(s.elapsedInPhase(t0 + 10h), 10h - s.phase().start);
    EXPECT_FALSE(s.nextCueAt());
    const auto cues = s.next(t0 + 10h);
    EXPECT_EQ(kinds(cues, CueKind::ExerciseFinished).size(), 1u);
    EXPECT_EQ(s.outcome(3), ItemOutcome::Done);
    EXPECT_EQ(s.itemIndex(), 4u);
}

TEST(RoutineSession, NextCueAtIsTheEarliestOfTheCountdownAndTheEnd)
{
    RoutineSession s(holdPlan(20));
    s.start(t0);
    EXPECT_EQ(s.nextCueAt(), t0 + 12s) << "get-ready's countdown starts 3 s before its end";
    s.tick(t0 + 12s);
    EXPECT_EQ(s.nextCueAt(), t0 + 13s);
    s.tick(t0 + 14'500ms);
    EXPECT_EQ(s.nextCueAt(), t0 + 15s);
}

TEST(RoutineSession, ControlsDoNothingBeforeStartOrAfterTheEnd)
{
    RoutineSession s(holdPlan(10));
    EXPECT_TRUE(s.next(t0).empty());
    EXPECT_TRUE(s.previous(t0).empty());
    s.pause(t0);
    s.addTime(t0, 5s);
    s.stop(t0);
    EXPECT_EQ(s.state(), SessionState::Ready);
    EXPECT_EQ(s.remainingInSession(t0), s.plan().total);
    s.start(t0);
    s.stop(t0 + 1s);
    EXPECT_EQ(s.state(), SessionState::Stopped);
    EXPECT_TRUE(s.tick(t0 + 1h).empty());
    EXPECT_TRUE(s.next(t0 + 1h).empty());
    EXPECT_TRUE(s.resume(t0 + 1h).empty());
    EXPECT_TRUE(s.start(t0 + 1h).empty());
    EXPECT_EQ(s.state(), SessionState::Stopped);
    EXPECT_EQ(s.remainingInSession(t0 + 1h), 0ms);
}

TEST(RoutineSession, AnEmptyPlanFinishesAtOnce)
{
    RoutineSession s(SessionPlan{});
    const auto cues = s.start(t0);
    ASSERT_EQ(cues.size(), 1u);
    EXPECT_EQ(cues[0].kind, CueKind::RoutineFinished);
    EXPECT_EQ(s.state(), SessionState::Finished);
    EXPECT_DOUBLE_EQ(s.progress(t0), 1.0);
}

TEST(RoutineSession, OutcomesAndSummary)
{
    Fixture f;
    RoutineSession s(f.plan());
    s.start(t0);
    s.next(t0 + 1s); // item 0: get-ready → first hold phase
    s.tick(t0 + 1s + s.plan().phases[4].start - s.plan().phases[1].start); // through the first rep
    EXPECT_EQ(s.itemIndex(), 0u);
    TimePoint now = t0 + 100s;
    s.next(now); // leave item 0 part-way
    EXPECT_EQ(s.outcome(0), ItemOutcome::Partial);
    EXPECT_EQ(s.itemIndex(), 1u);
    s.next(now); // get-ready → first phase of item 1
    s.next(now); // leave item 1 with nothing done
    EXPECT_EQ(s.outcome(1), ItemOutcome::Skipped);
    s.stop(now + 1s);
    const SessionSummary summary = s.summary();
    EXPECT_EQ(summary.partial, 1);
    EXPECT_EQ(summary.skipped, 2) << "item 2 was reached (its get-ready) with nothing done";
    EXPECT_EQ(summary.done, 0);
    EXPECT_EQ(summary.notReached, 2);
    EXPECT_EQ(summary.timeTaken, 101s);
}

// Every control in every phase of a plan with every shape: what happens follows the rules in routinesession.h.
enum class Control { Pause, Next, Previous, Restart, AddTime, Stop };

struct ControlCase
{
    Control control;
    const char *name;
};

[[maybe_unused]] void PrintTo(const ControlCase &c, std::ostream *os)
{
    *os << c.name;
}

class ControlsInEveryPhase : public ::testing::TestWithParam<ControlCase>
{
};

TEST_P(ControlsInEveryPhase, FollowTheRules)
{
    Fixture f;
    const SessionPlan plan = f.plan();
    std::set<PhaseKind> seen;
    for (std::size_t target = 0; target < plan.phases.size(); ++target) {
        const Phase &p = plan.phases[target];
        seen.insert(p.kind);
        SCOPED_TRACE("phase " + std::to_string(target));
        RoutineSession s(plan);
        s.start(t0);
        // Play up to the target: timed phases run out, open-ended ones are finished by the user.
        TimePoint now = t0;
        while (s.phaseIndex() < target) {
            if (s.phase().isTimed()) {
                now = *s.phaseEndsAt();
                s.tick(now);
            } else {
                s.next(now);
            }
        }
        ASSERT_EQ(s.phaseIndex(), target);
        now += 1ms;
        const std::size_t item = p.item;
        const Millis lengthBefore = s.phaseLength();

        switch (GetParam().control) {
        case Control::Pause:
            s.pause(now);
            EXPECT_EQ(s.state(), SessionState::Paused);
            EXPECT_EQ(s.phaseIndex(), target);
            EXPECT_EQ(s.remainingInPhase(now + 1h), s.remainingInPhase(now));
            break;
        case Control::Next: {
            const bool finishes =
                p.kind == PhaseKind::GetReady || p.kind == PhaseKind::SelfPaced || p.kind == PhaseKind::Activity;
            s.next(now);
            if (finishes && target + 1 < plan.phases.size()) {
                EXPECT_EQ(s.phaseIndex(), target + 1);
            } else if (!finishes && item + 1 < plan.items.size()) {
                EXPECT_EQ(s.phaseIndex(), plan.itemBegin(item + 1));
                bool activeLeft = false;
                for (std::size_t j = target; j < plan.itemEnd(item); ++j)
                    activeLeft = activeLeft || plan.phases[j].isActive();
                EXPECT_EQ(s.outcome(item) == ItemOutcome::Done, !activeLeft)
                    << "leaving is done only if every hold or rep was done";
            } else {
                EXPECT_EQ(s.state(), SessionState::Finished);
            }
            if (s.state() == SessionState::Running) {
                EXPECT_EQ(s.elapsedInPhase(now), 0ms) << "the new phase starts now";
            }
            break;
        }
        case Control::Previous:
            s.previous(now);
            EXPECT_EQ(s.phaseIndex(), plan.itemBegin(item == 0 ? 0 : item - 1));
            EXPECT_EQ(s.state(), SessionState::Running);
            break;
        case Control::Restart:
            s.restartExercise(now);
            EXPECT_EQ(s.phaseIndex(), plan.itemBegin(item));
            EXPECT_EQ(s.elapsedInPhase(now), 0ms);
            break;
        case Control::AddTime:
            s.addTime(now, 15s);
            EXPECT_EQ(s.phaseLength(), p.isTimed() ? lengthBefore + 15s : 0ms);
            break;
        case Control::Stop:
            s.stop(now);
            EXPECT_EQ(s.state(), SessionState::Stopped);
            EXPECT_TRUE(s.tick(now + 1h).empty());
            break;
        }
    }
    EXPECT_EQ(seen.size(), 10u) << "the fixture covers every kind of phase";

    // The same control while paused, in the second exercise's first hold: it applies and the session stays paused.
    RoutineSession paused(plan);
    paused.start(t0);
    const std::size_t hold = plan.itemBegin(1) + 2;
    TimePoint now = t0;
    while (paused.phaseIndex() < hold) {
        now = *paused.phaseEndsAt();
        paused.tick(now);
    }
    paused.pause(now + 1s);
    const TimePoint later = now + 1min;
    switch (GetParam().control) {
    case Control::Pause:
        paused.pause(later);
        break;
    case Control::Next:
        paused.next(later);
        break;
    case Control::Previous:
        paused.previous(later);
        break;
    case Control::Restart:
        paused.restartExercise(later);
        break;
    case Control::AddTime:
        paused.addTime(later, 15s);
        break;
    case Control::Stop:
        paused.stop(later);
        break;
    }
    if (GetParam().control == Control::Stop) {
        EXPECT_EQ(paused.state(), SessionState::Stopped);
        EXPECT_EQ(paused.summary().paused, 59s);
        return;
    }
    EXPECT_EQ(paused.state(), SessionState::Paused);
    const std::size_t expected = GetParam().control == Control::Next ? plan.itemBegin(2)
        : GetParam().control == Control::Previous                    ? plan.itemBegin(0)
        : GetParam().control == Control::Restart                     ? plan.itemBegin(1)
                                                                     : hold;
    EXPECT_EQ(paused.phaseIndex(), expected);
    const Millis remaining = paused.remainingInPhase(later);
    EXPECT_EQ(paused.remainingInPhase(later + 1h), remaining) << "the clock stays frozen";
    if (GetParam().control == Control::AddTime) {
        EXPECT_EQ(remaining, plan.phases[hold].duration - 1s + 15s);
    } else if (GetParam().control != Control::Pause) {
        EXPECT_EQ(remaining, plan.phases[expected].duration) << "the new phase has not begun counting";
    }
}

INSTANTIATE_TEST_SUITE_P(Every, ControlsInEveryPhase,
    ::testing::Values(ControlCase{Control::Pause, "Pause"}, ControlCase{Control::Next, "Next"},
        ControlCase{Control::Previous, "Previous"}, ControlCase{Control::Restart, "Restart"},
        ControlCase{Control::AddTime, "AddTime"}, ControlCase{Control::Stop, "Stop"}),
    [](const ::testing::TestParamInfo<ControlCase> &param) { return std::string(param.param.name); });

TEST(RoutineSession, PreviousGoesBackAnExerciseAndForgetsThisOnesProgress)
{
    Fixture f;
    RoutineSession s(f.plan());
    s.start(t0);
    runToPhase(s, s.plan().itemBegin(1) + 2);
    s.previous(t0 + s.plan().phases[s.phaseIndex()].start);
    EXPECT_EQ(s.itemIndex(), 0u);
    EXPECT_EQ(s.phase().kind, PhaseKind::GetReady);
    EXPECT_EQ(s.outcome(1), ItemOutcome::NotReached);
}

// Drift: a 30-minute routine ticked at random intervals ends exactly when planned.
TEST(RoutineSession, NoDriftOverThirtyMinutesOfJitteredTicks)
{
    std::vector<Exercise> exercises;
    exercises.reserve(8);
    for (int i = 0; i < 8; ++i) {
        exercises.push_back(exerciseWith("e" + std::to_string(i), [i](Dosage &d) {
            d.holdSeconds = exactly(30 + i);
            d.reps = exactly(4);
            d.sets = exactly(2);
            d.sides = i % 2 ? Sides::EachSide : Sides::Alternate;
        }));
    }
    ContentBank::Data data;
    data.exercises = exercises;
    Routine routine;
    routine.id = "long";
    for (const Exercise &e : exercises)
        routine.items.push_back(RoutineItem{e.id, {}, std::nullopt});
    data.routines.push_back(routine);
    const ContentBank bank(std::move(data));
    const SessionPlan plan = planRoutine(bank, *bank.routine("long"));
    ASSERT_GE(plan.total, 30min);

    for (unsigned seed : {1u, 2u, 3u}) {
        SCOPED_TRACE(seed);
        std::mt19937 random(seed);
        std::uniform_int_distribution<int> jitter(1, 1500);
        RoutineSession s(plan);
        s.start(t0);
        TimePoint now = t0;
        std::vector<Cue> all;
        while (s.state() == SessionState::Running) {
            now += std::chrono::microseconds(jitter(random) * 997); // not a whole number of milliseconds
            auto cues = s.tick(now);
            all.insert(all.end(), cues.begin(), cues.end());
        }
        ASSERT_EQ(s.state(), SessionState::Finished);
        EXPECT_EQ(s.endedAt(), t0 + plan.total);
        for (const Cue &c : kinds(all, CueKind::PhaseStarted))
            EXPECT_EQ(c.at, t0 + plan.phases[c.phase].start);
        EXPECT_EQ(kinds(all, CueKind::RoutineFinished).back().at, t0 + plan.total);
        EXPECT_EQ(s.summary().done, 8);
    }
}

TEST(RoutineSession, TimeLeftAndProgressFollowThePlan)
{
    RoutineSession s(holdPlan(20));
    s.start(t0);
    EXPECT_EQ(s.remainingInSession(t0), s.plan().total);
    EXPECT_DOUBLE_EQ(s.progress(t0), 0.0);
    const Millis half = s.plan().total / 2;
    s.tick(t0 + half);
    EXPECT_EQ(s.remainingInSession(t0 + half), s.plan().total - half);
    EXPECT_NEAR(s.progress(t0 + half), 0.5, 1e-9);
}

} // namespace
} // namespace lumbar
