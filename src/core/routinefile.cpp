#include "routinefile.h"

#include "core/bank/bankloader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
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

json texts(const std::vector<LocalText> &list)
{
    json out = json::array();
    for (const LocalText &t : list)
        out.push_back(toJson(t));
    return out;
}

template<class E>
json names(const std::vector<E> &values)
{
    json out = json::array();
    for (const E v : values)
        out.push_back(std::string(toString(v)));
    return out;
}

json toJson(const Pose &pose)
{
    json out = json::object();
    out["pelvis"] = {pose.pelvis.x, pose.pelvis.y};
    out["trunk"] = pose.trunk;
    for (std::size_t j = 0; j < kJointCount; ++j)
        out[std::string(jointName(static_cast<Joint>(j)))] = pose.angles[j];
    return out;
}

json toJson(const ExerciseFigure &f)
{
    json out = json::object();
    if (!f.props.empty())
        out["props"] = names(f.props);
    if (!f.highlight.empty())
        out["highlight"] = names(f.highlight);
    if (!f.cues.empty()) {
        json cues = json::array();
        for (const FigureCue &c : f.cues)
            cues.push_back({{"arrow", std::string(toString(c.arrow))}, {"at", std::string(toString(c.at))}});
        out["cues"] = std::move(cues);
    }
    if (!f.motion.isEmpty())
        out["hold"] = f.motion.frames()[f.motion.holdIndex()].name;
    json frames = json::array();
    for (const Keyframe &k : f.motion.frames()) // every pose in full: a reader needs nothing from the one before
        frames.push_back({{"name", k.name}, {"seconds", k.seconds}, {"easing", std::string(easingName(k.easing))},
            {"pose", toJson(k.pose)}});
    out["keyframes"] = std::move(frames);
    return out;
}

json toJson(const Exercise &e)
{
    json out = json::object();
    out["id"] = e.id;
    out["name"] = toJson(e.name);
    if (!e.aliases.empty())
        out["aliases"] = texts(e.aliases);
    out["summary"] = toJson(e.summary);
    out["category"] = std::string(toString(e.category));
    out["position"] = std::string(toString(e.position));
    if (!e.equipment.empty())
        out["equipment"] = names(e.equipment);
    out["difficulty"] = std::string(toString(e.difficulty));
    out["steps"] = texts(e.steps);
    out["dosage"] = toJson(e.dosage);
    if (!e.cautions.empty())
        out["cautions"] = texts(e.cautions);
    out["stopRules"] = texts(e.stopRules);
    if (!e.targetSymptoms.empty() || !e.targetConditions.empty()) {
        json targets = json::object();
        if (!e.targetSymptoms.empty())
            targets["symptoms"] = e.targetSymptoms;
        if (!e.targetConditions.empty())
            targets["conditions"] = e.targetConditions;
        out["targets"] = std::move(targets);
    }
    if (e.benefits)
        out["benefits"] = toJson(*e.benefits);
    if (!e.related.empty())
        out["related"] = e.related;
    if (e.notes)
        out["notes"] = toJson(*e.notes);
    out["sources"] = e.sources;
    if (e.figure)
        out["figure"] = toJson(*e.figure);
    return out;
}

json toJson(const Source &s)
{
    json out = {{"id", s.id}, {"title", s.title}, {"publisher", s.publisher}};
    if (!s.url.empty())
        out["url"] = s.url;
    out["kind"] = std::string(toString(s.kind));
    out["authority"] = std::string(toString(s.authority));
    if (s.note)
        out["note"] = toJson(*s.note);
    if (s.year)
        out["year"] = *s.year;
    return out;
}

} // namespace

namespace {

std::string sharedFile(
    const Routine *routine, const std::vector<Exercise> &exercises, const std::vector<Source> &sources)
{
    json file = json::object();
    file["format"] = "lumbar-relief-bank";
    file["version"] = BankLoader::kFormatVersion;
    if (!sources.empty()) {
        json list = json::array();
        for (const Source &s : sources)
            list.push_back(toJson(s));
        file["sources"] = std::move(list);
    }
    if (!exercises.empty()) {
        json list = json::array();
        for (const Exercise &e : exercises)
            list.push_back(toJson(e));
        file["exercises"] = std::move(list);
    }
    if (routine)
        file["routines"] = json::parse(routineFileText(*routine))["routines"];
    return file.dump(2) + "\n";
}

} // namespace

std::string routineExportText(
    const Routine &routine, const std::vector<Exercise> &exercises, const std::vector<Source> &sources)
{
    return sharedFile(&routine, exercises, sources);
}

std::string bankFileText(const std::vector<Exercise> &exercises, const std::vector<Source> &sources)
{
    return sharedFile(nullptr, exercises, sources);
}

std::string routineShareText(const Routine &routine, const ContentBank &inUse, const ContentBank &builtIn)
{
    std::vector<Exercise> exercises;
    std::vector<std::string> cited = routine.sources;
    for (const RoutineItem &item : routine.items) {
        const Exercise *e = inUse.exercise(item.exercise);
        if (!e)
            continue;
        const Exercise *own = builtIn.exercise(item.exercise);
        const bool carried =
            std::any_of(exercises.begin(), exercises.end(), [&e](const Exercise &x) { return x.id == e->id; });
        if ((!own || !(*own == *e)) && !carried) {
            exercises.push_back(*e);
            cited.insert(cited.end(), e->sources.begin(), e->sources.end());
        }
    }
    std::vector<Source> sources;
    for (const std::string &id : cited) {
        const Source *s = inUse.source(id);
        const Source *own = builtIn.source(id);
        const bool carried = std::any_of(sources.begin(), sources.end(), [&id](const Source &x) { return x.id == id; });
        if (s && (!own || !(*own == *s)) && !carried)
            sources.push_back(*s);
    }
    return routineExportText(routine, exercises, sources);
}

SharedRoutineCheck checkSharedRoutine(
    const BankFile &file, const std::string &folder, std::vector<const BankLayer *> base, const ContentBank &inUse)
{
    SharedRoutineCheck check;
    BankLayer shared;
    shared.folder = folder;
    shared.files.push_back(file);
    base.push_back(&shared);
    const LoadResult loaded = BankLoader::load(base);
    for (const Diagnostic &d : loaded.diagnostics)
        if (d.file == file.name)
            check.problems.push_back(d);
    if (!loaded.ok()) {
        if (check.problems.empty()) // the file broke something elsewhere, such as an id the bank needs
            check.problems = loaded.diagnostics;
        return check;
    }
    // Which entries are the file's own: its ids, read from the text the loader has just accepted.
    const json parsed = json::parse(file.text, nullptr, false);
    const auto idsOf = [&parsed](const char *key) {
        std::vector<std::string> ids;
        if (parsed.is_object() && parsed.contains(key) && parsed[key].is_array())
            for (const auto &entry : parsed[key])
                if (entry.is_object() && entry.contains("id") && entry["id"].is_string())
                    ids.push_back(entry["id"].get<std::string>());
        return ids;
    };
    const std::vector<std::string> routines = idsOf("routines");
    if (routines.size() != 1) {
        check.otherProblem =
            "a routine file holds exactly one routine; this one holds " + std::to_string(routines.size());
        return check;
    }
    for (const std::string &id : idsOf("exercises")) {
        const Exercise *mine = inUse.exercise(id);
        const Exercise *theirs = loaded.bank->exercise(id);
        if (mine && theirs && !(*mine == *theirs)) {
            check.otherProblem = "it brings its own version of the exercise '" + id + "', which differs from yours";
            return check;
        }
        if (!mine && theirs)
            check.exercises.push_back(*theirs);
    }
    for (const std::string &id : idsOf("sources"))
        if (!inUse.source(id) && loaded.bank->source(id))
            check.sources.push_back(*loaded.bank->source(id));
    check.routine = *loaded.bank->routine(routines.front());
    return check;
}

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
