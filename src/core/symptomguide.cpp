#include "symptomguide.h"

#include "contentbank.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace lumbar {

namespace {

constexpr bool isLeg(BodyRegion region)
{
    return region == BodyRegion::Thigh || region == BodyRegion::Calf || region == BodyRegion::Foot;
}

template<class T>
bool contains(const std::vector<T> &items, const T &item)
{
    return std::find(items.begin(), items.end(), item) != items.end();
}

// The warning signs a picture points to, by red-flag id. A bank without one of these ids simply does not get it
// pointed out; the full warning-sign check is always offered first whatever the picture.
std::vector<std::string_view> pointedRedFlagIds(const SymptomPicture &picture)
{
    std::vector<std::string_view> ids;
    const bool weak = picture.has(Sensation::Weakness);
    // Symptoms in both legs can mean pressure on the nerves that serve the bladder and bowel too.
    if (picture.inBothLegs()) {
        ids.emplace_back("sciatica-both-legs");
        if (weak || picture.has(Sensation::Numbness))
            ids.emplace_back("weakness-both-legs");
    }
    // Numbness in the buttocks is close to the "saddle" area, where it is an emergency sign. (Tingling in the
    // buttock is common in ordinary sciatica; pointing every such picture at an emergency would teach people to
    // skip the box.)
    if (picture.has(Sensation::Numbness) && picture.has(BodyRegion::Buttock))
        ids.emplace_back("saddle-numbness");
    if (weak) {
        // Weakness in one leg that is new or getting worse (foot drop) needs a doctor today.
        if (!picture.inBothLegs())
            ids.emplace_back("weakness-one-leg");
        ids.emplace_back("walking-changed");
        ids.emplace_back("sudden-severe-pain-weakness");
    }
    return ids;
}

} // namespace

bool SymptomPicture::has(BodyRegion region) const
{
    return std::any_of(spots.begin(), spots.end(), [region](const BodySpot &s) { return s.region == region; });
}

bool SymptomPicture::has(Sensation sensation) const
{
    return contains(sensations, sensation);
}

bool SymptomPicture::inBothLegs() const
{
    bool left = false;
    bool right = false;
    for (const BodySpot &s : spots) {
        if (!isLeg(s.region))
            continue;
        (s.side == BodySide::Left ? left : right) = true;
    }
    return left && right;
}

bool SymptomPicture::backOnly() const
{
    return !spots.empty() &&
        std::all_of(spots.begin(), spots.end(), [](const BodySpot &s) { return s.region == BodyRegion::LowerBack; });
}

std::string SymptomPicture::toText() const
{
    std::string out;
    for (const BodySpot &s : spots) {
        if (!out.empty())
            out += ',';
        out += s.side == BodySide::Left ? "left-" : "right-";
        out += toString(s.region);
    }
    out += ':';
    for (std::size_t i = 0; i < sensations.size(); ++i) {
        if (i > 0)
            out += ',';
        out += toString(sensations[i]);
    }
    return out;
}

std::optional<SymptomPicture> SymptomPicture::parse(std::string_view text)
{
    const auto split = [](std::string_view list, auto &&each) {
        while (!list.empty()) {
            const std::size_t comma = list.find(',');
            if (!each(list.substr(0, comma)))
                return false;
            list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
        }
        return true;
    };
    const std::size_t colon = text.find(':');
    const std::string_view where = text.substr(0, colon);
    const std::string_view what = colon == std::string_view::npos ? std::string_view() : text.substr(colon + 1);
    SymptomPicture picture;
    const bool spotsOk = split(where, [&picture](std::string_view item) {
        BodySide side = BodySide::Left;
        if (item.starts_with("left-")) {
            item.remove_prefix(5);
        } else if (item.starts_with("right-")) {
            side = BodySide::Right;
            item.remove_prefix(6);
        } else {
            return false;
        }
        const auto region = enumFromString<BodyRegion>(item);
        if (!region)
            return false;
        if (!contains(picture.spots, BodySpot{*region, side}))
            picture.spots.push_back({*region, side});
        return true;
    });
    const bool sensationsOk = split(what, [&picture](std::string_view item) {
        const auto sensation = enumFromString<Sensation>(item);
        if (!sensation)
            return false;
        if (!picture.has(*sensation))
            picture.sensations.push_back(*sensation);
        return true;
    });
    if (!spotsOk || !sensationsOk || picture.isEmpty())
        return std::nullopt;
    return picture;
}

SymptomGuide::SymptomGuide(const ContentBank &bank)
    : m_bank(bank)
{
}

bool SymptomGuide::fits(const Symptom &symptom, const SymptomPicture &picture)
{
    if (picture.isEmpty())
        return false;
    const bool regionFits = picture.spots.empty() ||
        std::any_of(symptom.bodyRegions.begin(), symptom.bodyRegions.end(),
            [&picture](BodyRegion r) { return picture.has(r); });
    const bool sensationFits = picture.sensations.empty() ||
        std::any_of(
            symptom.sensations.begin(), symptom.sensations.end(), [&picture](Sensation s) { return picture.has(s); });
    return regionFits && sensationFits;
}

GuideResult SymptomGuide::suggest(const SymptomPicture &picture) const
{
    GuideResult result;
    result.bothLegs = picture.inBothLegs();
    result.backOnly = picture.backOnly();
    for (const RedFlag &flag : m_bank.redFlags())
        if (flag.urgency == Urgency::SeeDoctor)
            result.seeDoctor.push_back(&flag);
    for (std::string_view id : pointedRedFlagIds(picture))
        if (const RedFlag *flag = m_bank.redFlag(id); flag && !contains(result.pointedRedFlags, flag))
            result.pointedRedFlags.push_back(flag);
    std::stable_sort(result.pointedRedFlags.begin(), result.pointedRedFlags.end(),
        [](const RedFlag *a, const RedFlag *b) { return a->urgency < b->urgency; });

    for (const Symptom &symptom : m_bank.symptoms())
        if (fits(symptom, picture))
            result.symptoms.push_back(&symptom);
    if (result.symptoms.empty())
        return result;

    // A symptom many conditions share says little about which one it is; weigh each by how rare it is.
    std::unordered_map<std::string_view, int> listedBy;
    for (const Condition &c : m_bank.conditions())
        for (const std::string &s : c.symptoms)
            ++listedBy[s];
    std::vector<ConditionMatch> matches;
    for (const Condition &c : m_bank.conditions()) {
        ConditionMatch match{&c, 0.0, {}};
        for (const Symptom *s : result.symptoms) {
            if (!contains(c.symptoms, s->id))
                continue;
            match.score += 1.0 / listedBy[s->id];
            match.matchedSymptoms.push_back(s);
        }
        if (match.score > 0)
            matches.push_back(std::move(match));
    }
    // Bank order breaks ties: the bank lists the commonest causes first.
    std::stable_sort(matches.begin(), matches.end(),
        [](const ConditionMatch &a, const ConditionMatch &b) { return a.score > b.score; });
    if (!matches.empty()) {
        const double floor = matches.front().score / 2;
        std::size_t keep = 0;
        while (keep < matches.size() && keep < maxConditions && (keep < minConditions || matches[keep].score >= floor))
            ++keep;
        matches.resize(keep);
    }
    result.conditions = std::move(matches);

    // Cautions first: an exercise any matched condition says to change or leave out is listed there with its
    // reasons, not among the ones to try, even when another condition suggests it.
    for (const ConditionMatch &m : result.conditions) {
        for (const ExerciseCaution &caution : m.condition->modifyOrAvoid) {
            const Exercise *exercise = m_bank.exercise(caution.exercise);
            if (!exercise)
                continue;
            auto note = std::find_if(result.changeOrAvoid.begin(), result.changeOrAvoid.end(),
                [exercise](const ExerciseCautionNote &n) { return n.exercise == exercise; });
            if (note == result.changeOrAvoid.end()) {
                result.changeOrAvoid.push_back({exercise, {}});
                note = std::prev(result.changeOrAvoid.end());
            }
            note->reasons.emplace_back(m.condition, &caution.reason);
        }
    }
    const auto cautioned = [&result](const Exercise *e) {
        return std::any_of(result.changeOrAvoid.begin(), result.changeOrAvoid.end(),
            [e](const ExerciseCautionNote &n) { return n.exercise == e; });
    };

    // Each suggested exercise with the best score of a condition suggesting it (conditions come best first).
    std::vector<std::pair<const Exercise *, double>> suggestedAtAll;
    const auto bestScore = [&suggestedAtAll](const Exercise *e) {
        const auto it = std::find_if(
            suggestedAtAll.begin(), suggestedAtAll.end(), [e](const auto &entry) { return entry.first == e; });
        return it == suggestedAtAll.end() ? std::optional<double>() : std::optional<double>(it->second);
    };
    for (const ConditionMatch &m : result.conditions) {
        for (const std::string &id : m.condition->suggestedExercises) {
            const Exercise *exercise = m_bank.exercise(id);
            if (!exercise)
                continue;
            if (!bestScore(exercise))
                suggestedAtAll.emplace_back(exercise, m.score);
            if (cautioned(exercise))
                continue;
            auto s = std::find_if(result.tryExercises.begin(), result.tryExercises.end(),
                [exercise](const ExerciseSuggestion &x) { return x.exercise == exercise; });
            if (s == result.tryExercises.end())
                result.tryExercises.push_back({exercise, {m.condition}});
            else
                s->suggestedFor.push_back(m.condition);
        }
    }
    std::stable_sort(result.tryExercises.begin(), result.tryExercises.end(),
        [](const ExerciseSuggestion &a, const ExerciseSuggestion &b) {
            return a.suggestedFor.size() > b.suggestedFor.size();
        });

    // A routine fits when at least half of its items are suggested for this picture.
    for (const Routine &routine : m_bank.routines()) {
        RoutineSuggestion s{&routine, 0, static_cast<int>(routine.items.size()), 0.0, {}};
        for (const RoutineItem &item : routine.items) {
            const Exercise *exercise = m_bank.exercise(item.exercise);
            if (!exercise)
                continue;
            if (const auto score = bestScore(exercise)) {
                ++s.suggestedItems;
                s.relevance += *score;
            }
            if (cautioned(exercise) && !contains(s.cautionedItems, exercise))
                s.cautionedItems.push_back(exercise);
        }
        if (s.totalItems > 0 && 2 * s.suggestedItems >= s.totalItems) {
            s.relevance /= s.totalItems;
            result.routines.push_back(std::move(s));
        }
    }
    std::stable_sort(
        result.routines.begin(), result.routines.end(), [](const RoutineSuggestion &a, const RoutineSuggestion &b) {
            if (a.cautionedItems.empty() != b.cautionedItems.empty())
                return a.cautionedItems.empty();
            return a.relevance > b.relevance;
        });

    // Care notes in bank order, those shared by more of the matched conditions first.
    std::map<const Treatment *, int> shared;
    for (const ConditionMatch &m : result.conditions)
        for (const std::string &id : m.condition->careNotes)
            if (const Treatment *t = m_bank.treatment(id))
                ++shared[t];
    for (const Treatment &t : m_bank.treatments())
        if (shared.contains(&t))
            result.careNotes.push_back(&t);
    std::stable_sort(result.careNotes.begin(), result.careNotes.end(),
        [&shared](const Treatment *a, const Treatment *b) { return shared.at(a) > shared.at(b); });
    return result;
}

} // namespace lumbar
