// The bank loader's inner workings, shared by the files that read one kind of thing each: where a value stands in its
// file (Path), whom a message is about (Subject), where an entry came from (Origin), and the Loader that reads every
// layer, reports each problem once and merges the layers by id. Only bankloader.cpp's BankLoader uses it.
#pragma once

#include "bankloader.h"
#include "messagewords.h"

#include "core/jsonlocator.h"
#include "core/textmatch.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lumbar::bankload {

using nlohmann::json;

inline constexpr std::string_view kFormatName = "lumbar-relief-bank";

// ---------------------------------------------------------------------------------------------------------------
// Where each entry came from, so later checks (duplicates, references) can point back at it.

enum class Kind { Exercise, Symptom, Condition, Treatment, RedFlag, Routine, Source, Region };

inline constexpr std::array<std::string_view, 8> kKindWord{
    "exercise", "symptom", "condition", "care note", "red flag", "routine", "source", "region"};

inline std::string_view kindWord(Kind k)
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

    // How each entry reader begins: the entry's id, and a context that names the entry in every message
    // ("exercise 'bridge'", or "exercise number 4" without a usable id) with its unknown keys reported. It stays
    // where it is made, as its subject views its id.
    struct EntryContext
    {
        EntryContext(Loader &loader, const Ctx &outer, const json &obj, std::string_view kind,
            std::initializer_list<std::string_view> keys);
        EntryContext(const EntryContext &) = delete;
        EntryContext &operator=(const EntryContext &) = delete;
        ~EntryContext() = default;

        // `entry` with its id; an entry is kept only with a usable id, as without one nothing can refer to it.
        template<class T>
        std::optional<T> keep(T entry) const
        {
            if (!id)
                return std::nullopt;
            entry.id = *id;
            return entry;
        }

        const std::optional<std::string> id;
        const Subject subject;
        const Ctx c;
    };

    void loadFile(int fileIndex, const std::string &folder);
    void report(Severity severity, int file, const std::string &pointer, const std::string &message);
    void report(Severity severity, const Ctx &c, const Path &path, const std::string &message)
    {
        report(severity, c.file, path.str(), message);
    }
    void reportAt(Severity severity, int file, std::size_t offset, const std::string &message);
    // Lists one problem at `at`, with its JSON pointer when it has one.
    void add(Severity severity, int file, TextPosition at, std::string pointer, const std::string &message);
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
    // The list at `key`, or null when it is missing or not a list (reported, naming what it holds: `items`, such as
    // "text"); an empty list is reported when the field is required.
    const json *listField(const Ctx &c, const json &obj, std::string_view key, bool required, const std::string &items);
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

    // The loop every list of objects in the bank needs: `readItem(item, path, index)` for each object in `list` (at
    // `path`); a value that is not a list, or an item that is not an object, is reported in the caller's words
    // (`listProblem()`, `itemProblem(index, item)`). False when anything was reported.
    template<class ListProblem, class ItemProblem, class ReadItem>
    bool eachObject(const Ctx &c, const json &list, const Path &path, ListProblem listProblem, ItemProblem itemProblem,
        ReadItem readItem);

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

template<class ListProblem, class ItemProblem, class ReadItem>
bool Loader::eachObject(const Ctx &c, const json &list, const Path &path, ListProblem listProblem,
    ItemProblem itemProblem, ReadItem readItem)
{
    if (!list.is_array()) {
        report(Severity::Error, c, path, listProblem());
        return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const json &item = list[i];
        const Path itemPath = path.at(i);
        if (!item.is_object()) {
            report(Severity::Error, c, itemPath, itemProblem(i, item));
            ok = false;
            continue;
        }
        readItem(item, itemPath, i);
    }
    return ok;
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
    const json *v = listField(c, obj, key, false, {});
    if (!v)
        return out;
    const Path p = c.path.member(key);
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

} // namespace lumbar::bankload
