#include "loader.h"

#include "textchecks.h"

#include "core/emergencycontacts.h"

#include <algorithm>
#include <filesystem>
#include <unordered_set>

namespace lumbar::bankload {

namespace fs = std::filesystem;

Loader::EntryContext::EntryContext(Loader &loader, const Ctx &outer, const json &obj, std::string_view kind,
    std::initializer_list<std::string_view> keys)
    : id(loader.readId(outer, obj))
    , subject{kind, id ? std::string_view(*id) : std::string_view(), outer.subject.number}
    , c{outer.file, outer.path, subject}
{
    loader.checkKeys(c, obj, keys);
}

// One reader per kind of entry: exercises, symptoms, conditions, care notes, red flags, regions, routines and
// sources.

std::string Loader::checkImage(const Ctx &c, const json &obj, const std::string &folder)
{
    const json *v = field(c, obj, "image", false);
    if (!v)
        return {};
    const Path p = c.path.member("image");
    if (!v->is_string() || v->get_ref<const std::string &>().empty()) {
        report(
            Severity::Error, c, p, c.subject.str() + ": the picture must be a file name such as 'images/bridge.png'");
        return {};
    }
    const auto &name = v->get_ref<const std::string &>();
    const fs::path rel(name);
    bool escapes = rel.is_absolute() || rel.has_root_name() || rel.has_root_directory() ||
        name.find('\\') != std::string::npos || name.find(':') != std::string::npos || hasControlCharacters(name);
    for (const auto &part : rel)
        if (part == "..")
            escapes = true;
    if (escapes) {
        report(Severity::Error, c, p,
            c.subject.str() + ": the picture " + quote(name) +
                " points outside the bank folder; pictures must be inside it, given as a relative path such as "
                "'images/bridge.png'");
        return {};
    }
    if (folder.empty()) {
        report(Severity::Error, c, p, c.subject.str() + ": pictures can only be used in a bank folder");
        return {};
    }
    std::error_code ec;
    const fs::path base = fs::canonical(fs::path(folder), ec);
    const fs::path target = fs::weakly_canonical(fs::path(folder) / rel, ec);
    const auto [baseEnd, _] = std::mismatch(base.begin(), base.end(), target.begin(), target.end());
    if (ec || baseEnd != base.end()) {
        report(Severity::Error, c, p,
            c.subject.str() + ": the picture " + quote(name) + " leads outside the bank folder (through a link)");
        return {};
    }
    if (!fs::is_regular_file(target, ec)) {
        report(Severity::Error, c, p,
            c.subject.str() + ": the picture " + quote(name) + " cannot be found in the bank folder");
        return {};
    }
    return rel.generic_string();
}

std::optional<Exercise> Loader::readExercise(const Ctx &c0, const json &obj, const std::string &folder, Origin &origin)
{
    Exercise e;
    const EntryContext entry(*this, c0, obj, "exercise",
        {"id", "name", "aliases", "summary", "category", "position", "equipment", "difficulty", "steps", "dosage",
            "cautions", "stopRules", "targets", "benefits", "related", "image", "notes", "sources", "figure"});
    const Ctx &c = entry.c;
    e.name = readText(c, obj, "name", true, "name").value_or(LocalText());
    e.aliases = readTextList(c, obj, "aliases", false, "alias");
    e.summary = readText(c, obj, "summary", true, "summary").value_or(LocalText());
    e.category = readEnum<Category>(c, obj, "category", true, "category").value_or(Category::Stretch);
    e.position = readEnum<Position>(c, obj, "position", true, "start position").value_or(Position::LyingOnBack);
    e.equipment = readEnumList<Equipment>(c, obj, "equipment", "piece of equipment");
    e.difficulty = readEnum<Difficulty>(c, obj, "difficulty", true, "difficulty").value_or(Difficulty::Easy);
    e.steps = readTextList(c, obj, "steps", true, "step");
    e.dosage = readDosage(c, obj, "dosage", true);
    e.cautions = readTextList(c, obj, "cautions", false, "caution");
    e.stopRules = readTextList(c, obj, "stopRules", true, "stop rule");
    if (const json *t = field(c, obj, "targets", false)) {
        const Path p = c.path.member("targets");
        if (!t->is_object()) {
            report(Severity::Error, c, p,
                c.subject.str() + ": 'targets' must be an object with 'symptoms' and 'conditions' lists");
        } else {
            const Ctx tc{c.file, p, c.subject};
            checkKeys(tc, *t, {"symptoms", "conditions"});
            e.targetSymptoms = readIdList(tc, *t, "symptoms", false, "targets the symptom", Kind::Symptom, origin);
            e.targetConditions =
                readIdList(tc, *t, "conditions", false, "targets the condition", Kind::Condition, origin);
        }
    }
    e.benefits = readText(c, obj, "benefits", false, "benefits");
    e.related = readIdList(c, obj, "related", false, "lists as related the exercise", Kind::Exercise, origin);
    if (entry.id && std::find(e.related.begin(), e.related.end(), *entry.id) != e.related.end())
        report(Severity::Warning, c, c.path.member("related"),
            c.subject.str() + " lists itself as related; list the other exercises that go with it");
    e.image = checkImage(c, obj, folder);
    if (!e.image.empty())
        e.imageFolder = folder;
    e.notes = readText(c, obj, "notes", false, "notes");
    e.sources = readIdList(c, obj, "sources", true, "cites the source", Kind::Source, origin);
    e.figure = readFigure(c, obj);
    if (e.dosage.reps && !e.dosage.holdSeconds && !e.dosage.tempoSecondsPerRep && !e.dosage.durationMinutes)
        report(Severity::Warning, c, c.path.member("dosage"),
            c.subject.str() +
                " has reps but neither 'holdSeconds' nor 'tempoSecondsPerRep', so the player has to "
                "guess how long each rep takes; add one of them");
    return entry.keep(std::move(e));
}

std::optional<Symptom> Loader::readSymptom(const Ctx &c0, const json &obj, Origin &origin)
{
    Symptom s;
    const EntryContext entry(
        *this, c0, obj, "symptom", {"id", "name", "description", "bodyRegions", "sensations", "sources"});
    const Ctx &c = entry.c;
    s.name = readText(c, obj, "name", true, "name").value_or(LocalText());
    s.description = readText(c, obj, "description", true, "description").value_or(LocalText());
    s.bodyRegions = readEnumList<BodyRegion>(c, obj, "bodyRegions", "body region");
    s.sensations = readEnumList<Sensation>(c, obj, "sensations", "sensation");
    s.sources = readIdList(c, obj, "sources", true, "cites the source", Kind::Source, origin);
    return entry.keep(std::move(s));
}

std::optional<Condition> Loader::readCondition(const Ctx &c0, const json &obj, Origin &origin)
{
    Condition k;
    const EntryContext entry(*this, c0, obj, "condition",
        {"id", "name", "aliases", "summary", "symptoms", "suggestedExercises", "modifyOrAvoid", "careNotes", "notes",
            "sources"});
    const Ctx &c = entry.c;
    k.name = readText(c, obj, "name", true, "name").value_or(LocalText());
    k.aliases = readTextList(c, obj, "aliases", false, "alias");
    k.summary = readText(c, obj, "summary", true, "summary").value_or(LocalText());
    k.symptoms = readIdList(c, obj, "symptoms", false, "lists the symptom", Kind::Symptom, origin);
    k.suggestedExercises =
        readIdList(c, obj, "suggestedExercises", false, "suggests the exercise", Kind::Exercise, origin);
    if (const json *m = field(c, obj, "modifyOrAvoid", false))
        eachObject(
            c, *m, c.path.member("modifyOrAvoid"),
            [&] { return c.subject.str() + ": 'modifyOrAvoid' must be a list, not " + typeName(*m); },
            [&](std::size_t, const json &) {
                return c.subject.str() + ": each 'modifyOrAvoid' entry must be an object with 'exercise' and 'reason'";
            },
            [&](const json &item, const Path &at, std::size_t) {
                const Ctx ic{c.file, at, c.subject};
                checkKeys(ic, item, {"exercise", "reason"});
                ExerciseCaution caution;
                caution.exercise =
                    readReference(ic, item, "says to modify or avoid the exercise", origin, std::string_view::npos)
                        .value_or("");
                caution.reason = readText(ic, item, "reason", true, "reason").value_or(LocalText());
                k.modifyOrAvoid.push_back(std::move(caution));
            });
    // A patient told to do an exercise and to avoid it for one condition cannot follow both.
    const std::unordered_set<std::string_view> suggested(k.suggestedExercises.begin(), k.suggestedExercises.end());
    for (std::size_t i = 0; i < k.modifyOrAvoid.size(); ++i) {
        const std::string &exercise = k.modifyOrAvoid[i].exercise;
        if (!exercise.empty() && suggested.contains(exercise))
            report(Severity::Warning, c, c.path.member("modifyOrAvoid").at(i),
                c.subject.str() + " both suggests " + quote(exercise) +
                    " and says to modify or avoid it; keep it in one list (where sources differ, say so in the "
                    "reason)");
    }
    k.careNotes = readIdList(c, obj, "careNotes", false, "points to the care note", Kind::Treatment, origin);
    k.notes = readText(c, obj, "notes", false, "notes");
    k.sources = readIdList(c, obj, "sources", true, "cites the source", Kind::Source, origin);
    return entry.keep(std::move(k));
}

std::optional<Treatment> Loader::readTreatment(const Ctx &c0, const json &obj, Origin &origin)
{
    Treatment t;
    const EntryContext entry(
        *this, c0, obj, "care note", {"id", "title", "summary", "category", "points", "perspectives", "sources"});
    const Ctx &c = entry.c;
    t.title = readText(c, obj, "title", true, "title").value_or(LocalText());
    t.summary = readText(c, obj, "summary", true, "summary").value_or(LocalText());
    t.category =
        readEnum<TreatmentCategory>(c, obj, "category", true, "category").value_or(TreatmentCategory::SelfCare);
    t.points = readTextList(c, obj, "points", false, "point");
    if (const json *ps = field(c, obj, "perspectives", false))
        eachObject(
            c, *ps, c.path.member("perspectives"),
            [&] { return c.subject.str() + ": 'perspectives' must be a list, not " + typeName(*ps); },
            [&](std::size_t, const json &) {
                return c.subject.str() + ": each perspective must be an object with 'label' and 'text'";
            },
            [&](const json &item, const Path &at, std::size_t) {
                const Ctx ic{c.file, at, c.subject};
                checkKeys(ic, item, {"label", "text", "sources"});
                Perspective view;
                view.label = readText(ic, item, "label", true, "perspective label").value_or(LocalText());
                view.text = readText(ic, item, "text", true, "perspective text").value_or(LocalText());
                view.sources = readIdList(ic, item, "sources", false, "cites the source", Kind::Source, origin);
                t.perspectives.push_back(std::move(view));
            });
    t.sources = readIdList(c, obj, "sources", true, "cites the source", Kind::Source, origin);
    return entry.keep(std::move(t));
}

std::optional<RedFlag> Loader::readRedFlag(const Ctx &c0, const json &obj, Origin &origin)
{
    RedFlag r;
    const EntryContext entry(
        *this, c0, obj, "red flag", {"id", "question", "description", "urgency", "action", "sources"});
    const Ctx &c = entry.c;
    r.question = readText(c, obj, "question", true, "question").value_or(LocalText());
    r.description = readText(c, obj, "description", true, "description").value_or(LocalText());
    r.urgency = readEnum<Urgency>(c, obj, "urgency", true, "urgency").value_or(Urgency::Emergency);
    r.action = readText(c, obj, "action", true, "action").value_or(LocalText());
    r.sources = readIdList(c, obj, "sources", true, "cites the source", Kind::Source, origin);
    checkAction(c, r);
    return entry.keep(std::move(r));
}

// The app fills {emergency} and {urgent} with the reader's region's numbers; an action that hard-codes them, or
// names a placeholder the app does not know, would show a reader elsewhere the wrong number or a raw "{…}".
void Loader::checkAction(const Ctx &c, const RedFlag &flag)
{
    const Path p = c.path.member("action");
    std::vector<std::string_view> texts{flag.action.english()};
    for (const auto &[language, text] : flag.action.translations())
        texts.emplace_back(text);
    for (const std::string_view text : texts)
        for (const std::string_view name : placeholdersIn(text))
            if (name != kEmergencyPlaceholder && name != kUrgentPlaceholder) {
                report(Severity::Error, c, p,
                    c.subject.str() + ": the action has " + quote(name) +
                        ", which the app does not fill in; the action may use {emergency} (the region's emergency "
                        "number) and {urgent} (its same-day services)");
                return;
            }
    const std::string &english = flag.action.english();
    if (english.empty())
        return;
    const bool hasEmergency = english.find(kEmergencyPlaceholder) != std::string::npos;
    const bool hasUrgent = english.find(kUrgentPlaceholder) != std::string::npos;
    if (flag.urgency == Urgency::Emergency && !hasEmergency)
        report(Severity::Warning, c, p,
            c.subject.str() +
                ": the action of an emergency sign has no {emergency}, so readers are not given their region's "
                "emergency number; put {emergency} where the number goes");
    else if (flag.urgency == Urgency::Urgent && !hasEmergency && !hasUrgent)
        report(Severity::Warning, c, p,
            c.subject.str() +
                ": the action of an urgent sign has neither {urgent} nor {emergency}, so readers are not told "
                "where to get help in their region; put {urgent} where the service goes");
}

std::optional<RegionContacts> Loader::readRegion(const Ctx &c0, const json &obj, Origin &origin)
{
    RegionContacts r;
    const EntryContext entry(*this, c0, obj, "region", {"id", "emergency", "urgent", "sources"});
    const Ctx &c = entry.c;
    r.emergency = readText(c, obj, "emergency", true, "emergency phrase").value_or(LocalText());
    r.urgent = readText(c, obj, "urgent", true, "urgent phrase").value_or(LocalText());
    r.sources = readIdList(c, obj, "sources", true, "cites the source", Kind::Source, origin);
    for (const auto &[key, text] : {std::pair{"emergency", &r.emergency}, std::pair{"urgent", &r.urgent}})
        if (!text->empty() && text->english().back() == '.')
            report(Severity::Warning, c, c.path.member(key),
                c.subject.str() + ": " + quote(key) +
                    " is put in the middle of a sentence, so it should not end with a full stop");
    if (!entry.id)
        return std::nullopt;
    const std::optional<Region> region = enumFromString<Region>(*entry.id);
    if (!region) {
        report(Severity::Error, c, c.path.member("id"),
            c.subject.str() + ": there is no such region; use one of " + joinNames(enumNames<Region>()));
        return std::nullopt;
    }
    r.id = *entry.id;
    r.region = *region;
    return r;
}

std::optional<Routine> Loader::readRoutine(const Ctx &c0, const json &obj, Origin &origin)
{
    Routine r;
    const EntryContext entry(*this, c0, obj, "routine",
        {"id", "name", "purpose", "audience", "patient", "items", "timesPerDay", "notes", "sources"});
    const Ctx &c = entry.c;
    r.name = readText(c, obj, "name", true, "name").value_or(LocalText());
    r.purpose = readText(c, obj, "purpose", true, "purpose").value_or(LocalText());
    r.audience = readText(c, obj, "audience", true, "audience").value_or(LocalText());
    if (const json *items = field(c, obj, "items", true)) {
        const Path p = c.path.member("items");
        if (items->is_array() && items->empty())
            report(Severity::Error, c, p, c.subject.str() + " has no steps; add at least one exercise to 'items'");
        const auto step = [&c](std::size_t i) {
            Subject stepSubject = c.subject;
            stepSubject.step = i;
            return stepSubject;
        };
        eachObject(
            c, *items, p,
            [&] { return c.subject.str() + ": 'items' must be a list of steps, not " + typeName(*items); },
            [&](std::size_t i, const json &item) {
                return step(i).str() + " must be an object such as {\"exercise\": \"bridge\"}, not " + typeName(item);
            },
            [&](const json &item, const Path &at, std::size_t i) {
                const Subject stepSubject = step(i);
                const Ctx ic{c.file, at, stepSubject};
                checkKeys(ic, item, {"exercise", "dosage", "note"});
                RoutineItem ri;
                ri.exercise = readReference(ic, item, "names exercise", origin, i).value_or("");
                if (item.contains("dosage"))
                    ri.dosage = readDosage(ic, item, "dosage", false);
                ri.note = readText(ic, item, "note", false, "note");
                r.items.push_back(std::move(ri));
            });
    }
    r.timesPerDay = readRange(c, obj, "timesPerDay", "times per day", 1, 12, "");
    r.notes = readText(c, obj, "notes", false, "notes");
    if (std::string patient = readPlainString(c, obj, "patient", false, "patient's name"); !patient.empty())
        r.patient = std::move(patient);
    r.sources = readIdList(c, obj, "sources", false, "cites the source", Kind::Source, origin);
    return entry.keep(std::move(r));
}

std::optional<Source> Loader::readSource(const Ctx &c0, const json &obj, Origin &)
{
    Source s;
    const EntryContext entry(
        *this, c0, obj, "source", {"id", "title", "publisher", "url", "kind", "authority", "note", "year"});
    const Ctx &c = entry.c;
    s.title = readPlainString(c, obj, "title", true, "title");
    s.publisher = readPlainString(c, obj, "publisher", true, "publisher");
    if (const json *u = field(c, obj, "url", false)) {
        const bool isText = u->is_string();
        const std::string url = isText ? u->get<std::string>() : std::string();
        const bool web =
            (url.rfind("https://", 0) == 0 && url.size() > 8) || (url.rfind("http://", 0) == 0 && url.size() > 7);
        const bool spaces = url.find(' ') != std::string::npos || hasControlCharacters(url);
        if (!isText || !web || spaces)
            report(Severity::Error, c, c.path.member("url"),
                c.subject.str() +
                    ": the address must be a web address starting with http:// or https://, with no spaces or "
                    "control characters (links to files on this computer are not allowed)");
        else
            s.url = url;
    }
    s.kind = readEnum<SourceKind>(c, obj, "kind", true, "kind of source").value_or(SourceKind::Article);
    s.authority = readEnum<Authority>(c, obj, "authority", true, "authority").value_or(Authority::Medium);
    s.note = readText(c, obj, "note", false, "note");
    if (const json *y = field(c, obj, "year", false))
        if (const auto n = readInt(c, *y, c.path.member("year"), "year", 1900, 2100, ""))
            s.year = static_cast<int>(*n);
    return entry.keep(std::move(s));
}

} // namespace lumbar::bankload
