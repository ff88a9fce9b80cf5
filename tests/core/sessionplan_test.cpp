// Planning a routine into phases: every dosage shape the bank can state, the therapist's changes, the shipped bank.
#include "core/contentbank.h"
#include "core/sessionplan.h"
#include "core/shippedbank.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lumbar {
namespace {

using namespace std::chrono_literals;

Exercise exerciseWith(std::string id, auto fill)
{
    Exercise e;
    e.id = std::move(id);
    e.name = LocalText("Exercise " + e.id);
    fill(e.dosage);
    return e;
}

Range exactly(int v)
{
    return Range{v, v, v};
}

// A compact picture of a plan: one letter per phase kind, the side and the rep, e.g. "G M1L H1L R1L S2R …".
std::string shape(const SessionPlan &plan)
{
    std::string out;
    for (const Phase &p : plan.phases) {
        if (!out.empty())
            out += ' ';
        switch (p.kind) {
        case PhaseKind::GetReady:
            out += 'G';
            break;
        case PhaseKind::MoveIntoPosition:
            out += 'M';
            break;
        case PhaseKind::Hold:
            out += 'H';
            break;
        case PhaseKind::Release:
            out += 'R';
            break;
        case PhaseKind::PacedRep:
            out += 'P';
            break;
        case PhaseKind::Activity:
            out += 'A';
            break;
        case PhaseKind::SelfPaced:
            out += 'U';
            break;
        case PhaseKind::RestBetweenReps:
            out += 'r';
            break;
        case PhaseKind::SwitchSide:
            out += 'S';
            break;
        case PhaseKind::RestBetweenSets:
            out += 'B';
            break;
        }
        if (p.rep > 0)
            out += std::to_string(p.rep);
        if (p.side == Side::Left)
            out += 'L';
        else if (p.side == Side::Right)
            out += 'R';
    }
    return out;
}

const ContentBank &shipped()
{
    static const auto bank = BankLoader::load(shippedBankLayer()).bank;
    return *bank;
}

void expectContiguous(const SessionPlan &plan)
{
    Millis at{0};
    for (const Phase &p : plan.phases) {
        EXPECT_EQ(p.start, at);
        at += p.duration;
    }
    EXPECT_EQ(plan.total, at);
}

TEST(SessionPlan, HoldsAlternatingSidesSwitchBetweenEveryRep)
{
    const Exercise e = exerciseWith("knee-to-chest", [](Dosage &d) {
        d.holdSeconds = Range{5, 30, 20};
        d.reps = exactly(4);
        d.sides = Sides::Alternate;
    });
    const SessionPlan plan = planExercise(e);
    EXPECT_EQ(shape(plan), "G M1L H1L R1L S2R M2R H2R R2R S3L M3L H3L R3L S4R M4R H4R R4R");
    expectContiguous(plan);
    // First get-ready 15 s; each rep 3 + 20 + 3 s; three switches of 5 s.
    EXPECT_EQ(plan.total, 15s + 4 * 26s + 3 * 5s);
    EXPECT_EQ(plan.phases[2].duration, 20s);
    EXPECT_EQ(plan.phases[2].reps, 4);
}

TEST(SessionPlan, EachSideDoesEveryRepOnTheLeftThenSwitchesOnce)
{
    const Exercise e = exerciseWith("hamstring", [](Dosage &d) {
        d.holdSeconds = exactly(30);
        d.reps = exactly(2);
        d.sides = Sides::EachSide;
    });
    const SessionPlan plan = planExercise(e);
    EXPECT_EQ(shape(plan), "G M1L H1L R1L M2L H2L R2L SR M1R H1R R1R M2R H2R R2R");
    expectContiguous(plan);
}

TEST(SessionPlan, SetsRestBetweenThemAndShortHoldsMoveQuicker)
{
    const Exercise e = exerciseWith("bridge", [](Dosage &d) {
        d.holdSeconds = exactly(5);
        d.reps = exactly(2);
        d.sets = exactly(2);
        d.sides = Sides::None;
    });
    const SessionPlan plan = planExercise(e);
    EXPECT_EQ(shape(plan), "G M1 H1 R1 M2 H2 R2 B M1 H1 R1 M2 H2 R2");
    EXPECT_EQ(plan.phases[1].duration, 2s) << "holds of 5 s or less take 2 s to get into";
    EXPECT_EQ(plan.phases[3].duration, 2s);
    EXPECT_EQ(plan.phases[7].duration, 30s) << "the default rest between sets";
    EXPECT_EQ(plan.phases[8].set, 2);
    EXPECT_EQ(plan.phases[8].sets, 2);
    EXPECT_EQ(plan.phases[1].set, 1);
    expectContiguous(plan);
}

TEST(SessionPlan, StatedRestsAreUsed)
{
    const Exercise e = exerciseWith("rested", [](Dosage &d) {
        d.holdSeconds = exactly(10);
        d.reps = exactly(2);
        d.sets = exactly(2);
        d.restBetweenRepsSeconds = 7;
        d.restBetweenSetsSeconds = 45;
    });
    const SessionPlan plan = planExercise(e);
    EXPECT_EQ(shape(plan), "G M1 H1 R1 r2 M2 H2 R2 B M1 H1 R1 r2 M2 H2 R2");
    EXPECT_EQ(plan.phases[4].duration, 7s);
    EXPECT_EQ(plan.phases[8].duration, 45s);
}

TEST(SessionPlan, AHoldWithoutRepsIsOneHoldPerSide)
{
    const Exercise e = exerciseWith("piriformis-seated", [](Dosage &d) {
        d.holdSeconds = Range{10, 15, 10};
        d.sides = Sides::EachSide;
    });
    EXPECT_EQ(shape(planExercise(e)), "G M1L H1L R1L SR M1R H1R R1R");
}

TEST(SessionPlan, GlidesArePacedAtTheirTempoWithoutHolds)
{
    const Exercise e = exerciseWith("slider", [](Dosage &d) {
        d.reps = exactly(3);
        d.sides = Sides::EachSide;
        d.tempoSecondsPerRep = 4;
    });
    const SessionPlan plan = planExercise(e);
    EXPECT_EQ(shape(plan), "G P1L P2L P3L SR P1R P2R P3R");
    EXPECT_EQ(plan.phases[1].duration, 4s);
    EXPECT_EQ(plan.total, 15s + 6 * 4s + 5s);
}

TEST(SessionPlan, AlternatingGlidesChangeSideEveryRepWithoutPausing)
{
    const Exercise e = exerciseWith("alt-glide", [](Dosage &d) {
        d.reps = exactly(4);
        d.sides = Sides::Alternate;
        d.tempoSecondsPerRep = 3;
    });
    EXPECT_EQ(shape(planExercise(e)), "G P1L P2R P3L P4R");
}

TEST(SessionPlan, ADurationCountsDownMinutes)
{
    const Exercise e = exerciseWith("escape", [](Dosage &d) { d.durationMinutes = Range{5, 10, 5}; });
    const SessionPlan plan = planExercise(e);
    EXPECT_EQ(shape(plan), "G A");
    EXPECT_EQ(plan.phases[1].duration, 5min);
}

TEST(SessionPlan, NothingToCountWaitsForTheUser)
{
    const Exercise walking = exerciseWith("walking", [](Dosage &) {});
    const SessionPlan plan = planExercise(walking);
    EXPECT_EQ(shape(plan), "G U");
    EXPECT_FALSE(plan.phases[1].isTimed());
    EXPECT_EQ(plan.phases[1].duration, 0ms);
    EXPECT_EQ(plan.total, 15s);
}

TEST(SessionPlan, RepsWithoutTimingAreCountedByTheUserOnEachSide)
{
    const Exercise e = exerciseWith("self-paced", [](Dosage &d) {
        d.reps = exactly(8);
        d.sides = Sides::EachSide;
    });
    const SessionPlan plan = planExercise(e);
    EXPECT_EQ(shape(plan), "G UL SR UR");
    EXPECT_EQ(plan.phases[1].reps, 8);
}

TEST(SessionPlan, OnlyTheFirstExerciseGetsTheLongerGetReady)
{
    const SessionPlan plan = planRoutine(shipped(), *shipped().routine("gentle-start"));
    ASSERT_GE(plan.items.size(), 2u);
    EXPECT_EQ(plan.phases[plan.itemBegin(0)].duration, 15s);
    EXPECT_EQ(plan.phases[plan.itemBegin(1)].duration, 10s);
    EXPECT_EQ(plan.phases[plan.itemBegin(1)].kind, PhaseKind::GetReady);
}

TEST(SessionPlan, RoutineDosageOverridesTheExerciseAndTheTherapistOverridesBoth)
{
    const Exercise e = exerciseWith("e", [](Dosage &d) {
        d.holdSeconds = Range{20, 30, 30};
        d.reps = exactly(3);
        d.sides = Sides::EachSide;
    });
    Dosage routine;
    routine.holdSeconds = exactly(20);
    const Dosage plain = sessionDosage(e, routine);
    EXPECT_EQ(plain.holdSeconds->value, 20);
    EXPECT_EQ(plain.reps->value, 3);

    const Dosage changed = sessionDosage(e, routine, DosageChange{45, 2, 3});
    EXPECT_EQ(changed.holdSeconds->value, 45);
    EXPECT_EQ(changed.reps->value, 2);
    EXPECT_EQ(changed.sets->value, 3);
    EXPECT_EQ(changed.sides, Sides::EachSide);

    const SessionPlan plan = planExercise(e, DosageChange{std::nullopt, 1, std::nullopt});
    EXPECT_EQ(shape(plan), "G M1L H1L R1L SR M1R H1R R1R");
    EXPECT_EQ(plan.phases[2].duration, 30s);
}

TEST(SessionPlan, ChangesApplyToTheirOwnItemOnly)
{
    const ContentBank &bank = shipped();
    const Routine &routine = *bank.routine("gentle-start");
    std::vector<DosageChange> changes(routine.items.size());
    changes[0].reps = 2;
    const SessionPlan changed = planRoutine(bank, routine, changes);
    const SessionPlan plain = planRoutine(bank, routine);
    EXPECT_EQ(changed.items[0].dosage.reps->value, 2);
    EXPECT_NE(plain.items[0].dosage.reps->value, 2);
    EXPECT_EQ(changed.items[1].dosage, plain.items[1].dosage);
    EXPECT_LT(changed.phases.size(), plain.phases.size());
}

TEST(SessionPlan, ItemsWhoseExerciseIsMissingAreLeftOut)
{
    ContentBank::Data data;
    data.exercises.push_back(exerciseWith("here", [](Dosage &d) { d.holdSeconds = exactly(10); }));
    ContentBank bank(std::move(data));
    Routine routine;
    routine.id = "r";
    routine.items = {RoutineItem{"gone", {}, std::nullopt}, RoutineItem{"here", {}, std::nullopt}};
    const SessionPlan plan = planRoutine(bank, routine);
    ASSERT_EQ(plan.items.size(), 1u);
    EXPECT_EQ(plan.items[0].exercise->id, "here");
    EXPECT_EQ(plan.phases.front().duration, 15s) << "the first item played gets the first get-ready";
}

TEST(SessionPlan, EveryShippedRoutinePlansEveryItemContiguously)
{
    const ContentBank &bank = shipped();
    ASSERT_FALSE(bank.routines().empty());
    for (const Routine &routine : bank.routines()) {
        SCOPED_TRACE(routine.id);
        const SessionPlan plan = planRoutine(bank, routine);
        EXPECT_EQ(plan.routineId, routine.id);
        ASSERT_EQ(plan.items.size(), routine.items.size());
        expectContiguous(plan);
        for (std::size_t i = 0; i < plan.items.size(); ++i) {
            ASSERT_GE(plan.items[i].phaseCount, 2u);
            EXPECT_EQ(plan.phases[plan.itemBegin(i)].kind, PhaseKind::GetReady);
            for (std::size_t p = plan.itemBegin(i); p < plan.itemEnd(i); ++p)
                EXPECT_EQ(plan.phases[p].item, i);
        }
    }
}

} // namespace
} // namespace lumbar

namespace lumbar {
namespace {

TEST(CurrentStep, FollowsTheStepsThatSayWhatComesNext)
{
    Exercise e;
    e.steps = {LocalText("Lie on your back."), LocalText("Bend both knees."), LocalText("Lift one knee to your chest."),
        LocalText("Hold it there, breathing slowly."), LocalText("Lower the foot and change legs.")};
    const auto at = [&](PhaseKind kind, int rep = 1) {
        Phase p;
        p.kind = kind;
        p.rep = rep;
        return currentStepIndex(e, p);
    };
    EXPECT_EQ(at(PhaseKind::GetReady), 0);
    EXPECT_EQ(at(PhaseKind::MoveIntoPosition), 2);
    EXPECT_EQ(at(PhaseKind::Hold), 3);
    EXPECT_EQ(at(PhaseKind::Release), 4);
    EXPECT_EQ(at(PhaseKind::SwitchSide), -1);
    EXPECT_EQ(at(PhaseKind::SelfPaced), -1);
    EXPECT_EQ(at(PhaseKind::PacedRep, 1), 1);
    EXPECT_EQ(at(PhaseKind::PacedRep, 2), 2);
    EXPECT_EQ(at(PhaseKind::PacedRep, 5), 1) << "glides cycle through the movement steps";

    e.steps = {LocalText("Upholstered chair: sit."), LocalText("Lean forward."), LocalText("Breathe.")};
    EXPECT_EQ(at(PhaseKind::Hold), 1) << "'upholstered' is not 'hold': with no hold step the middle one is used";
    e.steps.clear();
    EXPECT_EQ(at(PhaseKind::Hold), -1);
}

TEST(CurrentStep, EveryShippedExerciseWithAHoldHasAStepThatSaysSo)
{
    for (const Exercise &e : shipped().exercises()) {
        if (!e.dosage.holdSeconds)
            continue;
        SCOPED_TRACE(e.id);
        Phase hold;
        hold.kind = PhaseKind::Hold;
        const int step = currentStepIndex(e, hold);
        ASSERT_GE(step, 0);
        std::string text = e.steps[static_cast<std::size_t>(step)].english();
        EXPECT_TRUE(text.find("old") != std::string::npos || text.find("tay") != std::string::npos ||
            text.find("ause") != std::string::npos)
            << text;
    }
}

} // namespace
} // namespace lumbar
