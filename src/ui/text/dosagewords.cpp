#include "dosagewords.h"

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

// Plural forms follow the upper end of a range: "1–2 minutes".
int countFor(const Range &r)
{
    return r.max;
}

QString seconds(const Range &r)
{
    // Minutes read better than "120 seconds" for the long holds of prone lying.
    if (r.min >= 60 && r.min % 60 == 0 && r.max % 60 == 0) {
        const Range minutes{r.min / 60, r.max / 60, r.value / 60};
        return DosageWords::tr("%1 minute(s)", nullptr, countFor(minutes)).arg(DosageWords::range(minutes));
    }
    return DosageWords::tr("%1 second(s)", nullptr, countFor(r)).arg(DosageWords::range(r));
}

QString count(int n)
{
    if (n == 1)
        return DosageWords::tr("once");
    if (n == 2)
        return DosageWords::tr("twice");
    return DosageWords::tr("%n time(s)", nullptr, n);
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

QString DosageWords::range(const Range &r)
{
    if (!r.isRange())
        return QString::number(r.min);
    return QString::number(r.min) + u"–"_s + QString::number(r.max);
}

QString DosageWords::times(const Range &r)
{
    if (!r.isRange())
        return count(r.min);
    if (r.min <= 2 && r.max <= 2)
        return tr("%1 or %2", "once or twice").arg(count(r.min), count(r.max));
    return tr("%1 time(s)", nullptr, countFor(r)).arg(range(r));
}

QString DosageWords::timesADay(const Range &r)
{
    return tr("%1 a day", "how often: once a day, 3 times a day").arg(times(r));
}

QStringList DosageWords::phrases(const Dosage &d)
{
    QStringList parts;
    if (d.holdSeconds)
        parts << tr("Hold %1").arg(seconds(*d.holdSeconds));
    if (d.durationMinutes)
        parts << tr("%1 minute(s)", nullptr, countFor(*d.durationMinutes)).arg(range(*d.durationMinutes));
    if (d.reps) {
        const Sides sides = d.sides.value_or(Sides::None);
        QString reps = capitalized(times(*d.reps));
        if (sides == Sides::EachSide)
            reps = tr("%1 each side", "3 times each side").arg(reps);
        else if (sides == Sides::Alternate)
            reps = tr("%1, alternating sides", "3 times, alternating sides").arg(reps);
        if (d.tempoSecondsPerRep)
            reps = tr("%1, about %n second(s) each", "10 times, about 5 seconds each", *d.tempoSecondsPerRep).arg(reps);
        parts << reps;
    } else if (d.tempoSecondsPerRep) {
        parts << tr("About %n second(s) per movement", nullptr, *d.tempoSecondsPerRep);
    }
    if (d.sets && d.sets->max > 1)
        parts << tr("%1 set(s)", nullptr, countFor(*d.sets)).arg(range(*d.sets));
    if (d.restBetweenRepsSeconds && *d.restBetweenRepsSeconds > 0)
        parts << tr("Rest %1 s between reps").arg(*d.restBetweenRepsSeconds);
    if (d.restBetweenSetsSeconds && *d.restBetweenSetsSeconds > 0 && d.sets && d.sets->max > 1)
        parts << tr("Rest %1 s between sets").arg(*d.restBetweenSetsSeconds);
    if (d.timesPerDay)
        parts << timesADay(*d.timesPerDay);
    if (parts.isEmpty() && !d.note)
        parts << tr("As long as is comfortable");
    return parts;
}

QString DosageWords::describe(const Dosage &d)
{
    return phrases(d).join(u" · "_s);
}

QString DosageWords::exerciseDefault(const Exercise &exercise, DosageField field)
{
    const Dosage &d = exercise.dosage;
    const auto restSeconds = [](int s) { return tr("%n second(s)", nullptr, s); };
    switch (field) {
    case DosageField::Hold:
        return d.holdSeconds ? tr("%1 second(s)", nullptr, countFor(*d.holdSeconds)).arg(range(*d.holdSeconds))
                             : tr("no hold");
    case DosageField::Reps:
        return d.reps ? tr("%1 time(s)", nullptr, countFor(*d.reps)).arg(range(*d.reps)) : tr("not counted");
    case DosageField::Sets:
        return d.sets ? range(*d.sets) : u"1"_s;
    case DosageField::Sides:
        if (!d.sides || *d.sides == Sides::None)
            return tr("no sides");
        return *d.sides == Sides::Alternate ? tr("alternating sides") : tr("each side in turn");
    case DosageField::RestBetweenReps:
        return d.restBetweenRepsSeconds ? restSeconds(*d.restBetweenRepsSeconds) : tr("no rest");
    case DosageField::RestBetweenSets:
        return d.restBetweenSetsSeconds ? restSeconds(*d.restBetweenSetsSeconds) : tr("no rest");
    case DosageField::TimesPerDay:
        return d.timesPerDay ? timesADay(*d.timesPerDay) : tr("not said");
    }
    return {};
}

} // namespace lumbar::ui
