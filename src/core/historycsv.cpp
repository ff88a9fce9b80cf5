#include "historycsv.h"

#include <array>

namespace lumbar {

namespace {

constexpr std::string_view lineEnd = "\r\n";

std::string_view statusText(const SessionRecord &session)
{
    if (session.isInterrupted())
        return "interrupted";
    return session.stoppedEarly ? "stopped early" : "finished";
}

std::string_view trendText(SymptomTrend trend)
{
    switch (trend) {
    case SymptomTrend::Centralised:
        return "centralised";
    case SymptomTrend::Unchanged:
        return "unchanged";
    case SymptomTrend::Spread:
        return "spread";
    case SymptomTrend::Unknown:
        break;
    }
    return {};
}

std::string painText(std::optional<int> pain)
{
    return pain ? std::to_string(*pain) : std::string{};
}

std::string extentText(std::optional<LegExtent> extent)
{
    return extent ? std::string(legExtentKey(*extent)) : std::string{};
}

std::string exercisesText(const std::vector<ItemRecord> &items)
{
    std::string text;
    for (const ItemRecord &item : items) {
        if (!text.empty())
            text += "; ";
        text += item.exerciseName;
        text += ": ";
        text += itemResultKey(item.result);
        if (!item.dosageChange.empty())
            text += " (" + item.dosageChange + ")";
    }
    return text;
}

// How many items ended done, partial, skipped and made worse: the columns in that order.
std::array<int, 4> resultCounts(const std::vector<ItemRecord> &items)
{
    std::array<int, 4> counts{};
    for (const ItemRecord &item : items) {
        switch (item.result) {
        case ItemResult::Done:
            ++counts[0];
            break;
        case ItemResult::Partial:
            ++counts[1];
            break;
        case ItemResult::Skipped:
            ++counts[2];
            break;
        case ItemResult::Worse:
            ++counts[3];
            break;
        case ItemResult::NotReached:
            break;
        }
    }
    return counts;
}

std::string row(const SessionRecord &session, const std::function<std::string(WallTime)> &localDateTime)
{
    const auto timeText = [&](WallTime at) { return localDateTime ? csvText(localDateTime(at)) : std::string{}; };
    std::string line = dayText(session.day);
    const auto add = [&line](std::string_view field) {
        line += ',';
        line += field;
    };
    add(timeText(session.startedAt));
    add(session.endedAt ? timeText(*session.endedAt) : std::string{});
    add(csvText(session.routineTitle));
    add(statusText(session));
    add(painText(session.before.pain));
    add(painText(session.after.pain));
    add(extentText(session.before.extent));
    add(extentText(session.after.extent));
    add(trendText(symptomTrend(session.before.extent, session.after.extent)));
    add(session.before.newNumbnessOrWeakness || session.after.newNumbnessOrWeakness ? "yes" : "");
    for (const int count : resultCounts(session.items))
        add(std::to_string(count));
    add(csvText(exercisesText(session.items)));
    add(csvText(session.notes));
    line += lineEnd;
    return line;
}

} // namespace

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted;
    quoted.reserve(text.size() + 2);
    quoted += '"';
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string csvText(std::string_view text)
{
    constexpr std::string_view formulaStarts = "=+-@\t\r";
    if (!text.empty() && formulaStarts.find(text.front()) != std::string_view::npos)
        return csvField("'" + std::string(text));
    return csvField(text);
}

std::string historyCsv(
    const std::vector<SessionRecord> &sessions, const std::function<std::string(WallTime)> &localDateTime)
{
    std::string csv(historyCsvHeader);
    csv += lineEnd;
    for (const SessionRecord &session : sessions)
        csv += row(session, localDateTime);
    return csv;
}

} // namespace lumbar
