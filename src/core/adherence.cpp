#include "adherence.h"

#include <algorithm>
#include <cstddef>

namespace lumbar {

double Adherence::ratio() const
{
    if (expected <= 0)
        return 0.0;
    return static_cast<double>(done) / static_cast<double>(expected);
}

Adherence adherence(
    const std::vector<SessionRecord> &sessions, std::string_view routineId, int timesPerDay, LocalDay from, LocalDay to)
{
    Adherence result;
    if (to < from)
        return result;
    const int perDay = std::max(timesPerDay, 1);
    const auto dayCount = static_cast<std::size_t>((to - from).count()) + 1;
    std::vector<int> counts(dayCount, 0);
    for (const SessionRecord &session : sessions) {
        if (!routineId.empty() && session.routineId != routineId)
            continue;
        if (session.day < from || session.day > to || !session.counts())
            continue;
        ++counts[static_cast<std::size_t>((session.day - from).count())];
    }
    result.days.reserve(dayCount);
    for (std::size_t i = 0; i < dayCount; ++i) {
        const int done = std::min(counts[i], perDay);
        result.days.push_back({from + std::chrono::days{static_cast<int>(i)}, done, perDay});
        result.done += done;
        result.expected += perDay;
    }
    return result;
}

std::vector<LocalDay> sessionDays(const std::vector<SessionRecord> &sessions)
{
    std::vector<LocalDay> days;
    days.reserve(sessions.size());
    for (const SessionRecord &session : sessions) {
        if (session.counts())
            days.push_back(session.day);
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

Streaks streaks(const std::vector<SessionRecord> &sessions, LocalDay today)
{
    std::vector<LocalDay> days = sessionDays(sessions);
    days.erase(std::upper_bound(days.begin(), days.end(), today), days.end());
    Streaks result;
    int run = 0;
    for (std::size_t i = 0; i < days.size(); ++i) {
        const bool follows = i > 0 && days[i] - days[i - 1] == std::chrono::days{1};
        run = follows ? run + 1 : 1;
        result.longest = std::max(result.longest, run);
    }
    // `run` is now the run ending on the last day with a session; it is current only if that day is today or
    // yesterday.
    if (!days.empty() && today - days.back() <= std::chrono::days{1})
        result.current = run;
    return result;
}

} // namespace lumbar
