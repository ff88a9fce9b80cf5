#include "history.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

namespace lumbar {

namespace {

constexpr std::array<std::string_view, legExtentCount> extentKeys{"back", "buttock", "thigh", "below-knee", "foot"};
constexpr std::array<std::string_view, 5> resultKeys{"done", "partial", "skipped", "not-reached", "worse"};
constexpr std::array<std::string_view, 3> flagKeys{"spread", "numbness-or-weakness", "made-worse"};

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<std::string_view, N> &keys, std::string_view key)
{
    const auto *found = std::find(keys.begin(), keys.end(), key);
    if (found == keys.end())
        return std::nullopt;
    return static_cast<Enum>(found - keys.begin());
}

} // namespace

std::string dayText(LocalDay day)
{
    const std::chrono::year_month_day date{day};
    std::array<char, 16> text{};
    const int length = std::snprintf(text.data(), text.size(), "%04d-%02u-%02u", static_cast<int>(date.year()),
        static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return {text.data(), static_cast<std::size_t>(length)};
}

std::optional<LocalDay> dayFromText(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const auto number = [&](std::size_t at, std::size_t length) -> std::optional<int> {
        int value = 0;
        const char *end = text.data() + at + length;
        const auto [ptr, error] = std::from_chars(text.data() + at, end, value);
        if (error != std::errc{} || ptr != end)
            return std::nullopt;
        return value;
    };
    const auto y = number(0, 4);
    const auto m = number(5, 2);
    const auto d = number(8, 2);
    if (!y || !m || !d)
        return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*m)},
        std::chrono::day{static_cast<unsigned>(*d)}};
    if (!date.ok())
        return std::nullopt;
    return LocalDay{date};
}

std::string_view legExtentKey(LegExtent extent)
{
    return extentKeys.at(static_cast<std::size_t>(extent));
}

std::optional<LegExtent> legExtentFromKey(std::string_view key)
{
    return fromKey<LegExtent>(extentKeys, key);
}

std::string_view itemResultKey(ItemResult result)
{
    return resultKeys.at(static_cast<std::size_t>(result));
}

std::optional<ItemResult> itemResultFromKey(std::string_view key)
{
    return fromKey<ItemResult>(resultKeys, key);
}

std::string_view flagReasonKey(FlagReason reason)
{
    return flagKeys.at(static_cast<std::size_t>(reason));
}

std::optional<FlagReason> flagReasonFromKey(std::string_view key)
{
    return fromKey<FlagReason>(flagKeys, key);
}

bool SessionRecord::counts() const
{
    return std::any_of(items.begin(), items.end(), [](const ItemRecord &item) {
        return item.result == ItemResult::Done || item.result == ItemResult::Partial ||
            item.result == ItemResult::Worse;
    });
}

SymptomTrend symptomTrend(std::optional<LegExtent> before, std::optional<LegExtent> after)
{
    if (!before || !after)
        return SymptomTrend::Unknown;
    if (*after > *before)
        return SymptomTrend::Spread;
    if (*after < *before)
        return SymptomTrend::Centralised;
    return SymptomTrend::Unchanged;
}

std::optional<LegExtent> baselineExtent(
    const SessionRecord &session, const std::vector<SessionRecord> &earlier, std::chrono::days maxAge)
{
    if (session.before.extent)
        return session.before.extent;
    const SessionRecord *latest = nullptr;
    for (const SessionRecord &other : earlier) {
        if (other.id == session.id && session.id != 0)
            continue;
        if (other.startedAt >= session.startedAt || session.startedAt - other.startedAt > maxAge)
            continue;
        if (!other.after.extent && !other.before.extent)
            continue;
        if (!latest || other.startedAt > latest->startedAt)
            latest = &other;
    }
    if (!latest)
        return std::nullopt;
    return latest->after.extent ? latest->after.extent : latest->before.extent;
}

GuardVerdict guardCheck(std::optional<LegExtent> baseline, const CheckIn &report)
{
    GuardVerdict verdict;
    verdict.spread = symptomTrend(baseline, report.extent) == SymptomTrend::Spread;
    verdict.numbnessOrWeakness = report.newNumbnessOrWeakness;
    verdict.stop = verdict.spread || verdict.numbnessOrWeakness;
    return verdict;
}

FlagReason flagReasonFor(const GuardVerdict &verdict)
{
    if (verdict.spread)
        return FlagReason::Spread;
    if (verdict.numbnessOrWeakness)
        return FlagReason::NumbnessOrWeakness;
    return FlagReason::MadeWorse;
}

} // namespace lumbar
