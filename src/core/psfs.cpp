#include "psfs.h"

#include <algorithm>
#include <map>

namespace lumbar {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool isUtf8Continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

// Each activity's score on each day, the later of same-day ratings winning.
using ScoresByDay = std::map<LocalDay, std::map<std::int64_t, int>>;

ScoresByDay scoresByDay(const std::vector<PsfsRating> &ratings)
{
    ScoresByDay byDay;
    for (const PsfsRating &rating : ratings) {
        if (validScore(rating.score))
            byDay[rating.day][rating.activityId] = rating.score;
    }
    return byDay;
}

} // namespace

std::vector<PsfsSitting> psfsSittings(const std::vector<PsfsRating> &ratings)
{
    const ScoresByDay byDay = scoresByDay(ratings);
    std::vector<PsfsSitting> sittings;
    sittings.reserve(byDay.size());
    for (const auto &[day, scores] : byDay) {
        PsfsSitting sitting;
        sitting.day = day;
        sitting.scores.assign(scores.begin(), scores.end());
        int sum = 0;
        for (const auto &[id, score] : scores)
            sum += score;
        sitting.mean = static_cast<double>(sum) / static_cast<double>(scores.size());
        sittings.push_back(std::move(sitting));
    }
    return sittings;
}

std::optional<double> psfsChange(const std::vector<PsfsSitting> &sittings)
{
    if (sittings.size() < 2)
        return std::nullopt;
    return sittings.back().mean - sittings.front().mean;
}

std::optional<int> activityChange(const std::vector<PsfsRating> &ratings, std::int64_t activityId)
{
    std::map<LocalDay, int> byDay;
    for (const PsfsRating &rating : ratings) {
        if (rating.activityId == activityId && validScore(rating.score))
            byDay[rating.day] = rating.score;
    }
    if (byDay.size() < 2)
        return std::nullopt;
    return byDay.rbegin()->second - byDay.begin()->second;
}

std::vector<const PsfsActivity *> activeActivities(const std::vector<PsfsActivity> &all, LocalDay today)
{
    std::vector<const PsfsActivity *> active;
    active.reserve(all.size());
    for (const PsfsActivity &activity : all) {
        if (!activity.retired || *activity.retired > today)
            active.push_back(&activity);
    }
    return active;
}

bool canAddActivity(const std::vector<PsfsActivity> &all, LocalDay today)
{
    return activeActivities(all, today).size() < static_cast<std::size_t>(psfsMaxActivities);
}

bool validScore(int score)
{
    return score >= psfsMinScore && score <= psfsMaxScore;
}

std::string validActivityName(std::string_view typed)
{
    std::string name;
    name.reserve(std::min(typed.size(), psfsMaxNameBytes));
    bool pendingSpace = false;
    for (const char c : typed) {
        if (isSpace(c)) {
            pendingSpace = !name.empty();
            continue;
        }
        if (pendingSpace)
            name.push_back(' ');
        pendingSpace = false;
        name.push_back(c);
        if (name.size() > psfsMaxNameBytes)
            break;
    }
    if (name.size() <= psfsMaxNameBytes)
        return name;
    // Cut back to the start of the character that crosses the limit, then drop a space left at the end.
    std::size_t cut = psfsMaxNameBytes;
    while (cut > 0 && isUtf8Continuation(name[cut]))
        --cut;
    name.resize(cut);
    while (!name.empty() && name.back() == ' ')
        name.pop_back();
    return name;
}

} // namespace lumbar
