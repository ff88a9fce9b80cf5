// Routine edits: every change the routine builder makes, as a function from one routine to the next. The builder's
// undo stack keeps the routine before and after each one, so undo and redo are exact and the rules live here.
#pragma once

#include "contenttypes.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace lumbar {

// The dosage settings a therapist can change for one exercise in a routine.
enum class DosageField : std::uint8_t { Hold, Reps, Sets, Sides, RestBetweenReps, RestBetweenSets, TimesPerDay };
inline constexpr std::size_t kDosageFieldCount = 7;

// The exercise added at `at` (clamped to the end) with the exercise's own dosage.
Routine withItemAdded(Routine routine, std::string_view exerciseId, std::size_t at);
Routine withItemRemoved(Routine routine, std::size_t at);
// The item at `from` taken out and put back so that it ends up at index `to`.
Routine withItemMoved(Routine routine, std::size_t from, std::size_t to);

// This routine's value for `field` of item `at`: seconds for holds and rests, a count otherwise, and for Sides the
// Sides enumerator's index. nullopt when the exercise's own dosage applies.
std::optional<int> itemOverride(const RoutineItem &item, DosageField field);
// The item with `field` set to `value`, or back to the exercise's own when `value` is nullopt. Values outside what
// the bank format allows are clamped into it.
Routine withItemOverride(Routine routine, std::size_t at, DosageField field, std::optional<int> value);
// The smallest and largest value the bank format allows for `field`.
std::pair<int, int> overrideLimits(DosageField field);

Routine withItemNote(Routine routine, std::size_t at, std::string note); // empty clears it

// A copy to change: a new id that `taken` does not know, named "Copy of …", without the original's patient.
Routine duplicated(
    const Routine &routine, std::string_view copyName, const std::function<bool(std::string_view)> &taken);

} // namespace lumbar
