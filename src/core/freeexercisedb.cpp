#include "freeexercisedb.h"

#include "core/bank/bankloader.h"
#include "routinefile.h"
#include "shippedbank.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>

namespace lumbar {

namespace {

using json = nlohmann::json;
using ordered = nlohmann::ordered_json;

constexpr std::size_t kMaxNameLength = 200;
constexpr std::size_t kMaxStepLength = 3000;
constexpr std::size_t kMaxSteps = 60;

// One line of plain text: control characters become spaces, runs of white space one space, no space at the ends.
std::string clean(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        const bool space = c < 0x20 || c == 0x7f || c == ' ';
        if (space) {
            if (!out.empty() && out.back() != ' ')
                out += ' ';
        } else {
            out += ch;
        }
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(
        out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// A text field, or nullopt when it is missing, null or not text.
std::optional<std::string> textOf(const json &entry, const char *key)
{
    const auto it = entry.find(key);
    if (it == entry.end() || !it->is_string())
        return std::nullopt;
    std::string text = clean(it->get_ref<const std::string &>());
    if (text.empty())
        return std::nullopt;
    return text;
}

// The text items of a list field; anything else in it is ignored.
std::vector<std::string> textsOf(const json &entry, const char *key)
{
    std::vector<std::string> out;
    const auto it = entry.find(key);
    if (it == entry.end() || !it->is_array())
        return out;
    out.reserve(it->size());
    for (const json &item : *it)
        if (item.is_string())
            if (std::string text = clean(item.get_ref<const std::string &>()); !text.empty())
                out.push_back(std::move(text));
    return out;
}

std::string joined(const std::vector<std::string> &items)
{
    std::string out;
    for (const std::string &item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

std::optional<std::string> categoryFor(std::string_view category)
{
    if (category == "stretching")
        return "stretch";
    if (category == "cardio")
        return "aerobic";
    if (category == "strength" || category == "powerlifting" || category == "olympic weightlifting" ||
        category == "strongman" || category == "plyometrics")
        return "strengthening";
    return std::nullopt;
}

std::optional<std::string> difficultyFor(std::string_view level)
{
    if (level == "beginner")
        return "easy";
    if (level == "intermediate")
        return "moderate";
    if (level == "expert")
        return "hard";
    return std::nullopt;
}

// The equipment of ours that matches theirs; nullopt when there is none ("body only" is an empty list).
std::optional<std::vector<std::string>> equipmentFor(std::string_view equipment)
{
    if (equipment == "body only")
        return std::vector<std::string>{};
    if (equipment == "bands")
        return std::vector<std::string>{"strap"};
    return std::nullopt;
}

bool isWordChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// `phrase` in `text` as whole words.
bool hasPhrase(std::string_view text, std::string_view phrase)
{
    for (std::size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
        const bool startsWord = at == 0 || !isWordChar(text[at - 1]);
        const std::size_t after = at + phrase.size();
        const bool endsWord = after >= text.size() || !isWordChar(text[after]);
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

// The database gives no start position, so it is read from the instructions: the first phrase that says one wins.
// Plain word searches, not regular expressions: the whole database must import in well under a second.
std::pair<std::string, bool> positionFor(const std::vector<std::string> &steps)
{
    struct Clue
    {
        std::string_view phrase;
        const char *position;
    };
    static constexpr std::array<Clue, 24> kClues = {{
        {"on your back", "lying-on-back"},
        {"supine", "lying-on-back"},
        {"lie down on the floor", "lying-on-back"},
        {"lie on the floor", "lying-on-back"},
        {"lying on the floor", "lying-on-back"},
        {"on your stomach", "lying-on-front"},
        {"on your front", "lying-on-front"},
        {"face down", "lying-on-front"},
        {"prone", "lying-on-front"},
        {"on your side", "side-lying"},
        {"on your left side", "side-lying"},
        {"on your right side", "side-lying"},
        {"side-lying", "side-lying"},
        {"hands and knees", "all-fours"},
        {"all fours", "all-fours"},
        {"kneel", "kneeling"},
        {"kneeling", "kneeling"},
        {"sit", "sitting"},
        {"sitting", "sitting"},
        {"seated", "sitting"},
        {"stand", "standing"},
        {"standing", "standing"},
        {"pool", "in-water"},
        {"water", "in-water"},
    }};
    for (const std::string &step : steps) {
        const std::string text = lower(step);
        for (const Clue &clue : kClues)
            if (hasPhrase(text, clue.phrase))
                return {clue.position, true};
    }
    return {"standing", false};
}

// A hold the instructions state ("Hold for 15 seconds", "hold this position for 20-30 seconds"): after the word
// "hold", in the same sentence, a number or range followed by seconds.
std::optional<std::pair<int, int>> holdFor(const std::vector<std::string> &steps)
{
    const auto number = [](std::string_view text, std::size_t &at) -> std::optional<int> {
        std::size_t end = at;
        while (end < text.size() && end - at < 3 && std::isdigit(static_cast<unsigned char>(text[end])))
            ++end;
        if (end == at || (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))))
            return std::nullopt;
        const int value = std::stoi(std::string(text.substr(at, end - at)));
        at = end;
        return value;
    };
    const auto skipSpaces = [](std::string_view text, std::size_t &at) {
        while (at < text.size() && text[at] == ' ')
            ++at;
    };
    for (const std::string &step : steps) {
        const std::string lowered = lower(step);
        const std::string_view text = lowered;
        for (std::size_t hold = text.find("hold"); hold != std::string_view::npos; hold = text.find("hold", hold + 1)) {
            if (hold > 0 && isWordChar(text[hold - 1]))
                continue;
            const std::size_t sentenceEnd = std::min(text.find('.', hold), text.size());
            for (std::size_t at = hold + 4; at < sentenceEnd; ++at) {
                if (!std::isdigit(static_cast<unsigned char>(text[at])) || isWordChar(text[at - 1]))
                    continue;
                std::size_t cursor = at;
                const std::optional<int> lo = number(text, cursor);
                if (!lo)
                    continue;
                std::optional<int> hi = lo;
                std::size_t rangeAt = cursor;
                skipSpaces(text, rangeAt);
                if (text.substr(rangeAt, 1) == "-" || text.substr(rangeAt, 3) == "\xE2\x80\x93" ||
                    text.substr(rangeAt, 2) == "to") {
                    rangeAt += text.substr(rangeAt, 1) == "-" ? 1 : (text.substr(rangeAt, 2) == "to" ? 2 : 3);
                    skipSpaces(text, rangeAt);
                    if (const std::optional<int> upper = number(text, rangeAt)) {
                        hi = upper;
                        cursor = rangeAt;
                    }
                }
                skipSpaces(text, cursor);
                const std::string_view unit = text.substr(cursor);
                const bool seconds = unit.starts_with("second") || unit.starts_with("sec");
                if (seconds && *lo >= 1 && *hi >= *lo && *hi <= 600)
                    return std::pair{*lo, *hi};
                break; // the first number after "hold" is the one that counts
            }
        }
    }
    return std::nullopt;
}

std::string article(std::string_view word)
{
    return !word.empty() && std::string_view("aeiou").find(word.front()) != std::string_view::npos ? "an" : "a";
}

} // namespace

FreeExerciseDbImport importFreeExerciseDb(
    std::string_view jsonText, const std::function<bool(std::string_view)> &exerciseTaken, bool sourceInBank)
{
    FreeExerciseDbImport result;
    const json input = json::parse(jsonText.begin(), jsonText.end(), nullptr, false);
    if (input.is_discarded()) {
        result.error = "the file is not valid JSON";
        return result;
    }
    if (!input.is_array()) {
        result.error = "free-exercise-db files are a list of exercises ([ … ]); this file holds " +
            std::string(input.is_object() ? "an object" : "a single value");
        return result;
    }

    static const std::set<std::string, std::less<>> kKnownFields = {"id", "name", "force", "level", "mechanic",
        "equipment", "primaryMuscles", "secondaryMuscles", "instructions", "category", "images"};
    std::set<std::string, std::less<>> used; // ids given out in this import
    const auto taken = [&](std::string_view id) { return used.contains(id) || (exerciseTaken && exerciseTaken(id)); };
    ordered exercises = ordered::array();
    for (std::size_t i = 0; i < input.size(); ++i) {
        const json &entry = input[i];
        const auto skip = [&](std::string name, std::string reason) {
            result.skipped.push_back({i, std::move(name), std::move(reason)});
        };
        if (!entry.is_object()) {
            skip({}, "it is not an exercise object");
            continue;
        }
        const std::optional<std::string> theirId = textOf(entry, "id");
        const std::optional<std::string> name = textOf(entry, "name");
        if (!name) {
            skip(theirId.value_or(""), "it has no name");
            continue;
        }
        if (name->size() > kMaxNameLength) {
            skip(
                name->substr(0, 60) + "…", "its name is longer than " + std::to_string(kMaxNameLength) + " characters");
            continue;
        }
        const std::vector<std::string> steps = textsOf(entry, "instructions");
        if (steps.empty()) {
            skip(*name, "it has no instructions to follow");
            continue;
        }
        if (steps.size() > kMaxSteps) {
            skip(*name, "it has more than " + std::to_string(kMaxSteps) + " instructions");
            continue;
        }
        if (std::any_of(steps.begin(), steps.end(), [](const std::string &s) { return s.size() > kMaxStepLength; })) {
            skip(*name, "an instruction is longer than " + std::to_string(kMaxStepLength) + " characters");
            continue;
        }

        std::vector<std::string> notes;
        const std::optional<std::string> category = textOf(entry, "category");
        std::optional<std::string> ourCategory = category ? categoryFor(lower(*category)) : std::nullopt;
        if (!ourCategory) {
            ourCategory = "strengthening";
            notes.push_back(category ? "Category in free-exercise-db: " + *category + " (filed here as strengthening)."
                                     : "free-exercise-db gives no category (filed here as strengthening).");
        }
        const std::optional<std::string> level = textOf(entry, "level");
        std::optional<std::string> difficulty = level ? difficultyFor(lower(*level)) : std::nullopt;
        if (!difficulty) {
            difficulty = "moderate";
            notes.push_back(level ? "Level in free-exercise-db: " + *level + " (shown here as moderate)."
                                  : "free-exercise-db gives no level (shown here as moderate).");
        }
        const std::optional<std::string> equipment = textOf(entry, "equipment");
        std::vector<std::string> ourEquipment;
        if (equipment) {
            if (auto mapped = equipmentFor(lower(*equipment)))
                ourEquipment = std::move(*mapped);
            else
                notes.push_back("Equipment: " + *equipment + ".");
        }
        const auto [position, positionStated] = positionFor(steps);
        if (!positionStated)
            notes.emplace_back("The instructions do not say how to start; the start position shown is a guess.");
        const std::vector<std::string> primary = textsOf(entry, "primaryMuscles");
        const std::vector<std::string> secondary = textsOf(entry, "secondaryMuscles");
        if (!primary.empty())
            notes.push_back("Main muscles: " + joined(primary) + ".");
        if (!secondary.empty())
            notes.push_back("Other muscles: " + joined(secondary) + ".");
        if (const auto force = textOf(entry, "force"))
            notes.push_back("Force: " + *force + ".");
        if (const auto mechanic = textOf(entry, "mechanic"))
            notes.push_back("Mechanic: " + *mechanic + ".");
        if (const std::vector<std::string> images = textsOf(entry, "images"); !images.empty())
            notes.push_back("Pictures in free-exercise-db (not copied): " + joined(images) + ".");
        std::vector<std::string> unknown;
        for (auto it = entry.begin(); it != entry.end(); ++it)
            if (!kKnownFields.contains(it.key()))
                unknown.push_back(clean(it.key()));
        if (!unknown.empty())
            notes.push_back("Fields not imported: " + joined(unknown) + ".");
        if (theirId)
            notes.push_back("free-exercise-db id: " + *theirId + ".");

        ordered e = ordered::object();
        const std::string id = uniqueId(*name, "imported-exercise", taken);
        used.insert(id);
        e["id"] = id;
        e["name"] = *name;
        const std::string what = lower(*ourCategory == "stretch" ? "stretch" : *ourCategory + " exercise");
        e["summary"] = "Imported from free-exercise-db: " + article(*difficulty) + " " + *difficulty + " " + what +
            (primary.empty() ? std::string(".") : " for the " + joined(primary) + ".") +
            " Check with your clinician that it suits your back before you try it.";
        e["category"] = *ourCategory;
        e["position"] = position;
        if (!ourEquipment.empty())
            e["equipment"] = ourEquipment;
        e["difficulty"] = *difficulty;
        e["steps"] = steps;
        ordered dosage = ordered::object();
        if (const auto hold = holdFor(steps)) {
            if (hold->first == hold->second)
                dosage["holdSeconds"] = hold->first;
            else
                dosage["holdSeconds"] = {{"min", hold->first}, {"max", hold->second}};
        }
        e["dosage"] = std::move(dosage);
        e["stopRules"] = {
            "Stop if the pain spreads further down your leg or towards your foot.",
            "Stop if you notice new numbness, pins and needles or weakness in your leg or foot.",
            "Stop if it causes severe pain, or a new pain you did not have before.",
        };
        std::string noteText;
        for (const std::string &n : notes)
            noteText += (noteText.empty() ? "" : " ") + n;
        e["notes"] = noteText;
        e["sources"] = {kFreeExerciseDbSourceId};
        exercises.push_back(std::move(e));
        result.ids.push_back(id);
    }

    ordered file = ordered::object();
    file["format"] = "lumbar-relief-bank";
    file["version"] = BankLoader::kFormatVersion;
    if (!sourceInBank)
        file["sources"] = ordered::array({{{"id", kFreeExerciseDbSourceId}, {"title", "Free Exercise DB"},
            {"publisher", "free-exercise-db contributors (public domain)"},
            {"url", "https://github.com/yuhonas/free-exercise-db"}, {"kind", "article"}, {"authority", "low"},
            {"note",
                "A public-domain collection of about 800 exercises for general fitness, not written for back pain. "
                "Imported exercises are not checked by a clinician."}}});
    file["exercises"] = std::move(exercises);
    result.bankText = file.dump(2, ' ', false, ordered::error_handler_t::replace) + "\n";
    result.ok = true;
    return result;
}

namespace {

bool writeWhole(const std::filesystem::path &path, std::string_view text, std::string &error)
{
    // Write-then-rename: a crash or a full disk leaves the old state, never half a file.
    std::filesystem::path temp = path;
    temp += ".part";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.flush();
        if (!out) {
            error = "could not write " + temp.string();
            std::error_code ignored;
            std::filesystem::remove(temp, ignored);
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        error = "could not write " + path.string() + ": " + ec.message();
        std::filesystem::remove(temp, ec);
        return false;
    }
    return true;
}

} // namespace

FolderImport importFreeExerciseDbInto(std::string_view jsonText, const std::filesystem::path &folder)
{
    FolderImport result;
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) {
        result.error = "could not make the folder " + folder.string() + ": " + ec.message();
        return result;
    }
    BankLayer layer = BankLoader::readFolder(folder);
    const LoadResult before = BankLoader::load({&shippedBankLayer(), &layer});
    if (!before.ok()) {
        result.error = "the bank folder " + folder.string() + " has " + std::to_string(before.errors) +
            " error(s); fix them first (lumbar-relief --validate shows them)";
        return result;
    }
    const ContentBank &bank = *before.bank;
    result.import = importFreeExerciseDb(
        jsonText, [&bank](std::string_view id) { return bank.exercise(std::string(id)) != nullptr; },
        bank.source(kFreeExerciseDbSourceId) != nullptr);
    if (!result.import.ok) {
        result.error = result.import.error;
        return result;
    }
    std::filesystem::path target = folder / "free-exercise-db.json";
    for (int n = 2; std::filesystem::exists(target, ec); ++n)
        target = folder / ("free-exercise-db-" + std::to_string(n) + ".json");
    // The new file must load cleanly beside the folder's files before it is written.
    layer.files.push_back({target.filename().string(), result.import.bankText});
    const LoadResult after = BankLoader::load({&shippedBankLayer(), &layer});
    if (!after.ok()) {
        result.error = "the imported exercises would not load: " +
            (after.diagnostics.empty() ? std::string("unknown problem") : formatDiagnostic(after.diagnostics.front()));
        return result;
    }
    if (!writeWhole(target, result.import.bankText, result.error))
        return result;
    result.written = target;
    result.ok = true;
    return result;
}

int runImportFreeExerciseDb(
    const std::filesystem::path &file, const std::filesystem::path &folder, std::ostream &out, std::ostream &err)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) {
        err << "lumbar-relief: cannot read " << file.string() << ": " << ec.message() << "\n";
        return 1;
    }
    if (size > BankLoader::kMaxFileBytes) {
        err << "lumbar-relief: " << file.string() << " is larger than " << (BankLoader::kMaxFileBytes >> 20)
            << " MiB; the whole free-exercise-db is about 1 MB\n";
        return 1;
    }
    std::ifstream in(file, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const FolderImport result = importFreeExerciseDbInto(text, folder);
    if (!result.ok) {
        err << "lumbar-relief: nothing imported from " << file.string() << ": " << result.error << "\n";
        return 1;
    }
    out << "Imported " << result.import.ids.size() << " exercise(s) into " << result.written.string() << "\n";
    if (!result.import.skipped.empty()) {
        out << "Not imported (" << result.import.skipped.size() << "):\n";
        for (const auto &s : result.import.skipped)
            out << "  entry " << s.index + 1 << (s.name.empty() ? std::string() : " (" + s.name + ")") << ": "
                << s.reason << "\n";
    }
    return 0;
}

} // namespace lumbar
