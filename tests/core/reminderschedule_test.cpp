// Reminder times: the defaults for a routine done n times a day, the reminders due after the app was away (asleep
// over midnight, say), the next one, and the times a user types in settings.
#include "core/reminderschedule.h"
#include "historydays.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace lumbar {
namespace {

using std::chrono::year;

using test::nov;

constexpr int at(int hours, int minutes)
{
    return hours * 60 + minutes;
}

TEST(ReminderSchedule, DefaultTimesForOneToThreeADay)
{
    EXPECT_EQ(defaultReminderTimes(1), (std::vector<int>{at(9, 0)}));
    EXPECT_EQ(defaultReminderTimes(2), (std::vector<int>{at(9, 0), at(18, 0)}));
    EXPECT_EQ(defaultReminderTimes(3), (std::vector<int>{at(9, 0), at(13, 0), at(19, 0)}));
    EXPECT_EQ(defaultReminderTimes(0), defaultReminderTimes(1));
    EXPECT_EQ(defaultReminderTimes(-4), defaultReminderTimes(1));
}

TEST(ReminderSchedule, MoreThanThreeADayAreSpreadFromEightToEightOnFiveMinuteMarks)
{
    EXPECT_EQ(defaultReminderTimes(4), (std::vector<int>{at(8, 0), at(12, 0), at(16, 0), at(20, 0)}));
    EXPECT_EQ(defaultReminderTimes(5), (std::vector<int>{at(8, 0), at(11, 0), at(14, 0), at(17, 0), at(20, 0)}));
    // Every 2 h 24 min, rounded: 10:24 → 10:25, 12:48 → 12:50, 15:12 → 15:10, 17:36 → 17:35.
    EXPECT_EQ(defaultReminderTimes(6),
        (std::vector<int>{at(8, 0), at(10, 25), at(12, 50), at(15, 10), at(17, 35), at(20, 0)}));
    for (const int n : {7, 10, 24}) {
        const std::vector<int> times = defaultReminderTimes(n);
        ASSERT_EQ(times.size(), static_cast<std::size_t>(n));
        EXPECT_TRUE(std::is_sorted(times.begin(), times.end()));
        EXPECT_EQ(times.front(), at(8, 0));
        EXPECT_EQ(times.back(), at(20, 0));
        for (const int t : times)
            EXPECT_EQ(t % 5, 0) << reminderTimeText(t);
    }
    const std::vector<int> every5 = defaultReminderTimes(1000);
    ASSERT_EQ(every5.size(), 145U) << "no more than one every 5 minutes";
    EXPECT_EQ(every5[1], at(8, 5));
    EXPECT_EQ(every5.back(), at(20, 0));
}

TEST(ReminderSchedule, RemindersDueBetweenTwoLooksAtTheClock)
{
    const std::vector<int> times{at(9, 0), at(18, 0)};
    EXPECT_EQ(
        dueReminders(times, {nov(3), at(8, 59)}, {nov(3), at(9, 0)}), (std::vector<LocalMinute>{{nov(3), at(9, 0)}}))
        << "due at the minute itself";
    EXPECT_TRUE(dueReminders(times, {nov(3), at(9, 0)}, {nov(3), at(9, 1)}).empty()) << "already shown at 09:00";
    EXPECT_TRUE(dueReminders(times, {nov(3), at(9, 1)}, {nov(3), at(17, 59)}).empty());
    EXPECT_TRUE(dueReminders(times, {nov(3), at(10, 0)}, {nov(3), at(9, 0)}).empty()) << "the clock went back";
    EXPECT_TRUE(dueReminders({}, {nov(3), 0}, {nov(4), 0}).empty());
}

TEST(ReminderSchedule, AComputerAsleepOverMidnightGetsEveryMissedReminderInOrder)
{
    // Asleep from 17:00 on the 3rd to 09:30 on the 4th: 18:00 and 09:00 were missed. The caller shows only the last.
    const std::vector<LocalMinute> due = dueReminders({at(18, 0), at(9, 0)}, {nov(3), at(17, 0)}, {nov(4), at(9, 30)});
    EXPECT_EQ(due, (std::vector<LocalMinute>{{nov(3), at(18, 0)}, {nov(4), at(9, 0)}}));
}

TEST(ReminderSchedule, RepeatedOrImpossibleTimesAreDueOnceOrNotAtAll)
{
    const std::vector<LocalMinute> due =
        dueReminders({at(9, 0), at(9, 0), -5, minutesPerDay}, {nov(3), at(8, 0)}, {nov(5), at(8, 0)});
    EXPECT_EQ(due, (std::vector<LocalMinute>{{nov(3), at(9, 0)}, {nov(4), at(9, 0)}}));
}

TEST(ReminderSchedule, TheNextReminderIsLaterTodayOrTomorrowsFirst)
{
    const std::vector<int> times{at(19, 0), at(9, 0), at(13, 0)};
    EXPECT_EQ(nextReminder(times, {nov(3), at(7, 0)}), (LocalMinute{nov(3), at(9, 0)}));
    EXPECT_EQ(nextReminder(times, {nov(3), at(9, 0)}), (LocalMinute{nov(3), at(13, 0)})) << "strictly after now";
    EXPECT_EQ(nextReminder(times, {nov(3), at(19, 0)}), (LocalMinute{nov(4), at(9, 0)}));
    EXPECT_EQ(nextReminder(times, {nov(30), at(23, 59)}), (LocalMinute{LocalDay{year{2026} / 12 / 1}, at(9, 0)}));
    EXPECT_EQ(nextReminder({}, {nov(3), at(7, 0)}), std::nullopt);
}

TEST(ReminderSchedule, LocalMinutesOrderByDayThenMinute)
{
    EXPECT_LT((LocalMinute{nov(3), at(23, 59)}), (LocalMinute{nov(4), 0}));
    EXPECT_LT((LocalMinute{nov(3), at(9, 0)}), (LocalMinute{nov(3), at(9, 1)}));
    EXPECT_EQ((LocalMinute{nov(3), at(9, 0)}), (LocalMinute{nov(3), at(9, 0)}));
}

TEST(ReminderSchedule, TimesAreShownAsTwentyFourHourClockTimes)
{
    EXPECT_EQ(reminderTimeText(at(9, 0)), "09:00");
    EXPECT_EQ(reminderTimeText(at(21, 30)), "21:30");
    EXPECT_EQ(reminderTimeText(0), "00:00");
    EXPECT_EQ(reminderTimeText(minutesPerDay - 1), "23:59");
    EXPECT_EQ(reminderTimeText(minutesPerDay + 5), "00:05");
}

TEST(ReminderSchedule, TypedTimesAreReadAndNonsenseIsRefused)
{
    EXPECT_EQ(parseReminderTime("9:00"), at(9, 0));
    EXPECT_EQ(parseReminderTime("09:00"), at(9, 0));
    EXPECT_EQ(parseReminderTime("21:30"), at(21, 30));
    EXPECT_EQ(parseReminderTime("0:00"), 0);
    EXPECT_EQ(parseReminderTime("23:59"), at(23, 59));
    EXPECT_EQ(parseReminderTime(" 7:45 "), at(7, 45));
    for (const std::string_view bad : {"", " ", "9", "9:", ":30", "9:5", "9:000", "009:00", "24:00", "9:60", "-1:00",
             "+9:00", "9.00", "9:00pm", "ab:cd", "9 :00", "12:3x"})
        EXPECT_EQ(parseReminderTime(bad), std::nullopt) << '"' << bad << '"';
}

TEST(ReminderSchedule, EveryShownTimeReadsBackAsItself)
{
    for (int minute = 0; minute < minutesPerDay; ++minute)
        ASSERT_EQ(parseReminderTime(reminderTimeText(minute)), minute);
}

} // namespace
} // namespace lumbar
