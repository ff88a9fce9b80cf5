#include "dosagetext.h"

#include <cctype>

namespace lumbar {

namespace {

std::string plural(const Range &r, const std::string &one, const std::string &many)
{
    return rangeText(r) + " " + (r.max == 1 ? one : many);
}

std::string durationSeconds(const Range &r)
{
    // Minutes read better than "120 seconds" for the long holds of prone lying.
    if (r.min >= 60 && r.min % 60 == 0 && r.max % 60 == 0) {
        const Range minutes{r.min / 60, r.max / 60, r.value / 60};
        return plural(minutes, "minute", "minutes");
    }
    return plural(r, "second", "seconds");
}

} // namespace

std::string rangeText(const Range &r)
{
    if (!r.isRange())
        return std::to_string(r.min);
    return std::to_string(r.min) + "–" + std::to_string(r.max);
}

std::string timesText(const Range &r)
{
    auto word = [](int n) -> std::string {
        if (n == 1)
            return "once";
        if (n == 2)
            return "twice";
        return std::to_string(n) + " times";
    };
    if (!r.isRange())
        return word(r.min);
    if (r.min <= 2 && r.max <= 2)
        return word(r.min) + " or " + word(r.max);
    return std::to_string(r.min) + "–" + std::to_string(r.max) + " times";
}

std::vector<std::string> dosagePhrases(const Dosage &d)
{
    std::vector<std::string> parts;
    if (d.holdSeconds)
        parts.push_back("Hold " + durationSeconds(*d.holdSeconds));
    if (d.durationMinutes)
        parts.push_back(plural(*d.durationMinutes, "minute", "minutes"));
    if (d.reps) {
        const Sides sides = d.sides.value_or(Sides::None);
        std::string reps = timesText(*d.reps);
        reps[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(reps[0])));
        if (sides == Sides::EachSide)
            reps += " each side";
        else if (sides == Sides::Alternate)
            reps += ", alternating sides";
        if (d.tempoSecondsPerRep)
            reps += ", about " + std::to_string(*d.tempoSecondsPerRep) + " seconds each";
        parts.push_back(reps);
    } else if (d.tempoSecondsPerRep) {
        parts.push_back("About " + std::to_string(*d.tempoSecondsPerRep) + " seconds per movement");
    }
    if (d.sets && d.sets->max > 1)
        parts.push_back(plural(*d.sets, "set", "sets"));
    if (d.restBetweenRepsSeconds && *d.restBetweenRepsSeconds > 0)
        parts.push_back("Rest " + std::to_string(*d.restBetweenRepsSeconds) + " s between reps");
    if (d.restBetweenSetsSeconds && *d.restBetweenSetsSeconds > 0 && d.sets && d.sets->max > 1)
        parts.push_back("Rest " + std::to_string(*d.restBetweenSetsSeconds) + " s between sets");
    if (d.timesPerDay)
        parts.push_back(timesText(*d.timesPerDay) + " a day");
    if (parts.empty() && !d.note)
        parts.emplace_back("As long as is comfortable");
    return parts;
}

std::string describeDosage(const Dosage &d)
{
    std::string out;
    for (const auto &part : dosagePhrases(d)) {
        if (!out.empty())
            out += " · ";
        out += part;
    }
    return out;
}

} // namespace lumbar
