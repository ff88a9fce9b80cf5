#include "reminderschedule.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdio>
#include <iterator>

namespace lumbar {

namespace {

constexpr int maxDefaultReminders = 12 * 60 / 5 + 1;

// The valid times, sorted, each once.
std::vector<int> normalised(const std::vector<int> &times)
{
    std::vector<int> valid;
    valid.reserve(times.size());
    std::copy_if(times.begin(), times.end(), std::back_inserter(valid),
        [](int minute) { return minute >= 0 && minute < minutesPerDay; });
    std::sort(valid.begin(), valid.end());
    valid.erase(std::unique(valid.begin(), valid.end()), valid.end());
    return valid;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string_view trimmed(std::string_view text)
{
    const std::size_t first = text.find_first_not_of(' ');
    if (first == std::string_view::npos)
        return {};
    const std::size_t last = text.find_last_not_of(' ');
    return text.substr(first, last - first + 1);
}

} // namespace

std::vector<int> defaultReminderTimes(int timesPerDay)
{
    // A reminder every 5 minutes from 08:00 to 20:00 is 145 of them; asking for more gives those.
    const int n = std::clamp(timesPerDay, 1, maxDefaultReminders);
    switch (n) {
    case 1:
        return {9 * 60};
    case 2:
        return {9 * 60, 18 * 60};
    case 3:
        return {9 * 60, 13 * 60, 19 * 60};
    default:
        break;
    }
    // From 08:00 to 20:00 in n - 1 equal steps, each rounded to the nearest 5 minutes (in integers: no drift).
    constexpr long long first = 8LL * 60;
    constexpr long long span = 12LL * 60;
    const long long steps = n - 1;
    std::vector<int> times;
    times.reserve(static_cast<std::size_t>(n));
    for (long long i = 0; i < n; ++i) {
        const long long fives = (2 * i * span + 5 * steps) / (10 * steps);
        times.push_back(static_cast<int>(first + 5 * fives));
    }
    return times; // steps of 5 minutes or more never round to the same time
}

std::vector<LocalMinute> dueReminders(const std::vector<int> &times, LocalMinute after, LocalMinute upTo)
{
    std::vector<LocalMinute> due;
    const std::vector<int> valid = normalised(times);
    if (valid.empty() || upTo <= after)
        return due;
    for (LocalDay day = after.day; day <= upTo.day; day += std::chrono::days{1}) {
        for (const int minute : valid) {
            const LocalMinute at{day, minute};
            if (after < at && at <= upTo)
                due.push_back(at);
        }
    }
    return due;
}

std::optional<LocalMinute> nextReminder(const std::vector<int> &times, LocalMinute now)
{
    const std::vector<int> valid = normalised(times);
    if (valid.empty())
        return std::nullopt;
    const auto later = std::upper_bound(valid.begin(), valid.end(), now.minute);
    if (later != valid.end())
        return LocalMinute{now.day, *later};
    return LocalMinute{now.day + std::chrono::days{1}, valid.front()};
}

std::string reminderTimeText(int minute)
{
    const int wrapped = ((minute % minutesPerDay) + minutesPerDay) % minutesPerDay;
    std::array<char, 8> text{};
    std::snprintf(text.data(), text.size(), "%02d:%02d", wrapped / 60, wrapped % 60);
    return text.data();
}

std::optional<int> parseReminderTime(std::string_view text)
{
    text = trimmed(text);
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon < 1 || colon > 2 || text.size() != colon + 3)
        return std::nullopt;
    if (!std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(colon), isDigit) ||
        !isDigit(text[colon + 1]) || !isDigit(text[colon + 2]))
        return std::nullopt;
    int hours = 0;
    for (std::size_t i = 0; i < colon; ++i)
        hours = hours * 10 + (text[i] - '0');
    const int minutes = (text[colon + 1] - '0') * 10 + (text[colon + 2] - '0');
    if (hours > 23 || minutes > 59)
        return std::nullopt;
    return hours * 60 + minutes;
}

} // namespace lumbar
