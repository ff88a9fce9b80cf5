#include "routineedit.h"

#include "routinefile.h"

#include <algorithm>
#include <array>

namespace lumbar {

namespace {

constexpr std::array<std::pair<int, int>, kDosageFieldCount> kLimits = {{
    {1, 600}, // hold, seconds
    {1, 100}, // reps
    {1, 10}, // sets
    {0, 2}, // sides: none, alternate, each side
    {0, 600}, // rest between reps, seconds
    {0, 900}, // rest between sets, seconds
    {1, 12}, // times a day
}};

RoutineItem *itemAt(Routine &routine, std::size_t at)
{
    return at < routine.items.size() ? &routine.items[at] : nullptr;
}

Range single(int value)
{
    return Range{value, value, value};
}

} // namespace

Routine withItemAdded(Routine routine, std::string_view exerciseId, std::size_t at)
{
    at = std::min(at, routine.items.size());
    routine.items.insert(
        routine.items.begin() + static_cast<std::ptrdiff_t>(at), RoutineItem{std::string(exerciseId), {}, {}});
    return routine;
}

Routine withItemRemoved(Routine routine, std::size_t at)
{
    if (at < routine.items.size())
        routine.items.erase(routine.items.begin() + static_cast<std::ptrdiff_t>(at));
    return routine;
}

Routine withItemMoved(Routine routine, std::size_t from, std::size_t to)
{
    if (from >= routine.items.size() || from == to)
        return routine;
    to = std::min(to, routine.items.size() - 1);
    RoutineItem moved = std::move(routine.items[from]);
    routine.items.erase(routine.items.begin() + static_cast<std::ptrdiff_t>(from));
    routine.items.insert(routine.items.begin() + static_cast<std::ptrdiff_t>(to), std::move(moved));
    return routine;
}

std::pair<int, int> overrideLimits(DosageField field)
{
    return kLimits[static_cast<std::size_t>(field)];
}

std::optional<int> itemOverride(const RoutineItem &item, DosageField field)
{
    const Dosage &d = item.dosage;
    switch (field) {
    case DosageField::Hold:
        return d.holdSeconds ? std::optional(d.holdSeconds->value) : std::nullopt;
    case DosageField::Reps:
        return d.reps ? std::optional(d.reps->value) : std::nullopt;
    case DosageField::Sets:
        return d.sets ? std::optional(d.sets->value) : std::nullopt;
    case DosageField::Sides:
        return d.sides ? std::optional(static_cast<int>(*d.sides)) : std::nullopt;
    case DosageField::RestBetweenReps:
        return d.restBetweenRepsSeconds;
    case DosageField::RestBetweenSets:
        return d.restBetweenSetsSeconds;
    case DosageField::TimesPerDay:
        return d.timesPerDay ? std::optional(d.timesPerDay->value) : std::nullopt;
    }
    return std::nullopt;
}

Routine withItemOverride(Routine routine, std::size_t at, DosageField field, std::optional<int> value)
{
    RoutineItem *item = itemAt(routine, at);
    if (!item)
        return routine;
    if (value) {
        const auto [lo, hi] = overrideLimits(field);
        value = std::clamp(*value, lo, hi);
    }
    Dosage &d = item->dosage;
    switch (field) {
    case DosageField::Hold:
        d.holdSeconds = value ? std::optional(single(*value)) : std::nullopt;
        break;
    case DosageField::Reps:
        d.reps = value ? std::optional(single(*value)) : std::nullopt;
        break;
    case DosageField::Sets:
        d.sets = value ? std::optional(single(*value)) : std::nullopt;
        break;
    case DosageField::Sides:
        d.sides = value ? std::optional(static_cast<Sides>(*value)) : std::nullopt;
        break;
    case DosageField::RestBetweenReps:
        d.restBetweenRepsSeconds = value;
        break;
    case DosageField::RestBetweenSets:
        d.restBetweenSetsSeconds = value;
        break;
    case DosageField::TimesPerDay:
        d.timesPerDay = value ? std::optional(single(*value)) : std::nullopt;
        break;
    }
    return routine;
}

Routine withItemNote(Routine routine, std::size_t at, std::string note)
{
    if (RoutineItem *item = itemAt(routine, at))
        item->note = note.empty() ? std::nullopt : std::optional(LocalText(std::move(note)));
    return routine;
}

Routine duplicated(
    const Routine &routine, std::string_view copyName, const std::function<bool(std::string_view)> &taken)
{
    Routine copy = routine;
    copy.name = LocalText(std::string(copyName));
    copy.id = uniqueRoutineId(copyName, taken);
    copy.patient.reset();
    return copy;
}

} // namespace lumbar
