// SymptomGuide: from where someone feels it (body regions, left or right) and what they feel, what the bank
// says about that picture — the conditions that commonly cause it, exercises and routines to try, exercises to
// change or leave out, care notes, and the warning signs that picture points to. Education, not diagnosis.
#pragma once

#include "contenttypes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lumbar {

class ContentBank;

enum class BodySide : std::uint8_t { Left, Right };

struct BodySpot
{
    BodyRegion region = BodyRegion::LowerBack;
    BodySide side = BodySide::Left;
    friend bool operator==(const BodySpot &, const BodySpot &) = default;
};

// What the user marked: spots on the body map and the sensations ticked.
struct SymptomPicture
{
    std::vector<BodySpot> spots;
    std::vector<Sensation> sensations;

    bool isEmpty() const { return spots.empty() && sensations.empty(); }
    bool has(BodyRegion region) const;
    bool has(Sensation sensation) const;
    // A leg region (thigh, calf, foot) marked on both sides.
    bool inBothLegs() const;
    // Only the lower back is marked: nothing in the buttock or leg.
    bool backOnly() const;

    // The picture as text, "left-buttock,right-calf:aching,tingling" (spots, then sensations, bank spellings), as
    // the command line's --guide takes it; parse() gives nullopt for anything it does not know.
    std::string toText() const;
    static std::optional<SymptomPicture> parse(std::string_view text);
};

struct ConditionMatch
{
    const Condition *condition = nullptr;
    double score = 0; // the sum, over its matched symptoms, of 1 / how many conditions list that symptom
    std::vector<const Symptom *> matchedSymptoms;
};

struct ExerciseSuggestion
{
    const Exercise *exercise = nullptr;
    std::vector<const Condition *> suggestedFor;
};

// An exercise a matched condition says to change or leave out, with each condition's reason.
struct ExerciseCautionNote
{
    const Exercise *exercise = nullptr;
    std::vector<std::pair<const Condition *, const LocalText *>> reasons;
};

struct RoutineSuggestion
{
    const Routine *routine = nullptr;
    int suggestedItems = 0; // items a matched condition suggests (cautioned ones included)
    int totalItems = 0;
    // The mean, over its items, of the best score among the shown conditions that suggest the item (0 for none):
    // a routine made of what the likeliest cause suggests comes before one that merely fits the picture.
    double relevance = 0;
    std::vector<const Exercise *> cautionedItems; // items in the change-or-leave-out list
};

struct GuideResult
{
    std::vector<const Symptom *> symptoms; // the bank's symptoms that fit the picture
    std::vector<ConditionMatch> conditions; // most likely first
    std::vector<ExerciseSuggestion> tryExercises; // most often suggested first
    std::vector<ExerciseCautionNote> changeOrAvoid;
    std::vector<const Exercise *> markedForYou; // marked in the user's history: never suggested (leaveOutMarked)
    std::vector<RoutineSuggestion> routines; // routines without cautioned items first, then the most relevant
    std::vector<const Treatment *> careNotes; // those most of the matched conditions share first
    std::vector<const RedFlag *> pointedRedFlags; // warning signs this picture points to, most urgent first
    std::vector<const RedFlag *> seeDoctor; // the bank's "see a doctor" signs, always listed
    bool bothLegs = false;
    bool backOnly = false;

    bool isEmpty() const { return symptoms.empty(); }
};

class SymptomGuide
{
public:
    // At most this many conditions are shown: those scoring at least half the best one, but never fewer than
    // minConditions when that many fit. (A rare symptom that fits only loosely — "pain" in the calf fits the
    // walking pain of stenosis — must not push the commonest cause off the list.)
    static constexpr std::size_t maxConditions = 4;
    static constexpr std::size_t minConditions = 3;

    explicit SymptomGuide(const ContentBank &bank);

    GuideResult suggest(const SymptomPicture &picture) const;

    // Whether a bank symptom fits the picture: a marked region it covers (or no region marked) and a ticked
    // sensation it has (or none ticked). An empty picture fits nothing.
    static bool fits(const Symptom &symptom, const SymptomPicture &picture);

private:
    const ContentBank &m_bank;
};

} // namespace lumbar
