#include "routinefile.h"

#include "bankloader.h"

#include <nlohmann/json.hpp>

#include <cctype>

namespace lumbar {

namespace {

using json = nlohmann::ordered_json;

json toJson(const LocalText &text)
{
    if (text.translations().empty())
        return text.english();
    json out = json::object();
    out["en"] = text.english();
    for (const auto &[language, value] : text.translations())
        out[language] = value;
    return out;
}

json toJson(const Range &r)
{
    if (!r.isRange())
        return r.value;
    json out = {{"min", r.min}, {"max", r.max}};
    if (r.value != r.min)
        out["default"] = r.value;
    return out;
}

json toJson(const Dosage &d)
{
    json out = json::object();
    if (d.holdSeconds)
        out["holdSeconds"] = toJson(*d.holdSeconds);
    if (d.reps)
        out["reps"] = toJson(*d.reps);
    if (d.sets)
        out["sets"] = toJson(*d.sets);
    if (d.sides)
        out["sides"] = std::string(toString(*d.sides));
    if (d.restBetweenRepsSeconds)
        out["restBetweenRepsSeconds"] = *d.restBetweenRepsSeconds;
    if (d.restBetweenSetsSeconds)
        out["restBetweenSetsSeconds"] = *d.restBetweenSetsSeconds;
    if (d.tempoSecondsPerRep)
        out["tempoSecondsPerRep"] = *d.tempoSecondsPerRep;
    if (d.durationMinutes)
        out["durationMinutes"] = toJson(*d.durationMinutes);
    if (d.timesPerDay)
        out["timesPerDay"] = toJson(*d.timesPerDay);
    if (d.note)
        out["note"] = toJson(*d.note);
    return out;
}

} // namespace

std::string routineFileText(const Routine &r)
{
    json routine = json::object();
    routine["id"] = r.id;
    routine["name"] = toJson(r.name);
    routine["purpose"] = toJson(r.purpose);
    routine["audience"] = toJson(r.audience);
    if (r.patient)
        routine["patient"] = *r.patient;
    json items = json::array();
    for (const RoutineItem &item : r.items) {
        json i = {{"exercise", item.exercise}};
        if (json dosage = toJson(item.dosage); !dosage.empty())
            i["dosage"] = std::move(dosage);
        if (item.note)
            i["note"] = toJson(*item.note);
        items.push_back(std::move(i));
    }
    routine["items"] = std::move(items);
    if (r.timesPerDay)
        routine["timesPerDay"] = toJson(*r.timesPerDay);
    if (r.notes)
        routine["notes"] = toJson(*r.notes);
    if (!r.sources.empty())
        routine["sources"] = r.sources;
    json file = json::object();
    file["format"] = "lumbar-relief-bank";
    file["version"] = BankLoader::kFormatVersion;
    file["routines"] = json::array({std::move(routine)});
    return file.dump(2) + "\n";
}

std::string uniqueRoutineId(std::string_view name, const std::function<bool(std::string_view)> &taken)
{
    return uniqueId(name, "my-routine", taken);
}

std::string uniqueId(
    std::string_view name, std::string_view fallback, const std::function<bool(std::string_view)> &taken)
{
    std::string base;
    for (const char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) && c < 0x80)
            base += static_cast<char>(std::tolower(c));
        else if (!base.empty() && base.back() != '-')
            base += '-';
        if (base.size() >= 48)
            break;
    }
    while (!base.empty() && base.back() == '-')
        base.pop_back();
    if (base.empty())
        base = fallback;
    std::string id = base;
    for (int n = 2; taken(id); ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

} // namespace lumbar
