#include "contenttypes.h"

namespace lumbar {

Dosage Dosage::overriddenBy(const Dosage &o) const
{
    Dosage d = *this;
    auto take = [](auto &field, const auto &other) {
        if (other)
            field = other;
    };
    take(d.holdSeconds, o.holdSeconds);
    take(d.reps, o.reps);
    take(d.sets, o.sets);
    take(d.sides, o.sides);
    take(d.restBetweenRepsSeconds, o.restBetweenRepsSeconds);
    take(d.restBetweenSetsSeconds, o.restBetweenSetsSeconds);
    take(d.tempoSecondsPerRep, o.tempoSecondsPerRep);
    take(d.durationMinutes, o.durationMinutes);
    take(d.timesPerDay, o.timesPerDay);
    take(d.note, o.note);
    return d;
}

Dosage shownDosage(const Exercise &exercise, const RoutineItem &item, const Routine &routine)
{
    Dosage d = exercise.dosage.overriddenBy(item.dosage);
    if (routine.timesPerDay && !item.dosage.timesPerDay)
        d.timesPerDay.reset();
    if (item.dosage != Dosage{} && !item.dosage.note)
        d.note.reset();
    return d;
}

} // namespace lumbar
