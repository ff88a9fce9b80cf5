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
    const bool routineSaysHowOften = routine.timesPerDay && !item.dosage.timesPerDay;
    if (routineSaysHowOften)
        d.timesPerDay.reset();
    // The exercise's note explains its own numbers, often with what sources suggest ("3–4 times a day"): under
    // other numbers it would contradict them, and a routine made for one patient is their prescription.
    const bool numbersChanged = item.dosage != Dosage{} ||
        (routineSaysHowOften && exercise.dosage.timesPerDay != routine.timesPerDay) || routine.patient.has_value();
    if (numbersChanged && !item.dosage.note)
        d.note.reset();
    return d;
}

} // namespace lumbar
