// The Patient-Specific Functional Scale: up to three activities the user finds hard because of their back or leg,
// each rated from 0 (cannot do it at all) to 10 (as well as before the problem), now and again over time. Plain
// data and arithmetic; the Qt layer stores it.
#pragma once

#include "history.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lumbar {

inline constexpr int psfsMaxActivities = 3;
inline constexpr int psfsMinScore = 0;
inline constexpr int psfsMaxScore = 10;
inline constexpr std::size_t psfsMaxNameBytes = 80;

struct PsfsActivity
{
    std::int64_t id = 0;
    std::string name; // in the user's words: "putting on socks"
    LocalDay added{};
    std::optional<LocalDay> retired; // no longer rated from that day on; its ratings stay in the history
    friend bool operator==(const PsfsActivity &, const PsfsActivity &) = default;
};

struct PsfsRating
{
    std::int64_t activityId = 0;
    LocalDay day{};
    int score = 0; // psfsMinScore to psfsMaxScore
    friend bool operator==(const PsfsRating &, const PsfsRating &) = default;
};

// All the ratings of one day.
struct PsfsSitting
{
    LocalDay day{};
    std::vector<std::pair<std::int64_t, int>> scores; // activity id and score, by activity id
    double mean = 0.0; // of the scores: the scale's overall figure for that day
};

// One sitting per day with ratings, in day order. An activity rated twice on one day keeps the later rating in
// `ratings` (a correction, not a second measurement). Ratings with a score outside the scale are left out.
std::vector<PsfsSitting> psfsSittings(const std::vector<PsfsRating> &ratings);

// The latest sitting's mean minus the first's (positive is better); nullopt with fewer than two sittings.
std::optional<double> psfsChange(const std::vector<PsfsSitting> &sittings);

// One activity's latest score minus its first (positive is better); nullopt unless it was rated on at least two
// days. Same-day re-ratings replace each other, as in psfsSittings.
std::optional<int> activityChange(const std::vector<PsfsRating> &ratings, std::int64_t activityId);

// The activities still being rated on `today`: not retired on or before it. Pointers into `all`, in its order.
std::vector<const PsfsActivity *> activeActivities(const std::vector<PsfsActivity> &all, LocalDay today);
// Whether another activity may be added on `today`: fewer than psfsMaxActivities are active.
bool canAddActivity(const std::vector<PsfsActivity> &all, LocalDay today);

bool validScore(int score); // psfsMinScore to psfsMaxScore

// The name to store for what the user typed: trimmed, runs of white space (line breaks included) made one space,
// and cut to psfsMaxNameBytes bytes without splitting a UTF-8 character. Empty when nothing is left: not a name.
std::string validActivityName(std::string_view typed);

} // namespace lumbar
