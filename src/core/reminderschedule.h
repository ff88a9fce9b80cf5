// When to remind the user to exercise: the default times of day for a routine done n times a day, the reminders
// that fell due while the app was not looking, and the next one. Times of day are minutes since local midnight
// (0 to 1439); the caller gives the current local day and minute, so none of this reads the clock.
#pragma once

#include "history.h"

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lumbar {

inline constexpr int minutesPerDay = 24 * 60;

// Sensible times for `timesPerDay` reminders (less than 1 counts as 1), sorted: 09:00; 09:00 and 18:00; 09:00, 13:00
// and 19:00; more than three spread evenly from 08:00 to 20:00, rounded to 5 minutes (at most 145 of them: one
// every 5 minutes).
std::vector<int> defaultReminderTimes(int timesPerDay);

// A minute of a local day.
struct LocalMinute
{
    LocalDay day{};
    int minute = 0; // since local midnight

    // clang-tidy 14 mistakes the literal 0 inside a defaulted <=> for a null pointer (fixed in later versions).
    // NOLINTNEXTLINE(modernize-use-nullptr)
    friend std::strong_ordering operator<=>(const LocalMinute &, const LocalMinute &) = default;
};

// Every reminder from `times` that falls after `after` and up to `upTo` inclusive, in order, across as many days as
// the span covers, each time at most once a day. A computer asleep over two reminders gets both here; the caller
// should show only the last (one "time to exercise", not a pile of them) and remember `upTo` as the next `after`.
// Times outside 0..1439 are ignored.
std::vector<LocalMinute> dueReminders(const std::vector<int> &times, LocalMinute after, LocalMinute upTo);

// The first reminder strictly after `now`: later today, else tomorrow's first. nullopt when there are no (valid)
// times.
std::optional<LocalMinute> nextReminder(const std::vector<int> &times, LocalMinute now);

// "09:00", "21:30": 24-hour, as the settings show it. Minutes outside a day wrap around it.
std::string reminderTimeText(int minute);

// A time typed in settings: "9:00", "09:00", "21:30" (surrounding spaces allowed). nullopt for anything else,
// including "24:00", "9:5" and "9".
std::optional<int> parseReminderTime(std::string_view text);

} // namespace lumbar
