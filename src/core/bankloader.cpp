#include "bankloader.h"

#include "emergencycontacts.h"

#include "jsonlocator.h"
#include "textmatch.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <system_error>
#include <tuple>
#include <unordered_map>

namespace lumbar {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kFormatName = "lumbar-relief-bank";

// ---------------------------------------------------------------------------------------------------------------
// Byte-level checks made before parsing, so hostile files get a clear message instead of a parser's.

// Offset of the first byte that is not well-formed UTF-8, or npos.
std::size_t firstInvalidUtf8(std::string_view s)
{
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned long cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

// Offset of the bracket that first goes deeper than `limit`, or npos. Strings are skipped. Also counts the
// values in the file (every '{', '[' and ',' outside strings starts one) into `values`.
std::size_t firstTooDeep(std::string_view s, int limit, std::size_t &values)
{
    int depth = 0;
    bool inString = false;
    values = 1;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[') {
            ++values;
            if (++depth > limit)
                return i;
        } else if (c == '}' || c == ']')
            --depth;
        else if (c == ',')
            ++values;
    }
    return std::string_view::npos;
}

// True when `s` holds only white space: ASCII or the Unicode spaces that both the schema's regular expressions
// (ECMAScript and Python) count as \\s, so the schema's "\\S" and this check agree.
bool isBlank(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            ++i;
            continue;
        }
        if (c < 0x80)
            return false;
        // Decode one code point (the text is valid UTF-8: it was checked before parsing).
        const std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
        unsigned long cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
        for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        const bool space = cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
            cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
        if (!space)
            return false;
        i += len;
    }
    return true;
}

bool hasControlCharacters(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c < 0x20 || c == 0x7F;
    });
}

// Where a number literal that the parser refused stands in the text: outside strings, after ':', ',' or '['.
std::size_t findNumberLiteral(std::string_view text, std::string_view literal)
{
    bool inString = false;
    char previous = 0; // last significant character outside strings
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            previous = c;
        } else if ((previous == ':' || previous == ',' || previous == '[') &&
            text.substr(i, literal.size()) == literal) {
            return i;
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            previous = c;
        }
    }
    return 0;
}

bool isValidId(std::string_view id)
{
    if (id.empty() || id.size() > 64 || id.front() == '-' || id.back() == '-')
        return false;
    char previous = 0;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && previous == '-'))
            return false;
        previous = c;
    }
    return true;
}

bool isLanguageCode(std::string_view s)
{
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    if (s.size() == 2)
        return lower(s[0]) && lower(s[1]);
    return s.size() == 5 && lower(s[0]) && lower(s[1]) && s[2] == '-' && upper(s[3]) && upper(s[4]);
}

// 12 → "12", 2.5 → "2.5", 0.05 → "0.05": numbers in messages as a person would write them.
std::string formatNumber(double d)
{
    if (!std::isfinite(d))
        return "not a number";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", d);
    std::string out = buffer;
    while (out.back() == '0')
        out.pop_back();
    if (out.back() == '.')
        out.pop_back();
    return out == "-0" ? "0" : out;
}

std::string quote(std::string_view s)
{
    constexpr std::size_t kLongest = 60; // keep a hostile 1 MB "id" from flooding the report
    if (s.size() <= kLongest)
        return "'" + std::string(s) + "'";
    std::size_t cut = kLongest;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut; // never split a character
    return "'" + std::string(s.substr(0, cut)) + "…'";
}

std::string didYouMean(const std::string &suggestion)
{
    return suggestion.empty() ? std::string() : " — did you mean " + quote(suggestion) + "?";
}

std::string typeName(const json &v)
{
    switch (v.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "a list";
    case json::value_t::string:
        return "text";
    case json::value_t::boolean:
        return "true/false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return "a number";
    default:
        return "something else";
    }
}

std::string joinNames(std::span<const std::string_view> names)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += i + 1 == names.size() ? " or " : ", ";
        out += names[i];
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Where each entry came from, so later checks (duplicates, references) can point back at it.

enum class Kind { Exercise, Symptom, Condition, Treatment, RedFlag, Routine, Source, Region };

constexpr std::array<std::string_view, 8> kKindWord{
    "exercise", "symptom", "condition", "care note", "red flag", "routine", "source", "region"};

std::string_view kindWord(Kind k)
{
    return kKindWord[static_cast<std::size_t>(k)];
}

// A JSON pointer that is spelled out only when a problem is reported. Each level lives on the caller's stack, so
// reading a valid bank builds no path strings at all.
struct Path
{
    const Path *parent = nullptr;
    std::string_view key; // a member name…
    std::size_t index = std::string_view::npos; // …or an array index

    Path member(std::string_view name) const { return Path{this, name}; }
    Path at(std::size_t i) const { return Path{this, {}, i}; }
    std::string str() const
    {
        std::string out = parent ? parent->str() : std::string();
        if (!parent)
            return out;
        out += '/';
        if (index != std::string_view::npos)
            return out + std::to_string(index);
        for (const char c : key) // JSON pointer escaping
            out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
        return out;
    }
};

// Who a message is about ("exercise 'bridge'", "routine 'gentle-start' step 3", "exercise number 4"), also
// spelled out only when needed.
struct Subject
{
    std::string_view kind; // "exercise"; empty for the file itself
    std::string_view id; // empty when the entry has no usable id
    std::size_t number = 0;
    std::size_t step = std::string_view::npos; // a routine step, 0-based
    std::string str() const
    {
        if (kind.empty())
            return "the file";
        std::string out(kind);
        out += id.empty() ? " number " + std::to_string(number) : " " + quote(id);
        if (step != std::string_view::npos)
            out += " step " + std::to_string(step + 1);
        return out;
    }
};

// A reference from one entry to another, checked once every layer is merged.
struct Reference
{
    Kind target;
    std::string id;
    std::string pointer;
    std::string_view phrase; // "targets the condition"
    std::size_t step = std::string_view::npos;
};

// Where an entry came from, so later checks (duplicates, references) can point back at it.
struct Origin
{
    int file = -1; // index into the load's file table
    std::string_view section;
    std::size_t index = 0;
    std::vector<Reference> references;
    std::string pointer() const { return "/" + std::string(section) + "/" + std::to_string(index); }
};

template<class T>
struct Entry
{
    T value;
    Origin origin;
};

struct FileRef
{
    const BankFile *file = nullptr;
    std::string_view text; // without a byte-order mark
    std::unique_ptr<JsonLocator> locator; // made on the first problem, then reused for every other one
    int problems = 0; // listed so far
    int unlistedErrors = 0, unlistedWarnings = 0;
    JsonLocator &locate()
    {
        if (!locator)
            locator = std::make_unique<JsonLocator>(text);
        return *locator;
    }
};

// ---------------------------------------------------------------------------------------------------------------

class Loader
{
public:
    LoadResult run(const std::vector<const BankLayer *> &layers);

private:
    // One entry kind's merged list: replaced in place by later layers, appended when new.
    template<class T>
    struct Section
    {
        std::vector<Entry<T>> entries;
        std::unordered_map<std::string, std::size_t> byId;
        // ids defined by the layer being read: a second one in the same layer is a duplicate
        std::unordered_map<std::string, std::pair<int, std::size_t>> inLayer;
    };

    // What every field reader needs: where the object is and who it belongs to.
    struct Ctx
    {
        int file;
        const Path &path;
        const Subject &subject;
    };

    void loadFile(int fileIndex, const std::string &folder);
    void report(Severity severity, int file, const std::string &pointer, const std::string &message);
    void report(Severity severity, const Ctx &c, const Path &path, const std::string &message)
    {
        report(severity, c.file, path.str(), message);
    }
    void reportAt(Severity severity, int file, std::size_t offset, const std::string &message);
    // Counts the problem; false (and the caller lists nothing) once the file has used its share.
    bool listable(Severity severity, int file);

    // Field readers: each reports its own problems and returns what it could read.
    void checkKeys(const Ctx &c, const json &obj, std::initializer_list<std::string_view> allowed)
    {
        checkKeys(c, obj, std::span<const std::string_view>(allowed.begin(), allowed.size()));
    }
    void checkKeys(const Ctx &c, const json &obj, std::span<const std::string_view> allowed);
    const json *field(const Ctx &c, const json &obj, std::string_view key, bool required);
    std::optional<std::string> readId(const Ctx &c, const json &obj);
    std::optional<LocalText> readText(
        const Ctx &c, const json &obj, std::string_view key, bool required, std::string_view label);
    // `label` is a whole phrase here ("the name", "step 2"), for list items that have no article.
    std::optional<LocalText> readTextValue(const Ctx &c, const json &v, const Path &path, std::string_view label,
        std::size_t number = std::string_view::npos);
    std::vector<LocalText> readTextList(
        const Ctx &c, const json &obj, std::string_view key, bool required, std::string_view label);
    std::string readPlainString(
        const Ctx &c, const json &obj, std::string_view key, bool required, std::string_view label);
    std::vector<std::string> readIdList(const Ctx &c, const json &obj, std::string_view key, bool required,
        std::string_view phrase, Kind target, Origin &origin);
    std::optional<std::string> readReference(
        const Ctx &c, const json &obj, std::string_view phrase, Origin &origin, std::size_t step);
    template<class E>
    std::optional<E> readEnum(
        const Ctx &c, const json &obj, std::string_view key, bool required, std::string_view label);
    template<class E>
    std::vector<E> readEnumList(const Ctx &c, const json &obj, std::string_view key, std::string_view label);
    std::vector<FigureCue> readCues(const Ctx &c, const json &figure);
    std::optional<long long> readInt(const Ctx &c, const json &v, const Path &path, std::string_view label,
        long long lo, long long hi, std::string_view unit);
    std::optional<Range> readRange(const Ctx &c, const json &obj, std::string_view key, std::string_view label, int lo,
        int hi, std::string_view unit);
    Dosage readDosage(const Ctx &c, const json &obj, std::string_view key, bool required);

    std::optional<Exercise> readExercise(const Ctx &c, const json &obj, const std::string &folder, Origin &origin);
    std::optional<Symptom> readSymptom(const Ctx &c, const json &obj, Origin &origin);
    std::optional<Condition> readCondition(const Ctx &c, const json &obj, Origin &origin);
    std::optional<Treatment> readTreatment(const Ctx &c, const json &obj, Origin &origin);
    std::optional<RedFlag> readRedFlag(const Ctx &c, const json &obj, Origin &origin);
    void checkAction(const Ctx &c, const RedFlag &flag);
    std::optional<RegionContacts> readRegion(const Ctx &c, const json &obj, Origin &origin);
    std::optional<Routine> readRoutine(const Ctx &c, const json &obj, Origin &origin);
    std::optional<Source> readSource(const Ctx &c, const json &obj, Origin &origin);
    std::string checkImage(const Ctx &c, const json &obj, const std::string &folder);
    std::optional<ExerciseFigure> readFigure(const Ctx &c, const json &obj);
    std::optional<double> readNumber(
        const Ctx &c, const json &v, const Path &path, std::string_view label, double lo, double hi);

    template<class T, class ReadFn>
    void readSection(int file, const json &root, std::string_view key, Kind kind, Section<T> &section, ReadFn readOne);
    template<class T>
    void checkReferences(const Section<T> &section, Kind kind);
    // Calls `visit` with the section that holds entries of `kind`.
    template<class F>
    decltype(auto) withSection(Kind kind, F &&visit) const;
    std::vector<std::string> idsOf(Kind kind) const;
    bool exists(Kind kind, const std::string &id) const;
    void startLayer();

    std::vector<FileRef> m_files;
    std::vector<Diagnostic> m_diagnostics;

    Section<Exercise> m_exercises;
    Section<Symptom> m_symptoms;
    Section<Condition> m_conditions;
    Section<Treatment> m_treatments;
    Section<RedFlag> m_redFlags;
    Section<Routine> m_routines;
    Section<Source> m_sources;
    Section<RegionContacts> m_regions;
};

bool Loader::listable(Severity severity, int file)
{
    FileRef &ref = m_files[static_cast<std::size_t>(file)];
    if (ref.problems < BankLoader::kMaxProblemsPerFile) {
        ++ref.problems;
        return true;
    }
    ++(severity == Severity::Error ? ref.unlistedErrors : ref.unlistedWarnings);
    return false;
}

void Loader::reportAt(Severity severity, int file, std::size_t offset, const std::string &message)
{
    if (!listable(severity, file))
        return;
    FileRef &ref = m_files[static_cast<std::size_t>(file)];
    Diagnostic d;
    d.severity = severity;
    d.file = printable(ref.file->name);
    const auto pos = ref.locate().positionAt(offset);
    d.line = pos.line;
    d.column = pos.column;
    d.message = printable(message);
    m_diagnostics.push_back(std::move(d));
}

void Loader::report(Severity severity, int file, const std::string &pointer, const std::string &message)
{
    if (!listable(severity, file))
        return;
    FileRef &ref = m_files[static_cast<std::size_t>(file)];
    Diagnostic d;
    d.severity = severity;
    d.file = printable(ref.file->name);
    const auto pos = ref.locate().positionOf(pointer);
    d.line = pos.line;
    d.column = pos.column;
    d.path = pointer.empty() ? std::string("/") : printable(pointer);
    d.message = printable(message);
    m_diagnostics.push_back(std::move(d));
}

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

std::vector<LocalText> Loader::readTextList(
    const Ctx &c, const json &obj, std::string_view key, bool required, std::string_view label)
{
    std::vector<LocalText> out;
    const json *v = field(c, obj, key, required);
    if (!v)
        return out;
    const Path p = c.path.member(key);
    if (!v->is_array()) {
        report(Severity::Error, c, p,
            c.subject.str() + ": " + quote(key) + " must be a list of text, not " + typeName(*v));
        return out;
    }
    if (required && v->empty())
        report(Severity::Error, c, p, c.subject.str() + ": " + quote(key) + " needs at least one entry");
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
    const json *v = field(c, obj, key, required);
    if (!v)
        return out;
    const Path p = c.path.member(key);
    if (!v->is_array()) {
        report(Severity::Error, c, p,
            c.subject.str() + ": " + quote(key) + " must be a list of " + std::string(kindWord(target)) + " ids, not " +
                typeName(*v));
        return out;
    }
    if (required && v->empty())
        report(Severity::Error, c, p, c.subject.str() + ": " + quote(key) + " needs at least one entry");
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

template<class E>
std::optional<E> Loader::readEnum(
    const Ctx &c, const json &obj, std::string_view key, bool required, std::string_view label)
{
    const json *v = field(c, obj, key, required);
    if (!v)
        return std::nullopt;
    const auto names = enumNames<E>();
    if (v->is_string()) {
        const auto &s = v->get_ref<const std::string &>();
        if (auto e = enumFromString<E>(s))
            return e;
        const auto guess = closestMatch(s, names);
        report(Severity::Error, c, c.path.member(key),
            c.subject.str() + ": " + quote(s) + " is not a known " + std::string(label) +
                (guess.empty() ? "; use one of: " + joinNames(names) : didYouMean(guess)));
        return std::nullopt;
    }
    report(Severity::Error, c, c.path.member(key),
        c.subject.str() + ": the " + std::string(label) + " must be one of " + joinNames(names) + ", not " +
            typeName(*v));
    return std::nullopt;
}

template<class E>
std::vector<E> Loader::readEnumList(const Ctx &c, const json &obj, std::string_view key, std::string_view label)
{
    std::vector<E> out;
    const json *v = field(c, obj, key, false);
    if (!v)
        return out;
    const Path p = c.path.member(key);
    if (!v->is_array()) {
        report(Severity::Error, c, p, c.subject.str() + ": " + quote(key) + " must be a list, not " + typeName(*v));
        return out;
    }
    const auto names = enumNames<E>();
    for (std::size_t i = 0; i < v->size(); ++i) {
        const json &item = (*v)[i];
        if (item.is_string()) {
            if (auto e = enumFromString<E>(item.get_ref<const std::string &>())) {
                out.push_back(*e);
                continue;
            }
            const auto &s = item.get_ref<const std::string &>();
            const auto guess = closestMatch(s, names);
            report(Severity::Error, c, p.at(i),
                c.subject.str() + ": " + quote(s) + " is not a known " + std::string(label) +
                    (guess.empty() ? "; use one of: " + joinNames(names) : didYouMean(guess)));
        } else {
            report(Severity::Error, c, p.at(i),
                c.subject.str() + ": each " + std::string(label) + " must be one of " + joinNames(names) + ", not " +
                    typeName(item));
        }
    }
    return out;
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
    const auto id = readId(c0, obj);
    const Subject subject{"exercise", id ? std::string_view(*id) : std::string_view(), c0.subject.number};
    const Ctx c{c0.file, c0.path, subject};
    checkKeys(c, obj,
        {"id", "name", "aliases", "summary", "category", "position", "equipment", "difficulty", "steps", "dosage",
            "cautions", "stopRules", "targets", "benefits", "related", "image", "notes", "sources", "figure"});
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
                subject.str() + ": 'targets' must be an object with 'symptoms' and 'conditions' lists");
        } else {
            const Ctx tc{c.file, p, subject};
            checkKeys(tc, *t, {"symptoms", "conditions"});
            e.targetSymptoms = readIdList(tc, *t, "symptoms", false, "targets the symptom", Kind::Symptom, origin);
            e.targetConditions =
                readIdList(tc, *t, "conditions", false, "targets the condition", Kind::Condition, origin);
        }
    }
    e.benefits = readText(c, obj, "benefits", false, "benefits");
    e.related = readIdList(c, obj, "related", false, "lists as related the exercise", Kind::Exercise, origin);
    if (id && std::find(e.related.begin(), e.related.end(), *id) != e.related.end())
        report(Severity::Warning, c, c.path.member("related"),
            subject.str() + " lists itself as related; list the other exercises that go with it");
    e.image = checkImage(c, obj, folder);
    if (!e.image.empty())
        e.imageFolder = folder;
    e.notes = readText(c, obj, "notes", false, "notes");
    e.sources = readIdList(c, obj, "sources", true, "cites the source", Kind::Source, origin);
    e.figure = readFigure(c, obj);
    if (e.dosage.reps && !e.dosage.holdSeconds && !e.dosage.tempoSecondsPerRep && !e.dosage.durationMinutes)
        report(Severity::Warning, c, c.path.member("dosage"),
            subject.str() +
                " has reps but neither 'holdSeconds' nor 'tempoSecondsPerRep', so the player has to "
                "guess how long each rep takes; add one of them");
    if (!id)
        return std::nullopt;
    e.id = *id;
    return e;
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

std::vector<FigureCue> Loader::readCues(const Ctx &c, const json &figure)
{
    std::vector<FigureCue> cues;
    const json *v = field(c, figure, "cues", false);
    if (!v)
        return cues;
    const Path p = c.path.member("cues");
    if (!v->is_array()) {
        report(Severity::Error, c, p,
            c.subject.str() +
                ": 'cues' must be a list of arrows such as {\"arrow\": \"rock\", \"at\": \"pelvis\"}, not " +
                typeName(*v));
        return cues;
    }
    cues.reserve(v->size());
    for (std::size_t i = 0; i < v->size(); ++i) {
        const json &item = (*v)[i];
        if (!item.is_object()) {
            report(Severity::Error, c, p.at(i),
                c.subject.str() + ": each cue must be an object with 'arrow' and 'at', not " + typeName(item));
            continue;
        }
        const Ctx cc{c.file, p.at(i), c.subject};
        checkKeys(cc, item, {"arrow", "at"});
        const auto arrow = readEnum<CueArrow>(cc, item, "arrow", true, "arrow");
        const auto at = readEnum<CuePlace>(cc, item, "at", true, "place for an arrow");
        if (arrow && at)
            cues.push_back({*arrow, *at});
    }
    return cues;
}

std::optional<ExerciseFigure> Loader::readFigure(const Ctx &c, const json &obj)
{
    const json *v = field(c, obj, "figure", false);
    if (!v)
        return std::nullopt;
    const Path p = c.path.member("figure");
    if (!v->is_object()) {
        report(Severity::Error, c, p,
            c.subject.str() + ": the figure must be an object with 'keyframes', not " + typeName(*v));
        return std::nullopt;
    }
    const Ctx fc{c.file, p, c.subject};
    checkKeys(fc, *v, {"props", "highlight", "cues", "hold", "keyframes"});
    ExerciseFigure figure;
    figure.props = readEnumList<Prop>(fc, *v, "props", "prop");
    figure.highlight = readEnumList<FigurePart>(fc, *v, "highlight", "part of the figure");
    figure.cues = readCues(fc, *v);
    const json *frames = field(fc, *v, "keyframes", true);
    if (!frames)
        return std::nullopt;
    const Path fp = p.member("keyframes");
    if (!frames->is_array() || frames->empty()) {
        report(Severity::Error, c, fp,
            c.subject.str() + ": the figure's 'keyframes' must be a list of at least one keyframe, not " +
                (frames->is_array() ? std::string("an empty list") : typeName(*frames)));
        return std::nullopt;
    }
    std::vector<std::string_view> poseKeys = {"pelvis", "trunk"};
    for (std::size_t j = 0; j < kJointCount; ++j)
        poseKeys.push_back(jointName(static_cast<Joint>(j)));
    std::vector<Keyframe> keyframes;
    bool ok = true;
    Pose pose; // each keyframe starts from the one before: it lists only what changes
    for (std::size_t i = 0; i < frames->size(); ++i) {
        const json &f = (*frames)[i];
        const Path pi = fp.at(i);
        const std::string which = "keyframe " + std::to_string(i + 1);
        if (!f.is_object()) {
            report(Severity::Error, c, pi, c.subject.str() + ": " + which + " must be an object, not " + typeName(f));
            ok = false;
            continue;
        }
        const Ctx kc{c.file, pi, c.subject};
        checkKeys(kc, f, {"name", "seconds", "easing", "pose"});
        Keyframe k;
        k.name = readPlainString(kc, f, "name", true, which + "'s name");
        if (!k.name.empty() && std::any_of(keyframes.begin(), keyframes.end(), [&k](const Keyframe &other) {
                return other.name == k.name;
            })) {
            report(Severity::Error, c, pi.member("name"),
                c.subject.str() + ": two keyframes are called " + quote(k.name) + "; each needs its own name");
            ok = false;
        }
        if (const json *sec = field(kc, f, "seconds", false)) {
            if (const auto d = readNumber(kc, *sec, pi.member("seconds"), which + "'s time", 0.05, 60))
                k.seconds = *d;
            else
                ok = false;
        }
        if (const json *e = field(kc, f, "easing", false)) {
            const auto easing = e->is_string() ? easingFromName(e->get_ref<const std::string &>()) : std::nullopt;
            if (easing) {
                k.easing = *easing;
            } else {
                report(Severity::Error, c, pi.member("easing"),
                    c.subject.str() + ": " + which +
                        "'s easing must be one of 'linear', 'ease-in', 'ease-out' or 'ease-in-out'");
                ok = false;
            }
        }
        const json *poseJson = field(kc, f, "pose", i == 0);
        if (poseJson && !poseJson->is_object()) {
            report(Severity::Error, c, pi.member("pose"),
                c.subject.str() + ": " + which + "'s pose must be an object of joint angles, not " +
                    typeName(*poseJson));
            ok = false;
        } else if (poseJson) {
            const Path pp = pi.member("pose");
            const Ctx pc{c.file, pp, c.subject};
            checkKeys(pc, *poseJson, poseKeys);
            for (auto it = poseJson->begin(); it != poseJson->end(); ++it) {
                const std::string &key = it.key();
                if (key == "pelvis") {
                    const json &xy = *it;
                    if (!xy.is_array() || xy.size() != 2 || !xy[0].is_number() || !xy[1].is_number()) {
                        report(Severity::Error, c, pp.member(key),
                            c.subject.str() + ": the pelvis must be [x, y] in centimetres, such as [0, 12]");
                        ok = false;
                        continue;
                    }
                    const auto x = readNumber(pc, xy[0], pp.member(key).at(0), "pelvis x", -300, 300);
                    const auto y = readNumber(pc, xy[1], pp.member(key).at(1), "pelvis y", 0, 300);
                    if (x && y)
                        pose.pelvis = {*x, *y};
                    else
                        ok = false;
                } else if (key == "trunk") {
                    if (const auto d = readNumber(pc, *it, pp.member(key), "trunk angle", -360, 360))
                        pose.trunk = *d;
                    else
                        ok = false;
                } else if (const auto joint = jointFromName(key)) {
                    const JointLimits limits = jointLimits(*joint);
                    if (const auto d =
                            readNumber(pc, *it, pp.member(key), std::string(key) + " angle", limits.min, limits.max))
                        pose.setAngle(*joint, *d);
                    else
                        ok = false;
                }
            }
        }
        k.pose = pose;
        keyframes.push_back(std::move(k));
    }
    std::size_t hold = keyframes.empty() ? 0 : keyframes.size() - 1;
    if (const json *h = field(fc, *v, "hold", false)) {
        const auto at = h->is_string()
            ? std::find_if(keyframes.begin(), keyframes.end(),
                  [h](const Keyframe &k) { return k.name == h->get_ref<const std::string &>(); })
            : keyframes.end();
        if (at == keyframes.end()) {
            std::vector<std::string> quoted;
            quoted.reserve(keyframes.size());
            for (const Keyframe &k : keyframes)
                quoted.push_back(quote(k.name));
            const std::vector<std::string_view> names(quoted.begin(), quoted.end());
            report(Severity::Error, c, p.member("hold"),
                c.subject.str() + ": the figure's 'hold' must name one of its keyframes: " + joinNames(names));
            ok = false;
        } else {
            hold = static_cast<std::size_t>(at - keyframes.begin());
        }
    }
    if (!ok)
        return std::nullopt;
    figure.motion = FigureMotion(std::move(keyframes), hold);
    return figure;
}

std::optional<Symptom> Loader::readSymptom(const Ctx &c0, const json &obj, Origin &origin)
{
    Symptom s;
    const auto id = readId(c0, obj);
    const Subject subject{"symptom", id ? std::string_view(*id) : std::string_view(), c0.subject.number};
    const Ctx c{c0.file, c0.path, subject};
    checkKeys(c, obj, {"id", "name", "description", "bodyRegions", "sensations", "sources"});
    s.name = readText(c, obj, "name", true, "name").value_or(LocalText());
    s.description = readText(c, obj, "description", true, "description").value_or(LocalText());
    s.bodyRegions = readEnumList<BodyRegion>(c, obj, "bodyRegions", "body region");
    s.sensations = readEnumList<Sensation>(c, obj, "sensations", "sensation");
    s.sources = readIdList(c, obj, "sources", true, "cites the source", Kind::Source, origin);
    if (!id)
        return std::nullopt;
    s.id = *id;
    return s;
}

std::optional<Condition> Loader::readCondition(const Ctx &c0, const json &obj, Origin &origin)
{
    Condition k;
    const auto id = readId(c0, obj);
    const Subject subject{"condition", id ? std::string_view(*id) : std::string_view(), c0.subject.number};
    const Ctx c{c0.file, c0.path, subject};
    checkKeys(c, obj,
        {"id", "name", "aliases", "summary", "symptoms", "suggestedExercises", "modifyOrAvoid", "careNotes", "notes",
            "sources"});
    k.name = readText(c, obj, "name", true, "name").value_or(LocalText());
    k.aliases = readTextList(c, obj, "aliases", false, "alias");
    k.summary = readText(c, obj, "summary", true, "summary").value_or(LocalText());
    k.symptoms = readIdList(c, obj, "symptoms", false, "lists the symptom", Kind::Symptom, origin);
    k.suggestedExercises =
        readIdList(c, obj, "suggestedExercises", false, "suggests the exercise", Kind::Exercise, origin);
    if (const json *m = field(c, obj, "modifyOrAvoid", false)) {
        const Path p = c.path.member("modifyOrAvoid");
        if (!m->is_array()) {
            report(Severity::Error, c, p, subject.str() + ": 'modifyOrAvoid' must be a list, not " + typeName(*m));
        } else {
            for (std::size_t i = 0; i < m->size(); ++i) {
                const Path pi = p.at(i);
                const json &item = (*m)[i];
                if (!item.is_object()) {
                    report(Severity::Error, c, pi,
                        subject.str() + ": each 'modifyOrAvoid' entry must be an object with 'exercise' and 'reason'");
                    continue;
                }
                const Ctx ic{c.file, pi, subject};
                checkKeys(ic, item, {"exercise", "reason"});
                ExerciseCaution caution;
                caution.exercise =
                    readReference(ic, item, "says to modify or avoid the exercise", origin, std::string_view::npos)
                        .value_or("");
                caution.reason = readText(ic, item, "reason", true, "reason").value_or(LocalText());
                k.modifyOrAvoid.push_back(std::move(caution));
            }
        }
    }
    // A patient told to do an exercise and to avoid it for one condition cannot follow both.
    for (std::size_t i = 0; i < k.modifyOrAvoid.size(); ++i) {
        const std::string &exercise = k.modifyOrAvoid[i].exercise;
        if (!exercise.empty() &&
            std::find(k.suggestedExercises.begin(), k.suggestedExercises.end(), exercise) != k.suggestedExercises.end())
            report(Severity::Warning, c, c.path.member("modifyOrAvoid").at(i),
                subject.str() + " both suggests " + quote(exercise) +
                    " and says to modify or avoid it; keep it in one list (where sources differ, say so in the "
                    "reason)");
    }
    k.careNotes = readIdList(c, obj, "careNotes", false, "points to the care note", Kind::Treatment, origin);
    k.notes = readText(c, obj, "notes", false, "notes");
    k.sources = readIdList(c, obj, "sources", true, "cites the source", Kind::Source, origin);
    if (!id)
        return std::nullopt;
    k.id = *id;
    return k;
}

std::optional<Treatment> Loader::readTreatment(const Ctx &c0, const json &obj, Origin &origin)
{
    Treatment t;
    const auto id = readId(c0, obj);
    const Subject subject{"care note", id ? std::string_view(*id) : std::string_view(), c0.subject.number};
    const Ctx c{c0.file, c0.path, subject};
    checkKeys(c, obj, {"id", "title", "summary", "category", "points", "perspectives", "sources"});
    t.title = readText(c, obj, "title", true, "title").value_or(LocalText());
    t.summary = readText(c, obj, "summary", true, "summary").value_or(LocalText());
    t.category =
        readEnum<TreatmentCategory>(c, obj, "category", true, "category").value_or(TreatmentCategory::SelfCare);
    t.points = readTextList(c, obj, "points", false, "point");
    if (const json *ps = field(c, obj, "perspectives", false)) {
        const Path p = c.path.member("perspectives");
        if (!ps->is_array()) {
            report(Severity::Error, c, p, subject.str() + ": 'perspectives' must be a list, not " + typeName(*ps));
        } else {
            for (std::size_t i = 0; i < ps->size(); ++i) {
                const Path pi = p.at(i);
                const json &item = (*ps)[i];
                if (!item.is_object()) {
                    report(Severity::Error, c, pi,
                        subject.str() + ": each perspective must be an object with 'label' and 'text'");
                    continue;
                }
                const Ctx ic{c.file, pi, subject};
                checkKeys(ic, item, {"label", "text", "sources"});
                Perspective view;
                view.label = readText(ic, item, "label", true, "perspective label").value_or(LocalText());
                view.text = readText(ic, item, "text", true, "perspective text").value_or(LocalText());
                view.sources = readIdList(ic, item, "sources", false, "cites the source", Kind::Source, origin);
                t.perspectives.push_back(std::move(view));
            }
        }
    }
    t.sources = readIdList(c, obj, "sources", true, "cites the source", Kind::Source, origin);
    if (!id)
        return std::nullopt;
    t.id = *id;
    return t;
}

std::optional<RedFlag> Loader::readRedFlag(const Ctx &c0, const json &obj, Origin &origin)
{
    RedFlag r;
    const auto id = readId(c0, obj);
    const Subject subject{"red flag", id ? std::string_view(*id) : std::string_view(), c0.subject.number};
    const Ctx c{c0.file, c0.path, subject};
    checkKeys(c, obj, {"id", "question", "description", "urgency", "action", "sources"});
    r.question = readText(c, obj, "question", true, "question").value_or(LocalText());
    r.description = readText(c, obj, "description", true, "description").value_or(LocalText());
    r.urgency = readEnum<Urgency>(c, obj, "urgency", true, "urgency").value_or(Urgency::Emergency);
    r.action = readText(c, obj, "action", true, "action").value_or(LocalText());
    r.sources = readIdList(c, obj, "sources", true, "cites the source", Kind::Source, origin);
    checkAction(c, r);
    if (!id)
        return std::nullopt;
    r.id = *id;
    return r;
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
    const auto id = readId(c0, obj);
    const Subject subject{"region", id ? std::string_view(*id) : std::string_view(), c0.subject.number};
    const Ctx c{c0.file, c0.path, subject};
    checkKeys(c, obj, {"id", "emergency", "urgent", "sources"});
    r.emergency = readText(c, obj, "emergency", true, "emergency phrase").value_or(LocalText());
    r.urgent = readText(c, obj, "urgent", true, "urgent phrase").value_or(LocalText());
    r.sources = readIdList(c, obj, "sources", true, "cites the source", Kind::Source, origin);
    for (const auto &[key, text] : {std::pair{"emergency", &r.emergency}, std::pair{"urgent", &r.urgent}})
        if (!text->empty() && text->english().back() == '.')
            report(Severity::Warning, c, c.path.member(key),
                subject.str() + ": " + quote(key) +
                    " is put in the middle of a sentence, so it should not end with a full stop");
    if (!id)
        return std::nullopt;
    const std::optional<Region> region = enumFromString<Region>(*id);
    if (!region) {
        report(Severity::Error, c, c.path.member("id"),
            subject.str() + ": there is no such region; use one of " + joinNames(enumNames<Region>()));
        return std::nullopt;
    }
    r.id = *id;
    r.region = *region;
    return r;
}

std::optional<Routine> Loader::readRoutine(const Ctx &c0, const json &obj, Origin &origin)
{
    Routine r;
    const auto id = readId(c0, obj);
    const Subject subject{"routine", id ? std::string_view(*id) : std::string_view(), c0.subject.number};
    const Ctx c{c0.file, c0.path, subject};
    checkKeys(c, obj, {"id", "name", "purpose", "audience", "patient", "items", "timesPerDay", "notes", "sources"});
    r.name = readText(c, obj, "name", true, "name").value_or(LocalText());
    r.purpose = readText(c, obj, "purpose", true, "purpose").value_or(LocalText());
    r.audience = readText(c, obj, "audience", true, "audience").value_or(LocalText());
    if (const json *items = field(c, obj, "items", true)) {
        const Path p = c.path.member("items");
        if (!items->is_array()) {
            report(Severity::Error, c, p, subject.str() + ": 'items' must be a list of steps, not " + typeName(*items));
        } else if (items->empty()) {
            report(Severity::Error, c, p, subject.str() + " has no steps; add at least one exercise to 'items'");
        } else {
            for (std::size_t i = 0; i < items->size(); ++i) {
                const Path pi = p.at(i);
                Subject stepSubject = subject;
                stepSubject.step = i;
                const json &item = (*items)[i];
                if (!item.is_object()) {
                    report(Severity::Error, c, pi,
                        stepSubject.str() + " must be an object such as {\"exercise\": \"bridge\"}, not " +
                            typeName(item));
                    continue;
                }
                const Ctx ic{c.file, pi, stepSubject};
                checkKeys(ic, item, {"exercise", "dosage", "note"});
                RoutineItem ri;
                ri.exercise = readReference(ic, item, "names exercise", origin, i).value_or("");
                if (item.contains("dosage"))
                    ri.dosage = readDosage(ic, item, "dosage", false);
                ri.note = readText(ic, item, "note", false, "note");
                r.items.push_back(std::move(ri));
            }
        }
    }
    r.timesPerDay = readRange(c, obj, "timesPerDay", "times per day", 1, 12, "");
    r.notes = readText(c, obj, "notes", false, "notes");
    if (std::string patient = readPlainString(c, obj, "patient", false, "patient's name"); !patient.empty())
        r.patient = std::move(patient);
    r.sources = readIdList(c, obj, "sources", false, "cites the source", Kind::Source, origin);
    if (!id)
        return std::nullopt;
    r.id = *id;
    return r;
}

std::optional<Source> Loader::readSource(const Ctx &c0, const json &obj, Origin &)
{
    Source s;
    const auto id = readId(c0, obj);
    const Subject subject{"source", id ? std::string_view(*id) : std::string_view(), c0.subject.number};
    const Ctx c{c0.file, c0.path, subject};
    checkKeys(c, obj, {"id", "title", "publisher", "url", "kind", "authority", "note", "year"});
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
                subject.str() +
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
    if (!id)
        return std::nullopt;
    s.id = *id;
    return s;
}

template<class T, class ReadFn>
void Loader::readSection(
    int file, const json &root, std::string_view key, Kind kind, Section<T> &section, ReadFn readOne)
{
    const auto it = root.find(key);
    if (it == root.end())
        return;
    const Path rootPath;
    const Path p = rootPath.member(key);
    if (!it->is_array()) {
        report(Severity::Error, file, p.str(),
            quote(key) + " must be a list of " + std::string(kindWord(kind)) + "s, not " + typeName(*it));
        return;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json &obj = (*it)[i];
        const Path pi = p.at(i);
        const Subject subject{kindWord(kind), {}, i + 1};
        if (!obj.is_object()) {
            report(Severity::Error, file, pi.str(),
                subject.str() + " in " + quote(key) + " must be an object, not " + typeName(obj));
            continue;
        }
        Origin origin{file, key, i, {}};
        std::optional<T> value = readOne(Ctx{file, pi, subject}, obj, origin);
        if (!value)
            continue;
        // The same id twice in one layer is a mistake; in a later layer it replaces the earlier entry on purpose.
        const auto [dup, fresh] = section.inLayer.try_emplace(value->id, file, i);
        if (!fresh) {
            const auto [firstFile, firstIndex] = dup->second;
            const std::string firstPointer = "/" + std::string(key) + "/" + std::to_string(firstIndex) + "/id";
            const auto pos = m_files[static_cast<std::size_t>(firstFile)].locate().positionOf(firstPointer);
            report(Severity::Error, file, pi.member("id").str(),
                "the " + std::string(kindWord(kind)) + " id " + quote(value->id) +
                    " is used twice; it was first used at " + m_files[static_cast<std::size_t>(firstFile)].file->name +
                    ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ". Ids must be unique");
            continue;
        }
        Entry<T> entry{std::move(*value), std::move(origin)};
        if (const auto existing = section.byId.find(entry.value.id); existing != section.byId.end()) {
            section.entries[existing->second] = std::move(entry);
        } else {
            section.byId.emplace(entry.value.id, section.entries.size());
            section.entries.push_back(std::move(entry));
        }
    }
}

void Loader::loadFile(int fileIndex, const std::string &folder)
{
    FileRef &ref = m_files[static_cast<std::size_t>(fileIndex)];
    std::string_view text = ref.file->text;
    if (text.size() > BankLoader::kMaxFileBytes) {
        Diagnostic d{Severity::Error, ref.file->name, 0, 0, {},
            "the file is " + std::to_string(text.size() >> 20) + " MiB; bank files may be at most " +
                std::to_string(BankLoader::kMaxFileBytes >> 20) + " MiB. Split it into smaller files"};
        m_diagnostics.push_back(std::move(d));
        return;
    }
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3); // editors on Windows add a byte-order mark; it carries no meaning
    ref.text = text;
    if (isBlank(text)) {
        reportAt(Severity::Error, fileIndex, 0,
            "the file is empty; a bank file holds one JSON object with "
            "\"format\": \"lumbar-relief-bank\" and \"version\": 1");
        return;
    }
    if (const auto bad = firstInvalidUtf8(text); bad != std::string_view::npos) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
        reportAt(Severity::Error, fileIndex, bad,
            std::string("the file is not valid UTF-8 text (byte ") + hex + " here); save it with the UTF-8 encoding");
        return;
    }
    std::size_t values = 0;
    if (const auto deep = firstTooDeep(text, BankLoader::kMaxDepth, values); deep != std::string_view::npos) {
        reportAt(Severity::Error, fileIndex, deep,
            "the file nests lists and objects more than " + std::to_string(BankLoader::kMaxDepth) +
                " levels deep; no bank file needs that, so it was not read");
        return;
    }
    if (values > BankLoader::kMaxValues) {
        // Parsed, millions of tiny values would take many times the file's size in memory.
        reportAt(Severity::Error, fileIndex, 0,
            "the file holds more than " + std::to_string(BankLoader::kMaxValues) +
                " values; no bank file needs that many, so it was not read. Split it into smaller files");
        return;
    }
    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::parse_error &e) {
        std::string detail = e.what();
        // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error while parsing …"
        if (const auto colon = detail.find(": "); colon != std::string::npos)
            detail = detail.substr(colon + 2);
        const std::size_t at = std::min(e.byte > 0 ? e.byte - 1 : 0, text.size());
        const bool endedEarly = e.byte >= text.size();
        reportAt(Severity::Error, fileIndex, at,
            (endedEarly ? "the file stops in the middle (was it only partly saved?): " : "this is not valid JSON: ") +
                detail);
        return;
    } catch (const json::exception &e) {
        // A number too large for a double ("1e400") is refused while parsing, with no position; find it.
        std::string detail = e.what();
        std::size_t at = 0;
        if (const auto q = detail.find('\''); q != std::string::npos) {
            const auto literal = detail.substr(q + 1, detail.rfind('\'') - q - 1);
            if (!literal.empty())
                at = findNumberLiteral(text, literal);
        }
        reportAt(Severity::Error, fileIndex, at, "this number is far too large; no count or time in a bank needs it");
        return;
    }
    if (!root.is_object()) {
        report(Severity::Error, fileIndex, "",
            "a bank file must hold one JSON object ({ … }) with \"format\" and \"version\", not " + typeName(root));
        return;
    }
    const auto fmt = root.find("format");
    if (fmt == root.end()) {
        report(Severity::Error, fileIndex, "",
            "the file does not say what it is: add \"format\": \"lumbar-relief-bank\" and \"version\": 1");
        return;
    }
    if (!fmt->is_string() || fmt->get_ref<const std::string &>() != kFormatName) {
        report(Severity::Error, fileIndex, "/format",
            "this is not a Lumbar Relief bank file: \"format\" must be \"lumbar-relief-bank\"");
        return;
    }
    const auto ver = root.find("version");
    if (ver == root.end()) {
        report(
            Severity::Error, fileIndex, "", "the file does not say which format version it uses: add \"version\": 1");
        return;
    }
    // 1, 1.0 (the schema's view: the same number) or a far newer version written any way at all.
    const bool whole = ver->is_number_integer() ||
        (ver->is_number_float() && std::isfinite(ver->get<double>()) &&
            ver->get<double>() == std::floor(ver->get<double>()));
    const double version = whole ? ver->get<double>() : 0.0;
    if (!whole || version < 1) {
        report(Severity::Error, fileIndex, "/version", "\"version\" must be a whole number such as 1");
        return;
    }
    if (version > BankLoader::kFormatVersion) {
        const std::string shown = version < 1e9 ? std::to_string(static_cast<long long>(version)) : ver->dump();
        report(Severity::Error, fileIndex, "/version",
            "this file uses bank format version " + shown + ", but this version of Lumbar Relief understands version " +
                std::to_string(BankLoader::kFormatVersion) + " only; update the app to use it");
        return;
    }
    if (const auto schema = root.find("$schema"); schema != root.end() && !schema->is_string()) {
        report(Severity::Error, fileIndex, "/$schema",
            "\"$schema\" must be the path or address of the JSON Schema, as text");
        return;
    }
    const Path top;
    const Subject theFile;
    checkKeys(Ctx{fileIndex, top, theFile}, root,
        {"$schema", "format", "version", "exercises", "symptoms", "conditions", "treatments", "redFlags", "routines",
            "sources", "regions"});

    readSection(fileIndex, root, "sources", Kind::Source, m_sources,
        [this](const Ctx &c, const json &o, Origin &og) { return readSource(c, o, og); });
    readSection(fileIndex, root, "symptoms", Kind::Symptom, m_symptoms,
        [this](const Ctx &c, const json &o, Origin &og) { return readSymptom(c, o, og); });
    readSection(fileIndex, root, "conditions", Kind::Condition, m_conditions,
        [this](const Ctx &c, const json &o, Origin &og) { return readCondition(c, o, og); });
    readSection(fileIndex, root, "treatments", Kind::Treatment, m_treatments,
        [this](const Ctx &c, const json &o, Origin &og) { return readTreatment(c, o, og); });
    readSection(fileIndex, root, "redFlags", Kind::RedFlag, m_redFlags,
        [this](const Ctx &c, const json &o, Origin &og) { return readRedFlag(c, o, og); });
    readSection(fileIndex, root, "regions", Kind::Region, m_regions,
        [this](const Ctx &c, const json &o, Origin &og) { return readRegion(c, o, og); });
    readSection(fileIndex, root, "exercises", Kind::Exercise, m_exercises,
        [this, &folder](const Ctx &c, const json &o, Origin &og) { return readExercise(c, o, folder, og); });
    readSection(fileIndex, root, "routines", Kind::Routine, m_routines,
        [this](const Ctx &c, const json &o, Origin &og) { return readRoutine(c, o, og); });
}

template<class F>
decltype(auto) Loader::withSection(Kind kind, F &&visit) const
{
    switch (kind) {
    case Kind::Exercise:
        return visit(m_exercises);
    case Kind::Symptom:
        return visit(m_symptoms);
    case Kind::Condition:
        return visit(m_conditions);
    case Kind::Treatment:
        return visit(m_treatments);
    case Kind::RedFlag:
        return visit(m_redFlags);
    case Kind::Routine:
        return visit(m_routines);
    case Kind::Region:
        return visit(m_regions);
    case Kind::Source:
        break;
    }
    return visit(m_sources);
}

bool Loader::exists(Kind kind, const std::string &id) const
{
    return withSection(kind, [&id](const auto &section) { return section.byId.contains(id); });
}

std::vector<std::string> Loader::idsOf(Kind kind) const
{
    std::vector<std::string> ids = withSection(kind, [](const auto &section) {
        std::vector<std::string> found;
        found.reserve(section.byId.size());
        for (const auto &[id, _] : section.byId)
            found.push_back(id);
        return found;
    });
    std::sort(ids.begin(), ids.end()); // a stable suggestion whatever the hash order
    return ids;
}

template<class T>
void Loader::checkReferences(const Section<T> &section, Kind kind)
{
    for (const auto &entry : section.entries) {
        for (const auto &ref : entry.origin.references) {
            if (exists(ref.target, ref.id))
                continue;
            const Subject owner{kindWord(kind), entry.value.id, entry.origin.index + 1, ref.step};
            report(Severity::Error, entry.origin.file, ref.pointer,
                owner.str() + " " + std::string(ref.phrase) + " " + quote(ref.id) + ", which does not exist" +
                    didYouMean(closestMatch(ref.id, idsOf(ref.target))));
        }
    }
}

void Loader::startLayer()
{
    m_exercises.inLayer.clear();
    m_symptoms.inLayer.clear();
    m_conditions.inLayer.clear();
    m_treatments.inLayer.clear();
    m_redFlags.inLayer.clear();
    m_routines.inLayer.clear();
    m_sources.inLayer.clear();
    m_regions.inLayer.clear();
}

template<class T>
std::vector<T> valuesOf(std::vector<Entry<T>> &entries)
{
    std::vector<T> out;
    out.reserve(entries.size());
    for (auto &e : entries)
        out.push_back(std::move(e.value));
    return out;
}

LoadResult Loader::run(const std::vector<const BankLayer *> &layers)
{
    for (const BankLayer *layer : layers)
        for (const auto &file : layer->files) {
            FileRef &ref = m_files.emplace_back();
            ref.file = &file;
            ref.text = file.text;
        }
    int fileIndex = 0;
    for (const BankLayer *layer : layers) {
        startLayer();
        for (const auto &d : layer->readProblems)
            m_diagnostics.push_back(d);
        for (std::size_t i = 0; i < layer->files.size(); ++i)
            loadFile(fileIndex++, layer->folder);
    }
    checkReferences(m_exercises, Kind::Exercise);
    checkReferences(m_symptoms, Kind::Symptom);
    checkReferences(m_conditions, Kind::Condition);
    checkReferences(m_treatments, Kind::Treatment);
    checkReferences(m_redFlags, Kind::RedFlag);
    checkReferences(m_routines, Kind::Routine);
    checkReferences(m_sources, Kind::Source);
    checkReferences(m_regions, Kind::Region);

    // Report in reading order: by file as loaded, then by position, whatever order the checks ran in.
    std::unordered_map<std::string, std::size_t> fileOrder;
    for (std::size_t i = 0; i < m_files.size(); ++i)
        fileOrder.emplace(printable(m_files[i].file->name), i + 1);
    auto orderOf = [&fileOrder](const Diagnostic &d) {
        const auto it = fileOrder.find(d.file);
        return std::make_tuple(it == fileOrder.end() ? std::size_t{0} : it->second, d.line, d.column);
    };
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
        [&orderOf](const Diagnostic &a, const Diagnostic &b) { return orderOf(a) < orderOf(b); });
    // A file with too many problems to list ends with a line that says how many more there are.
    for (const FileRef &ref : m_files) {
        const int unlisted = ref.unlistedErrors + ref.unlistedWarnings;
        if (unlisted == 0)
            continue;
        Diagnostic more;
        more.severity = ref.unlistedErrors > 0 ? Severity::Error : Severity::Warning;
        more.file = printable(ref.file->name);
        more.message = "…and " + std::to_string(unlisted) + " more problem" + (unlisted == 1 ? "" : "s") +
            " in this file (" + std::to_string(ref.unlistedErrors) + " errors, " +
            std::to_string(ref.unlistedWarnings) + " warnings), not listed; fix the ones above first";
        const auto after = std::find_if(
            m_diagnostics.rbegin(), m_diagnostics.rend(), [&more](const Diagnostic &d) { return d.file == more.file; });
        m_diagnostics.insert(after.base(), std::move(more));
    }

    LoadResult result;
    result.errors = countOf(m_diagnostics, Severity::Error);
    result.warnings = countOf(m_diagnostics, Severity::Warning);
    for (const FileRef &ref : m_files) {
        // The closing "…and N more" line stands for N problems, not one.
        if (ref.unlistedErrors + ref.unlistedWarnings > 0)
            --(ref.unlistedErrors > 0 ? result.errors : result.warnings);
        result.errors += ref.unlistedErrors;
        result.warnings += ref.unlistedWarnings;
    }
    if (!hasErrors(m_diagnostics)) {
        ContentBank::Data data;
        data.exercises = valuesOf(m_exercises.entries);
        data.symptoms = valuesOf(m_symptoms.entries);
        data.conditions = valuesOf(m_conditions.entries);
        data.treatments = valuesOf(m_treatments.entries);
        data.redFlags = valuesOf(m_redFlags.entries);
        data.routines = valuesOf(m_routines.entries);
        data.sources = valuesOf(m_sources.entries);
        data.regions = valuesOf(m_regions.entries);
        result.bank = std::make_shared<const ContentBank>(std::move(data));
    }
    result.diagnostics = std::move(m_diagnostics);
    return result;
}

} // namespace

BankLayer BankLoader::readFolder(const fs::path &folder)
{
    BankLayer layer;
    const std::string shown = printable(folder.generic_string());
    std::error_code ec;
    if (!fs::exists(folder, ec)) {
        layer.readProblems.push_back({Severity::Error, shown, 0, 0, {}, "the bank folder does not exist"});
        return layer;
    }
    if (!fs::is_directory(folder, ec)) {
        layer.readProblems.push_back({Severity::Error, shown, 0, 0, {}, "this is a file, not a bank folder"});
        return layer;
    }
    const fs::path base = fs::canonical(folder, ec);
    layer.folder = base.string();
    std::vector<fs::path> names;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path p = it->path();
        const std::string name = p.filename().string();
        std::error_code dec;
        if (name.empty() || name.front() == '.' || p.extension() != ".json" || it->is_directory(dec))
            continue; // editors' lock and backup files, sub-folders, and anything that isn't a bank file
        if (names.size() == kMaxFiles) {
            layer.readProblems.push_back({Severity::Error, shown, 0, 0, {},
                "the bank folder holds more than " + std::to_string(kMaxFiles) +
                    " .json files; no bank needs that many, so none were read"});
            return layer;
        }
        names.push_back(p);
    }
    if (ec)
        layer.readProblems.push_back(
            {Severity::Error, shown, 0, 0, {}, "the folder could not be read: " + ec.message()});
    std::sort(names.begin(), names.end());
    if (names.empty() && !ec)
        layer.readProblems.push_back({Severity::Warning, shown, 0, 0, {}, "the bank folder has no .json files"});
    std::size_t totalBytes = 0;
    for (const auto &p : names) {
        const std::string display = (folder / p.filename()).generic_string();
        const std::string displayed = printable(display);
        std::error_code fec;
        const fs::path real = fs::canonical(p, fec);
        if (fec || real.parent_path() != base) {
            layer.readProblems.push_back({Severity::Error, displayed, 0, 0, {},
                "this file links to a place outside the bank folder; it was not read"});
            continue;
        }
        if (!fs::is_regular_file(real, fec)) {
            layer.readProblems.push_back(
                {Severity::Error, displayed, 0, 0, {}, "this is not a regular file; it was not read"});
            continue;
        }
        const auto size = fs::file_size(real, fec);
        if (!fec && size > kMaxFileBytes) {
            layer.readProblems.push_back({Severity::Error, displayed, 0, 0, {},
                "the file is " + std::to_string(size >> 20) + " MiB; bank files may be at most " +
                    std::to_string(kMaxFileBytes >> 20) + " MiB. Split it into smaller files"});
            continue;
        }
        totalBytes += fec ? 0 : static_cast<std::size_t>(size);
        if (totalBytes > kMaxFolderBytes) {
            layer.readProblems.push_back({Severity::Error, displayed, 0, 0, {},
                "the bank's files add up to more than " + std::to_string(kMaxFolderBytes >> 20) +
                    " MiB; this file and the ones after it were not read"});
            break;
        }
        std::ifstream in(real, std::ios::binary);
        std::string text;
        if (!fec) {
            text.resize(static_cast<std::size_t>(size));
            in.read(text.data(), static_cast<std::streamsize>(size));
            text.resize(static_cast<std::size_t>(in.gcount()));
        }
        if (fec || (!in.good() && !in.eof())) {
            layer.readProblems.push_back({Severity::Error, displayed, 0, 0, {}, "the file could not be read"});
            continue;
        }
        layer.files.push_back({display, std::move(text)});
    }
    return layer;
}

LoadResult BankLoader::load(const std::vector<const BankLayer *> &layers)
{
    return Loader().run(layers);
}

LayeredBank loadWithFallback(const BankLayer &builtIn, const BankLayer *user, const BankLayer *routines)
{
    LayeredBank out;
    std::vector<const BankLayer *> base{&builtIn};
    LoadResult current;
    if (user) {
        LoadResult both = BankLoader::load({&builtIn, user});
        out.userDiagnostics = std::move(both.diagnostics);
        if (both.ok()) {
            base.push_back(user);
            current = std::move(both);
            out.usingUserBank = true;
        }
    }
    if (routines && (!routines->files.empty() || !routines->readProblems.empty())) {
        out.routineDiagnostics = routines->readProblems;
        // First all of them; if any has an error, again without the files that had one.
        BankLayer kept = *routines;
        kept.readProblems.clear();
        for (int attempt = 0; attempt < 2 && !kept.files.empty(); ++attempt) {
            std::vector<const BankLayer *> layers = base;
            layers.push_back(&kept);
            LoadResult withRoutines = BankLoader::load(layers);
            const auto inKept = [&kept](const Diagnostic &d) {
                return std::any_of(
                    kept.files.begin(), kept.files.end(), [&d](const BankFile &f) { return f.name == d.file; });
            };
            if (withRoutines.ok()) {
                for (Diagnostic &d : withRoutines.diagnostics)
                    if (inKept(d))
                        out.routineDiagnostics.push_back(std::move(d));
                current = std::move(withRoutines);
                break;
            }
            // The second time round every remaining file goes: their problems were not in one file alone.
            std::vector<std::string> brokenFiles;
            for (const BankFile &f : kept.files)
                if (attempt == 1 ||
                    std::any_of(withRoutines.diagnostics.begin(), withRoutines.diagnostics.end(),
                        [&f](const Diagnostic &d) { return d.severity == Severity::Error && d.file == f.name; }))
                    brokenFiles.push_back(f.name);
            const auto broken = [&brokenFiles](const std::string &file) {
                return std::find(brokenFiles.begin(), brokenFiles.end(), file) != brokenFiles.end();
            };
            for (Diagnostic &d : withRoutines.diagnostics)
                if (broken(d.file))
                    out.routineDiagnostics.push_back(std::move(d));
            out.leftOutRoutineFiles.insert(out.leftOutRoutineFiles.end(), brokenFiles.begin(), brokenFiles.end());
            std::vector<BankFile> stay;
            for (BankFile &f : kept.files)
                if (!broken(f.name))
                    stay.push_back(std::move(f));
            kept.files = std::move(stay);
        }
    }
    if (current.ok()) {
        out.bank = std::move(current.bank);
        return out;
    }
    LoadResult fallback = BankLoader::load(base);
    out.bank = std::move(fallback.bank);
    if (!out.usingUserBank)
        out.builtInDiagnostics = std::move(fallback.diagnostics);
    return out;
}

} // namespace lumbar
