// Marked exercises: an exercise marked for this user (symptoms spread, new numbness or weakness, or "This makes it
// worse") is left out of every routine until the user clears the mark; and after such a report, the rest of that
// session leaves out the exercises that load the nerve as the reported one did.
#pragma once

#include "contenttypes.h"
#include "history.h"
#include "sessionplan.h"
#include "symptomguide.h"

#include <cstddef>
#include <vector>

namespace lumbar {

// The standing mark of each marked exercise of `routine` (the latest one when an exercise has several; cleared
// marks aside), in the routine's order, once per exercise.
std::vector<ExerciseFlag> marksIn(const Routine &routine, const std::vector<ExerciseFlag> &flags);

// `routine` without the items whose exercise has a standing mark in `flags`.
Routine withoutMarked(const Routine &routine, const std::vector<ExerciseFlag> &flags);
// `routine` without the items whose exercise is one of `exercises`.
Routine withoutExercises(const Routine &routine, const std::vector<std::string> &exercises);

// After "This makes it worse" the rest of that day leaves out what loads the nerve the same way, in any routine: the
// exercises of `bank` alike to one marked on `day` (by a standing mark), the marked ones themselves aside.
std::vector<std::string> alikeToMarkedOn(
    const ContentBank &bank, const std::vector<ExerciseFlag> &flags, std::chrono::sys_days day);

// The standing mark on `exerciseId`, if any.
const ExerciseFlag *markOn(const std::string &exerciseId, const std::vector<ExerciseFlag> &flags);

// Takes the exercises with a standing mark out of the guide's suggestions (it never suggests one), counts them among
// the cautioned items of the routines that hold them (those routines then come after the others) and lists them in
// `markedForYou`.
void leaveOutMarked(GuideResult &result, const ContentBank &bank, const std::vector<ExerciseFlag> &flags);

// Whether `other` loads the nerve as `reported` did: the same exercise, one of the same kind, or both a stretch or a
// nerve glide (each puts the sciatic nerve and the tissue round it on tension). This app's rule, not a source's:
// the sources say to stop what spreads symptoms and not to push into nerve tension, and name no finer grouping.
bool loadsAlike(const Exercise &reported, const Exercise &other);

// The other items of `plan`, before and after `item`, whose exercise loads the nerve as item `item`'s did: after
// "This makes it worse" neither Next nor Previous may lead to one.
std::vector<std::size_t> loadingAlike(const SessionPlan &plan, std::size_t item);

} // namespace lumbar
