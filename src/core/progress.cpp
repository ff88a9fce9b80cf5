#include "progress.h"

#include <algorithm>
#include <map>

namespace lumbar {

DayRange lastDays(LocalDay today, int window)
{
    return {today - std::chrono::days{std::max(window, 1) - 1}, today};
}

std::vector<RoutineAdherence> adherenceByRoutine(const std::vector<SessionRecord> &sessions,
    const std::function<int(const std::string &)> &timesPerDay, DayRange range)
{
    struct Use
    {
        LocalDay first{};
        WallTime latest{};
        std::string title;
    };
    std::map<std::string, Use> used;
    for (const SessionRecord &session : sessions) {
        if (session.routineId.empty() || !range.contains(session.day) || !session.counts())
            continue;
        const auto [it, added] = used.try_emplace(session.routineId, Use{session.day, session.startedAt, {}});
        Use &use = it->second;
        use.first = std::min(use.first, session.day);
        if (added || session.startedAt >= use.latest) {
            use.latest = session.startedAt;
            use.title = session.routineTitle;
        }
    }
    std::vector<std::pair<WallTime, RoutineAdherence>> out;
    out.reserve(used.size());
    for (const auto &[id, use] : used) {
        const int perDay = timesPerDay ? timesPerDay(id) : 1;
        RoutineAdherence entry{id, use.title, std::max(perDay, 1), {}};
        entry.adherence = adherence(sessions, id, entry.timesPerDay, use.first, range.to);
        out.emplace_back(use.latest, std::move(entry));
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<RoutineAdherence> result;
    result.reserve(out.size());
    for (auto &[latest, entry] : out)
        result.push_back(std::move(entry));
    return result;
}

std::optional<double> meanPain(const std::vector<SessionRecord> &sessions, CheckInMoment moment, DayRange range)
{
    int count = 0;
    int sum = 0;
    for (const SessionRecord &session : sessions) {
        const CheckIn &checkIn = moment == CheckInMoment::Before ? session.before : session.after;
        if (!range.contains(session.day) || !checkIn.pain)
            continue;
        sum += *checkIn.pain;
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return static_cast<double>(sum) / count;
}

std::optional<double> meanPainRelief(const std::vector<SessionRecord> &sessions, DayRange range)
{
    int count = 0;
    int sum = 0;
    for (const SessionRecord &session : sessions) {
        if (!range.contains(session.day) || !session.before.pain || !session.after.pain)
            continue;
        sum += *session.before.pain - *session.after.pain;
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return static_cast<double>(sum) / count;
}

ExtentChange extentChange(const std::vector<SessionRecord> &sessions, DayRange range)
{
    ExtentChange change;
    for (const SessionRecord &session : sessions) {
        if (!range.contains(session.day))
            continue;
        for (const CheckIn *checkIn : {&session.before, &session.after}) {
            if (!checkIn->extent)
                continue;
            if (!change.first)
                change.first = checkIn->extent;
            change.latest = checkIn->extent;
        }
    }
    change.trend = symptomTrend(change.first, change.latest);
    return change;
}

ProgressSummary summarize(const std::vector<SessionRecord> &sessions,
    const std::function<int(const std::string &)> &timesPerDay, DayRange range)
{
    ProgressSummary summary;
    summary.range = range;
    std::optional<LocalDay> firstDay;
    for (const SessionRecord &session : sessions) {
        if (!range.contains(session.day))
            continue;
        if (session.counts()) {
            ++summary.sessions;
            if (!firstDay || session.day < *firstDay)
                firstDay = session.day;
        }
        if (session.isInterrupted())
            ++summary.interrupted;
        else if (session.stoppedEarly)
            ++summary.stoppedEarly;
        else
            ++summary.finished;
        if (session.guardTriggered)
            ++summary.guardEvents;
    }
    summary.streaks = streaks(sessions, range.to);
    summary.adherence = adherenceByRoutine(sessions, timesPerDay, range);
    const DayRange lastWeek = lastDays(range.to, 7);
    summary.painLastWeek = meanPain(sessions, CheckInMoment::Before, lastWeek);
    if (firstDay && *firstDay + std::chrono::days{6} < lastWeek.from)
        summary.painFirstWeek =
            meanPain(sessions, CheckInMoment::Before, {*firstDay, *firstDay + std::chrono::days{6}});
    summary.relief = meanPainRelief(sessions, range);
    summary.extent = extentChange(sessions, range);
    return summary;
}

} // namespace lumbar
