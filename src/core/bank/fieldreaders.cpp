#include "loader.h"

#include "textchecks.h"

#include <algorithm>
#include <cmath>

namespace lumbar::bankload {

// Field readers: each reads one kind of value, reports its own problems and returns what it could read.

void Loader::checkKeys(const Ctx &c, const json &obj, std::span<const std::string_view> allowed)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const std::string &key = it.key();
        if (std::find(allowed.begin(), allowed.end(), key) != allowed.end())
            continue;
        report(Severity::Warning, c, c.path.member(key),
            c.subject.str() + " has a field " + quote(key) + " that this app does not know; it is ignored" +
                didYouMean(closestMatch(key, allowed)));
    }
}

const json *Loader::field(const Ctx &c, const json &obj, std::string_view key, bool required)
{
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            report(Severity::Error, c, c.path, c.subject.str() + " has no " + quote(key) + ", which is required");
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> Loader::readId(const Ctx &c, const json &obj)
{
    const json *v = field(c, obj, "id", true);
    if (!v)
        return std::nullopt;
    if (!v->is_string()) {
        report(Severity::Error, c, c.path.member("id"),
            c.subject.str() + " has an id that is " + typeName(*v) + "; an id must be text such as 'knee-to-chest'");
        return std::nullopt;
    }
    const auto &id = v->get_ref<const std::string &>();
    if (!isValidId(id)) {
        report(Severity::Error, c, c.path.member("id"),
            c.subject.str() + " has the id " + quote(id) +
                "; ids use lower case letters, digits and single hyphens, at most 64 characters (like "
                "'knee-to-chest')");
        return std::nullopt;
    }
    return id;
}

std::optional<LocalText> Loader::readTextValue(
    const Ctx &c, const json &v, const Path &path, std::string_view label, std::size_t number)
{
    // List items are named "step 2": the number is only added to the label when a message needs it.
    auto what = [&] {
        return std::string(label) + (number == std::string_view::npos ? std::string() : " " + std::to_string(number));
    };
    if (v.is_string()) {
        const auto &s = v.get_ref<const std::string &>();
        if (isBlank(s)) {
            report(Severity::Error, c, path, c.subject.str() + ": " + what() + " is empty");
            return std::nullopt;
        }
        return LocalText(s);
    }
    if (v.is_object()) {
        LocalText text;
        bool ok = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!isLanguageCode(it.key())) {
                report(Severity::Error, c, path.member(it.key()),
                    c.subject.str() + ": " + what() + " has a translation under " + quote(it.key()) +
                        ", which is not a language code such as 'en', 'es' or 'es-MX'");
                ok = false;
            } else if (!it->is_string() || isBlank(it->get_ref<const std::string &>())) {
                report(Severity::Error, c, path.member(it.key()),
                    c.subject.str() + ": " + what() + " in " + quote(it.key()) + " must be non-empty text");
                ok = false;
            } else {
                text.setTranslation(it.key(), it->get<std::string>());
            }
        }
        if (v.find("en") == v.end()) {
            report(Severity::Error, c, path,
                c.subject.str() + ": " + what() + " has translations but no English ('en') text");
            ok = false;
        }
        return ok ? std::optional<LocalText>(std::move(text)) : std::nullopt;
    }
    report(Severity::Error, c, path, c.subject.str() + ": " + what() + " must be text, not " + typeName(v));
    return std::nullopt;
}

std::optional<LocalText> Loader::readText(
    const Ctx &c, const json &obj, std::string_view key, bool required, std::string_view label)
{
    const json *v = field(c, obj, key, required);
    if (!v)
        return std::nullopt;
    // Build "the <label>" only for a message, not for every field read.
    if (v->is_string() && !isBlank(v->get_ref<const std::string &>()))
        return LocalText(v->get<std::string>());
    return readTextValue(c, *v, c.path.member(key), "the " + std::string(label));
}

const json *Loader::listField(
    const Ctx &c, const json &obj, std::string_view key, bool required, const std::string &items)
{
    const json *v = field(c, obj, key, required);
    if (!v)
        return nullptr;
    if (!v->is_array()) {
        report(Severity::Error, c, c.path.member(key),
            c.subject.str() + ": " + quote(key) + " must be a list" + (items.empty() ? "" : " of " + items) + ", not " +
                typeName(*v));
        return nullptr;
    }
    if (required && v->empty())
        report(
            Severity::Error, c, c.path.member(key), c.subject.str() + ": " + quote(key) + " needs at least one entry");
    return v;
}

std::vector<LocalText> Loader::readTextList(
    const Ctx &c, const json &obj, std::string_view key, bool required, std::string_view label)
{
    std::vector<LocalText> out;
    const json *v = listField(c, obj, key, required, "text");
    if (!v)
        return out;
    const Path p = c.path.member(key);
    for (std::size_t i = 0; i < v->size(); ++i)
        if (auto t = readTextValue(c, (*v)[i], p.at(i), label, i + 1))
            out.push_back(std::move(*t));
    return out;
}

std::string Loader::readPlainString(
    const Ctx &c, const json &obj, std::string_view key, bool required, std::string_view label)
{
    const json *v = field(c, obj, key, required);
    if (!v)
        return {};
    if (!v->is_string() || isBlank(v->get_ref<const std::string &>())) {
        report(Severity::Error, c, c.path.member(key),
            c.subject.str() + ": the " + std::string(label) + " must be non-empty text");
        return {};
    }
    return v->get<std::string>();
}

std::vector<std::string> Loader::readIdList(const Ctx &c, const json &obj, std::string_view key, bool required,
    std::string_view phrase, Kind target, Origin &origin)
{
    std::vector<std::string> out;
    const json *v = listField(c, obj, key, required, std::string(kindWord(target)) + " ids");
    if (!v)
        return out;
    const Path p = c.path.member(key);
    for (std::size_t i = 0; i < v->size(); ++i) {
        const json &item = (*v)[i];
        if (!item.is_string() || !isValidId(item.get_ref<const std::string &>())) {
            report(Severity::Error, c, p.at(i),
                c.subject.str() + ": entry " + std::to_string(i + 1) + " of " + quote(key) + " must be a " +
                    std::string(kindWord(target)) + " id such as 'knee-to-chest'");
            continue;
        }
        out.push_back(item.get<std::string>());
        // phrase reads "targets the condition", so the message says "… targets the condition 'x', which …"
        origin.references.push_back({target, out.back(), p.at(i).str(), phrase, c.subject.step});
    }
    return out;
}

// The "exercise" member of a routine step or a modify-or-avoid entry.
std::optional<std::string> Loader::readReference(
    const Ctx &c, const json &obj, std::string_view phrase, Origin &origin, std::size_t step)
{
    const json *ex = field(c, obj, "exercise", true);
    if (!ex)
        return std::nullopt;
    const Path p = c.path.member("exercise");
    if (!ex->is_string() || !isValidId(ex->get_ref<const std::string &>())) {
        report(Severity::Error, c, p, c.subject.str() + ": 'exercise' must be an exercise id such as 'bridge'");
        return std::nullopt;
    }
    origin.references.push_back({Kind::Exercise, ex->get<std::string>(), p.str(), phrase, step});
    return ex->get<std::string>();
}

std::optional<long long> Loader::readInt(const Ctx &c, const json &v, const Path &path, std::string_view label,
    long long lo, long long hi, std::string_view unit)
{
    auto unitText = [&] { return unit.empty() ? std::string() : " " + std::string(unit); };
    auto range = [&] {
        return " it must be between " + std::to_string(lo) + " and " + std::to_string(hi) + unitText();
    };
    long long value = 0;
    if (v.is_number_unsigned()) {
        const auto u = v.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(hi)) {
            report(Severity::Error, c, path,
                c.subject.str() + ": the " + std::string(label) + " is " + std::to_string(u) + unitText() + ";" +
                    range());
            return std::nullopt;
        }
        value = static_cast<long long>(u);
    } else if (v.is_number_integer()) {
        value = v.get<std::int64_t>();
    } else if (v.is_number_float()) {
        const double d = v.get<double>();
        if (std::isfinite(d) && (d < -9.0e15 || d > 9.0e15)) {
            report(Severity::Error, c, path,
                c.subject.str() + ": the " + std::string(label) + " is far too large;" + range());
            return std::nullopt;
        }
        if (!std::isfinite(d) || d != std::floor(d)) {
            report(Severity::Error, c, path,
                c.subject.str() + ": the " + std::string(label) + " must be a whole number;" + range());
            return std::nullopt;
        }
        value = static_cast<long long>(d);
    } else {
        report(Severity::Error, c, path,
            c.subject.str() + ": the " + std::string(label) + " must be a whole number, not " + typeName(v));
        return std::nullopt;
    }
    if (value < lo || value > hi) {
        report(Severity::Error, c, path,
            c.subject.str() + ": the " + std::string(label) + " is " + std::to_string(value) + unitText() + ";" +
                range());
        return std::nullopt;
    }
    return value;
}

std::optional<Range> Loader::readRange(
    const Ctx &c, const json &obj, std::string_view key, std::string_view label, int lo, int hi, std::string_view unit)
{
    const json *v = field(c, obj, key, false);
    if (!v)
        return std::nullopt;
    const Path p = c.path.member(key);
    if (!v->is_object()) {
        const auto n = readInt(c, *v, p, label, lo, hi, unit);
        if (!n)
            return std::nullopt;
        const int i = static_cast<int>(*n);
        return Range{i, i, i};
    }
    const Ctx inner{c.file, p, c.subject};
    checkKeys(inner, *v, {"min", "max", "default"});
    const json *jmin = field(inner, *v, "min", true);
    const json *jmax = field(inner, *v, "max", true);
    const json *jdef = field(inner, *v, "default", false);
    const std::string l(label);
    const auto omn = jmin ? readInt(c, *jmin, p.member("min"), "lowest " + l, lo, hi, unit) : std::nullopt;
    const auto omx = jmax ? readInt(c, *jmax, p.member("max"), "highest " + l, lo, hi, unit) : std::nullopt;
    const auto odf = jdef ? readInt(c, *jdef, p.member("default"), "usual " + l, lo, hi, unit) : std::nullopt;
    if (!omn || !omx || (jdef && !odf))
        return std::nullopt;
    const long long mn = omn.value_or(0);
    const long long mx = omx.value_or(0);
    const long long df = odf.value_or(mn);
    if (mn > mx) {
        report(Severity::Error, c, p,
            c.subject.str() + ": the " + l + " runs from " + std::to_string(mn) + " down to " + std::to_string(mx) +
                "; 'min' must not be more than 'max'");
        return std::nullopt;
    }
    if (df < mn || df > mx) {
        report(Severity::Error, c, p.member("default"),
            c.subject.str() + ": the usual " + l + " (" + std::to_string(df) + ") lies outside its range " +
                std::to_string(mn) + "–" + std::to_string(mx));
        return std::nullopt;
    }
    return Range{static_cast<int>(mn), static_cast<int>(mx), static_cast<int>(df)};
}

Dosage Loader::readDosage(const Ctx &c, const json &obj, std::string_view key, bool required)
{
    Dosage d;
    const json *v = field(c, obj, key, required);
    if (!v)
        return d;
    const Path p = c.path.member(key);
    if (!v->is_object()) {
        report(Severity::Error, c, p, c.subject.str() + ": the dosage must be an object, not " + typeName(*v));
        return d;
    }
    const Ctx in{c.file, p, c.subject};
    checkKeys(in, *v,
        {"holdSeconds", "reps", "sets", "sides", "restBetweenRepsSeconds", "restBetweenSetsSeconds",
            "tempoSecondsPerRep", "durationMinutes", "timesPerDay", "note"});
    d.holdSeconds = readRange(in, *v, "holdSeconds", "hold", 1, 600, "seconds");
    d.reps = readRange(in, *v, "reps", "number of reps", 1, 100, "");
    d.sets = readRange(in, *v, "sets", "number of sets", 1, 10, "");
    d.sides = readEnum<Sides>(in, *v, "sides", false, "way of working the sides");
    auto plainInt = [&](std::string_view k, std::string_view label, int lo, int hi,
                        std::string_view unit) -> std::optional<int> {
        const json *f = field(in, *v, k, false);
        if (!f)
            return std::nullopt;
        const auto n = readInt(in, *f, p.member(k), label, lo, hi, unit);
        return n ? std::optional<int>(static_cast<int>(*n)) : std::nullopt;
    };
    d.restBetweenRepsSeconds = plainInt("restBetweenRepsSeconds", "rest between reps", 0, 600, "seconds");
    d.restBetweenSetsSeconds = plainInt("restBetweenSetsSeconds", "rest between sets", 0, 900, "seconds");
    d.tempoSecondsPerRep = plainInt("tempoSecondsPerRep", "tempo", 1, 60, "seconds per rep");
    d.durationMinutes = readRange(in, *v, "durationMinutes", "duration", 1, 240, "minutes");
    d.timesPerDay = readRange(in, *v, "timesPerDay", "times per day", 1, 12, "");
    d.note = readText(in, *v, "note", false, "dosage note");
    return d;
}

std::optional<double> Loader::readNumber(
    const Ctx &c, const json &v, const Path &path, std::string_view label, double lo, double hi)
{
    const auto bounds = [&] { return " it must be a number from " + formatNumber(lo) + " to " + formatNumber(hi); };
    if (!v.is_number()) {
        report(Severity::Error, c, path,
            c.subject.str() + ": the " + std::string(label) + " must be a number, not " + typeName(v));
        return std::nullopt;
    }
    const double d = v.get<double>();
    if (!(d >= lo && d <= hi)) {
        report(Severity::Error, c, path,
            c.subject.str() + ": the " + std::string(label) + " is " + formatNumber(d) + ";" + bounds());
        return std::nullopt;
    }
    return d;
}

} // namespace lumbar::bankload
