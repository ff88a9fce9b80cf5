// Adherence and streaks: what the progress page tells the user about how regularly they exercised. Only sessions in
// which something was done count; dates are given, never read from the clock.
#include "core/adherence.h"
#include "historydays.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace lumbar {
namespace {

using std::chrono::days;
using std::chrono::year;

using test::nov;

SessionRecord session(LocalDay day, std::string routineId = "mckenzie", ItemResult result = ItemResult::Done)
{
    SessionRecord s;
    s.routineId = std::move(routineId);
    s.day = day;
    s.startedAt = WallTime{day + std::chrono::hours(9)};
    s.endedAt = s.startedAt + std::chrono::minutes(15);
    ItemRecord item;
    item.exerciseId = "prone-lying";
    item.exerciseName = "Prone lying";
    item.result = result;
    s.items.push_back(item);
    return s;
}

TEST(Adherence, AMonthWithGapsCountsOneDayPerEntryAndTheDaysDone)
{
    std::vector<SessionRecord> sessions;
    for (const unsigned d : {1U, 2U, 3U, 10U, 11U, 20U, 30U})
        sessions.push_back(session(nov(d)));
    const Adherence a = adherence(sessions, "mckenzie", 1, nov(1), nov(30));
    ASSERT_EQ(a.days.size(), 30U);
    EXPECT_EQ(a.expected, 30);
    EXPECT_EQ(a.done, 7);
    EXPECT_DOUBLE_EQ(a.ratio(), 7.0 / 30.0);
    EXPECT_EQ(a.days.front().day, nov(1));
    EXPECT_EQ(a.days.back().day, nov(30));
    EXPECT_EQ(a.days[1].done, 1); // 2 November
    EXPECT_EQ(a.days[3].done, 0); // 4 November: a gap
    EXPECT_EQ(a.days[3].expected, 1);
}

TEST(Adherence, ExtraSessionsOnOneDayDoNotMakeUpForAMissedDay)
{
    // Twice a day asked for: three sessions on the 3rd, none on the 4th.
    const std::vector<SessionRecord> sessions{session(nov(3)), session(nov(3)), session(nov(3))};
    const Adherence a = adherence(sessions, "mckenzie", 2, nov(3), nov(4));
    ASSERT_EQ(a.days.size(), 2U);
    EXPECT_EQ(a.days[0].done, 2);
    EXPECT_EQ(a.days[0].expected, 2);
    EXPECT_EQ(a.days[1].done, 0);
    EXPECT_EQ(a.done, 2);
    EXPECT_EQ(a.expected, 4);
    EXPECT_DOUBLE_EQ(a.ratio(), 0.5);
}

TEST(Adherence, SessionsInWhichNothingWasDoneDoNotCount)
{
    SessionRecord interrupted = session(nov(5), "mckenzie", ItemResult::NotReached);
    interrupted.endedAt.reset();
    const std::vector<SessionRecord> sessions{session(nov(4), "mckenzie", ItemResult::Skipped), interrupted,
        session(nov(6), "mckenzie", ItemResult::Partial)};
    const Adherence a = adherence(sessions, "mckenzie", 1, nov(4), nov(6));
    EXPECT_EQ(a.days[0].done, 0) << "every exercise skipped";
    EXPECT_EQ(a.days[1].done, 0) << "interrupted before anything was done";
    EXPECT_EQ(a.days[2].done, 1) << "part of an exercise is still exercise";
    EXPECT_EQ(a.done, 1);
}

TEST(Adherence, OnlyTheChosenRoutineCountsUnlessNoneIsChosen)
{
    const std::vector<SessionRecord> sessions{
        session(nov(1), "mckenzie"), session(nov(2), "nerve-glides"), session(nov(3), "")};
    EXPECT_EQ(adherence(sessions, "mckenzie", 1, nov(1), nov(3)).done, 1);
    EXPECT_EQ(adherence(sessions, "nerve-glides", 1, nov(1), nov(3)).done, 1);
    EXPECT_EQ(adherence(sessions, "", 1, nov(1), nov(3)).done, 3);
}

TEST(Adherence, SessionsOutsideTheRangeAreLeftOut)
{
    const std::vector<SessionRecord> sessions{session(nov(1)), session(nov(2)), session(nov(5))};
    const Adherence a = adherence(sessions, "mckenzie", 1, nov(2), nov(4));
    EXPECT_EQ(a.days.size(), 3U);
    EXPECT_EQ(a.done, 1);
}

TEST(Adherence, NoTimesPerDayMeansOnceAndAnEmptyRangeMeansNothing)
{
    const std::vector<SessionRecord> sessions{session(nov(1)), session(nov(1))};
    const Adherence zero = adherence(sessions, "mckenzie", 0, nov(1), nov(1));
    EXPECT_EQ(zero.expected, 1);
    EXPECT_EQ(zero.done, 1);

    const Adherence backwards = adherence(sessions, "mckenzie", 1, nov(2), nov(1));
    EXPECT_TRUE(backwards.days.empty());
    EXPECT_EQ(backwards.expected, 0);
    EXPECT_DOUBLE_EQ(backwards.ratio(), 0.0);

    const Adherence none = adherence({}, "", 1, nov(1), nov(7));
    EXPECT_EQ(none.days.size(), 7U);
    EXPECT_EQ(none.done, 0);
    EXPECT_DOUBLE_EQ(none.ratio(), 0.0);
}

TEST(Adherence, AStreakIsStillAliveWhenTodayHasNoSessionYet)
{
    const std::vector<SessionRecord> sessions{session(nov(8)), session(nov(9)), session(nov(10))};
    EXPECT_EQ(streaks(sessions, nov(10)).current, 3);
    EXPECT_EQ(streaks(sessions, nov(11)).current, 3) << "the 11th is not over yet";
    EXPECT_EQ(streaks(sessions, nov(12)).current, 0) << "the 11th passed without a session";
    EXPECT_EQ(streaks(sessions, nov(12)).longest, 3);
}

TEST(Adherence, AnyRoutineCountsButSessionsWithNothingDoneDoNot)
{
    const std::vector<SessionRecord> sessions{session(nov(8), "mckenzie"), session(nov(9), "nerve-glides"),
        session(nov(10), "mckenzie", ItemResult::Skipped)};
    const Streaks s = streaks(sessions, nov(10));
    EXPECT_EQ(s.current, 2) << "alive from yesterday: today's skipped session does not count, nor break it";
    EXPECT_EQ(s.longest, 2);
}

TEST(Adherence, TheLongestRunIsKeptAfterTheCurrentOneBreaks)
{
    std::vector<SessionRecord> sessions;
    for (const unsigned d : {1U, 2U, 3U, 4U, 5U, 7U, 8U, 20U, 21U})
        sessions.push_back(session(nov(d)));
    sessions.push_back(session(nov(21))); // two on one day are still one day
    const Streaks s = streaks(sessions, nov(21));
    EXPECT_EQ(s.current, 2);
    EXPECT_EQ(s.longest, 5);
}

TEST(Adherence, SessionsAfterTodayAreIgnored)
{
    const std::vector<SessionRecord> sessions{session(nov(1)), session(nov(2)), session(nov(3)), session(nov(4))};
    const Streaks s = streaks(sessions, nov(2));
    EXPECT_EQ(s.current, 2);
    EXPECT_EQ(s.longest, 2);
}

TEST(Adherence, NoSessionsMeansNoStreak)
{
    const Streaks s = streaks({}, nov(1));
    EXPECT_EQ(s.current, 0);
    EXPECT_EQ(s.longest, 0);
    EXPECT_TRUE(sessionDays({}).empty());
}

TEST(Adherence, CalendarDaysAreSortedUniqueAndOnlyThoseWithSomethingDone)
{
    const std::vector<SessionRecord> sessions{session(nov(9)), session(nov(2)), session(nov(9)),
        session(nov(5), "mckenzie", ItemResult::Skipped), session(nov(3), "", ItemResult::Worse)};
    EXPECT_EQ(sessionDays(sessions), (std::vector<LocalDay>{nov(2), nov(3), nov(9)}));
}

TEST(Adherence, AStreakCanRunAcrossAMonthEnd)
{
    const std::vector<SessionRecord> sessions{
        session(LocalDay{year{2026} / 10 / 31}), session(nov(1)), session(LocalDay{nov(1) + days{1}})};
    EXPECT_EQ(streaks(sessions, nov(2)).current, 3);
}

} // namespace
} // namespace lumbar
