// Progress: the figures the progress page and the therapist's summary show — adherence per routine from the day it
// was taken up, pain at the start and end of a period, how much a session eases pain and where symptoms reach.
#include "core/progress.h"
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

SessionRecord session(LocalDay day, std::string routineId = "mckenzie", std::optional<int> painBefore = {},
    std::optional<int> painAfter = {})
{
    SessionRecord s;
    s.routineId = std::move(routineId);
    s.routineTitle = s.routineId + " routine";
    s.day = day;
    s.startedAt = WallTime{day + std::chrono::hours(9)};
    s.endedAt = s.startedAt + std::chrono::minutes(15);
    s.before.pain = painBefore;
    s.after.pain = painAfter;
    ItemRecord item;
    item.exerciseId = "prone-lying";
    item.exerciseName = "Prone lying";
    item.result = ItemResult::Done;
    s.items.push_back(item);
    return s;
}

int twiceForMckenzie(const std::string &id)
{
    return id == "mckenzie" ? 2 : 0;
}

TEST(Progress, LastDaysEndsTodayAndCountsTodayAsOne)
{
    const DayRange week = lastDays(nov(30), 7);
    EXPECT_EQ(week.from, nov(24));
    EXPECT_EQ(week.to, nov(30));
    EXPECT_TRUE(week.contains(nov(24)));
    EXPECT_FALSE(week.contains(nov(23)));
    EXPECT_EQ(lastDays(nov(30), 0).from, nov(30)); // never an empty range
}

TEST(Progress, AdherenceCountsARoutineFromTheDayItWasTakenUp)
{
    // A routine started on the 21st and done once a day since, asked for twice a day: 10 days, 10 of 20.
    std::vector<SessionRecord> sessions;
    for (unsigned d = 21; d <= 30; ++d)
        sessions.push_back(session(nov(d)));
    const auto entries = adherenceByRoutine(sessions, twiceForMckenzie, lastDays(nov(30), 30));
    ASSERT_EQ(entries.size(), 1U);
    EXPECT_EQ(entries[0].routineId, "mckenzie");
    EXPECT_EQ(entries[0].title, "mckenzie routine");
    EXPECT_EQ(entries[0].timesPerDay, 2);
    EXPECT_EQ(entries[0].adherence.days.size(), 10U);
    EXPECT_EQ(entries[0].adherence.expected, 20);
    EXPECT_EQ(entries[0].adherence.done, 10);
}

TEST(Progress, AdherenceListsRoutinesNewestFirstAndLeavesOutSingleExercises)
{
    std::vector<SessionRecord> sessions{session(nov(2), "sliders"), session(nov(5), "mckenzie"), session(nov(6), ""),
        session(nov(8), "sliders"), session(nov(1), "old")};
    sessions.back().routineTitle = "Before the window";
    const auto entries = adherenceByRoutine(sessions, twiceForMckenzie, {nov(2), nov(10)});
    ASSERT_EQ(entries.size(), 2U);
    EXPECT_EQ(entries[0].routineId, "sliders");
    EXPECT_EQ(entries[0].timesPerDay, 1); // unknown to the callback: once a day
    EXPECT_EQ(entries[0].adherence.done, 2);
    EXPECT_EQ(entries[0].adherence.expected, 9); // the 2nd to the 10th
    EXPECT_EQ(entries[1].routineId, "mckenzie");
    EXPECT_EQ(entries[1].adherence.expected, 12); // the 5th to the 10th, twice a day
}

TEST(Progress, AdherenceTakesTheLatestTitleAndIgnoresSessionsWithNothingDone)
{
    std::vector<SessionRecord> sessions{session(nov(3)), session(nov(4)), session(nov(5))};
    sessions[1].routineTitle = "Renamed";
    sessions[2].routineTitle = "Never done";
    sessions[2].items[0].result = ItemResult::Skipped;
    const auto entries = adherenceByRoutine(sessions, {}, {nov(1), nov(5)});
    ASSERT_EQ(entries.size(), 1U);
    EXPECT_EQ(entries[0].title, "Renamed");
    EXPECT_EQ(entries[0].adherence.done, 2);
    EXPECT_EQ(entries[0].adherence.expected, 3); // from the 3rd
}

TEST(Progress, MeanPainUsesOnlyTheRatingsGivenInTheRange)
{
    const std::vector<SessionRecord> sessions{session(nov(1), "r", 8, 6), session(nov(2), "r", 6, {}),
        session(nov(3), "r", {}, 3), session(nov(9), "r", 2, 1)};
    EXPECT_DOUBLE_EQ(*meanPain(sessions, CheckInMoment::Before, {nov(1), nov(3)}), 7.0);
    EXPECT_DOUBLE_EQ(*meanPain(sessions, CheckInMoment::After, {nov(1), nov(3)}), 4.5);
    EXPECT_FALSE(meanPain(sessions, CheckInMoment::Before, {nov(4), nov(8)}).has_value());
}

TEST(Progress, ReliefIsBeforeMinusAfterOverSessionsRatedBothTimes)
{
    const std::vector<SessionRecord> sessions{
        session(nov(1), "r", 8, 6), session(nov(2), "r", 6, {}), session(nov(3), "r", 5, 6)};
    EXPECT_DOUBLE_EQ(*meanPainRelief(sessions, {nov(1), nov(3)}), 0.5); // (2 + -1) / 2
    EXPECT_FALSE(meanPainRelief(sessions, {nov(2), nov(2)}).has_value());
}

TEST(Progress, ExtentChangeComparesTheFirstAndLatestReports)
{
    std::vector<SessionRecord> sessions{session(nov(1)), session(nov(2)), session(nov(3))};
    sessions[0].before.extent = LegExtent::BelowKnee;
    sessions[0].after.extent = LegExtent::Thigh;
    sessions[2].before.extent = LegExtent::Buttock;
    const ExtentChange change = extentChange(sessions, {nov(1), nov(3)});
    EXPECT_EQ(change.first, LegExtent::BelowKnee);
    EXPECT_EQ(change.latest, LegExtent::Buttock);
    EXPECT_EQ(change.trend, SymptomTrend::Centralised);

    sessions[2].after.extent = LegExtent::Foot;
    EXPECT_EQ(extentChange(sessions, {nov(1), nov(3)}).trend, SymptomTrend::Spread);
    EXPECT_EQ(extentChange(sessions, {nov(2), nov(2)}).trend, SymptomTrend::Unknown);
}

TEST(Progress, SummaryOfAMonth)
{
    // Daily from the 1st to the 30th except the 15th; pain before falls from 7 to 3 over the month.
    std::vector<SessionRecord> sessions;
    for (unsigned d = 1; d <= 30; ++d) {
        if (d == 15)
            continue;
        const int before = d <= 7 ? 7 : (d >= 24 ? 3 : 5);
        sessions.push_back(session(nov(d), "mckenzie", before, before - 1));
    }
    sessions[3].stoppedEarly = true; // the 4th
    sessions[4].endedAt.reset(); // the 5th: the app was closed mid-session
    sessions[5].items[0].result = ItemResult::Skipped; // the 6th: nothing done
    sessions[5].guardTriggered = true;
    sessions.push_back(session(LocalDay{year{2026} / 12 / 1}, "mckenzie", 9, 9)); // after the range

    const ProgressSummary s = summarize(sessions, twiceForMckenzie, lastDays(nov(30), 30));
    EXPECT_EQ(s.sessions, 28); // 29 days of sessions, the 6th had nothing done
    EXPECT_EQ(s.finished, 27);
    EXPECT_EQ(s.stoppedEarly, 1);
    EXPECT_EQ(s.interrupted, 1);
    EXPECT_EQ(s.guardEvents, 1);
    EXPECT_EQ(s.streaks.current, 15); // the 16th to the 30th
    EXPECT_EQ(s.streaks.longest, 15);
    ASSERT_EQ(s.adherence.size(), 1U);
    EXPECT_EQ(s.adherence[0].adherence.expected, 60);
    EXPECT_EQ(s.adherence[0].adherence.done, 28);
    ASSERT_TRUE(s.painFirstWeek && s.painLastWeek && s.relief);
    EXPECT_DOUBLE_EQ(*s.painFirstWeek, 7.0);
    EXPECT_DOUBLE_EQ(*s.painLastWeek, 3.0);
    EXPECT_DOUBLE_EQ(*s.relief, 1.0);
}

TEST(Progress, ANewUserHasNoFirstWeekToCompareWith)
{
    const std::vector<SessionRecord> sessions{session(nov(20), "r", 6, 5), session(nov(28), "r", 4, 4)};
    const ProgressSummary s = summarize(sessions, {}, lastDays(nov(30), 30));
    EXPECT_FALSE(s.painFirstWeek.has_value()); // the 20th to the 26th would overlap the last week
    EXPECT_DOUBLE_EQ(*s.painLastWeek, 4.0);
    const ProgressSummary empty = summarize({}, {}, lastDays(nov(30), 30));
    EXPECT_EQ(empty.sessions, 0);
    EXPECT_FALSE(empty.painLastWeek.has_value());
    EXPECT_TRUE(empty.adherence.empty());
}

} // namespace
} // namespace lumbar
