// SessionPlan: a routine (or one exercise) laid out as a timeline of phases — get ready, move into position,
// hold, release, rest, switch side, rest between sets — from each item's dosage, for RoutineSession to play.
#pragma once

#include "contenttypes.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lumbar {

class ContentBank;

using Millis = std::chrono::milliseconds;

enum class PhaseKind : std::uint8_t {
    GetReady, // read the steps before an exercise; longer before the first one
    MoveIntoPosition, // get into the starting position of a hold
    Hold, // hold still, counting down
    Release, // come back out of the hold
    PacedRep, // one repetition of a movement at the item's tempo (nerve glides), no hold
    Activity, // a timed activity counted down in minutes (walking, resting in the escape position)
    SelfPaced, // nothing to count: the user does it at their own pace and says when they are done
    RestBetweenReps,
    SwitchSide,
    RestBetweenSets,
};

enum class Side : std::uint8_t { None, Left, Right };

// How long the phases the bank does not state take. The defaults are this app's suggestion, not a source's.
struct PlanTiming
{
    Millis firstGetReady{15'000}; // time to read the steps before the first exercise
    Millis getReady{10'000};
    Millis moveIntoPosition{3'000};
    Millis release{3'000};
    Millis shortHoldMove{2'000}; // moving into and out of holds of 5 seconds or less is quicker
    int shortHoldSeconds = 5;
    Millis switchSide{5'000};
    Millis restBetweenSets{30'000}; // when the dosage has sets but does not say how long to rest
};

struct Phase
{
    PhaseKind kind = PhaseKind::GetReady;
    std::size_t item = 0; // index into SessionPlan::items
    int rep = 0; // 1-based within the side (each-side) or overall (alternate, none); 0 where it does not apply
    int reps = 0;
    int set = 0; // 1-based; 0 where it does not apply
    int sets = 0;
    Side side = Side::None;
    Millis duration{0}; // 0 for SelfPaced: it lasts until the user moves on
    Millis start{0}; // offset from the start of the session if every phase runs its planned time

    bool isTimed() const { return kind != PhaseKind::SelfPaced; }
    // The phases where the exercise itself is being done, as opposed to preparing or resting.
    bool isActive() const
    {
        return kind == PhaseKind::Hold || kind == PhaseKind::PacedRep || kind == PhaseKind::Activity ||
            kind == PhaseKind::SelfPaced;
    }
};

// One exercise of the session with the dosage actually used (the bank's, the routine's and the therapist's
// changes for this session combined).
struct PlanItem
{
    const Exercise *exercise = nullptr; // points into the bank, which must outlive the plan
    Dosage dosage;
    std::optional<LocalText> note; // the routine's note for this item
    std::size_t firstPhase = 0;
    std::size_t phaseCount = 0;
};

struct SessionPlan
{
    std::string routineId; // empty for a one-exercise session
    std::vector<PlanItem> items;
    std::vector<Phase> phases;
    Millis total{0}; // the sum of every timed phase

    // Where item `item`'s phases start and end in `phases`.
    std::size_t itemBegin(std::size_t item) const { return items[item].firstPhase; }
    std::size_t itemEnd(std::size_t item) const { return items[item].firstPhase + items[item].phaseCount; }
};

// Changes a therapist makes for this session only; unset fields keep the routine's dosage.
struct DosageChange
{
    std::optional<int> holdSeconds;
    std::optional<int> reps;
    std::optional<int> sets;
};

// The dosage a routine item is played with: the exercise's, overridden by the routine's, then by `change`.
Dosage sessionDosage(const Exercise &exercise, const Dosage &routineDosage, const DosageChange &change = {});

// Plans `routine` against `bank`. `changes` is empty or has one entry per routine item. Items whose exercise is
// missing from the bank are left out (a loaded bank has none).
SessionPlan planRoutine(const ContentBank &bank, const Routine &routine, const std::vector<DosageChange> &changes = {},
    const PlanTiming &timing = {});

// A session of one exercise at its own dosage (the library's "Start this exercise").
SessionPlan planExercise(const Exercise &exercise, const DosageChange &change = {}, const PlanTiming &timing = {});

// Which of the exercise's steps to highlight during `phase`, or -1 for none. The bank does not tie steps to
// phases, so this reads them: the setup is the first step, the hold is the first step that says to hold (or
// stay, or pause), moving into position is the step before it, and the release is the step after it.
int currentStepIndex(const Exercise &exercise, const Phase &phase);

} // namespace lumbar
