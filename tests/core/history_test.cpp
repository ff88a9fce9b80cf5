#include "core/history.h"

#include <gtest/gtest.h>

using namespace lumbar;
using namespace std::chrono;

namespace {

SessionRecord sessionAt(std::int64_t id, sys_days day, int hour, CheckIn before = {}, CheckIn after = {})
{
    SessionRecord session;
    session.id = id;
    session.day = day;
    session.startedAt = WallTime{day + hours(hour)};
    session.before = before;
    session.after = after;
    return session;
}

constexpr sys_days nov(unsigned d)
{
    return sys_days{year{2026} / 11 / day{d}};
}

} // namespace

TEST(History, ExtentAndResultKeysRoundTripAndUnknownKeysAreRejected)
{
    for (int i = 0; i < legExtentCount; ++i) {
        const auto extent = static_cast<LegExtent>(i);
        EXPECT_EQ(legExtentFromKey(legExtentKey(extent)), extent);
    }
    for (const ItemResult result :
        {ItemResult::Done, ItemResult::Partial, ItemResult::Skipped, ItemResult::NotReached, ItemResult::Worse})
        EXPECT_EQ(itemResultFromKey(itemResultKey(result)), result);
    EXPECT_EQ(legExtentKey(LegExtent::BelowKnee), "below-knee");
    EXPECT_EQ(legExtentFromKey("knee"), std::nullopt);
    EXPECT_EQ(itemResultFromKey(""), std::nullopt);
}

TEST(History, SymptomsMovingDownTheLegAreASpreadAndMovingUpIsCentralisation)
{
    EXPECT_EQ(symptomTrend(LegExtent::Thigh, LegExtent::BelowKnee), SymptomTrend::Spread);
    EXPECT_EQ(symptomTrend(LegExtent::BackOnly, LegExtent::Buttock), SymptomTrend::Spread);
    EXPECT_EQ(symptomTrend(LegExtent::Foot, LegExtent::Thigh), SymptomTrend::Centralised);
    EXPECT_EQ(symptomTrend(LegExtent::Buttock, LegExtent::Buttock), SymptomTrend::Unchanged);
    EXPECT_EQ(symptomTrend(std::nullopt, LegExtent::Foot), SymptomTrend::Unknown);
    EXPECT_EQ(symptomTrend(LegExtent::Foot, std::nullopt), SymptomTrend::Unknown);
}

TEST(History, TheGuardStopsOnASpreadOrNewNumbnessButNotOnCentralisation)
{
    const GuardVerdict spread = guardCheck(LegExtent::Thigh, CheckIn{3, LegExtent::Foot, false});
    EXPECT_TRUE(spread.stop);
    EXPECT_TRUE(spread.spread);
    EXPECT_FALSE(spread.numbnessOrWeakness);

    EXPECT_FALSE(guardCheck(LegExtent::Thigh, CheckIn{8, LegExtent::Buttock, false}).stop)
        << "more pain closer to the back is centralising, which the sources count as a good sign";
    EXPECT_FALSE(guardCheck(LegExtent::Thigh, CheckIn{5, LegExtent::Thigh, false}).stop);

    const GuardVerdict numb = guardCheck(LegExtent::Thigh, CheckIn{std::nullopt, LegExtent::Thigh, true});
    EXPECT_TRUE(numb.stop);
    EXPECT_FALSE(numb.spread);
    EXPECT_TRUE(numb.numbnessOrWeakness);

    EXPECT_FALSE(guardCheck(std::nullopt, CheckIn{2, LegExtent::Foot, false}).stop)
        << "with nothing to compare with, where symptoms reach says nothing about spreading";
}

TEST(History, TheBaselineIsTheSessionsOwnCheckInElseTheLatestRecentOne)
{
    const SessionRecord monday = sessionAt(1, nov(2), 9, CheckIn{4, LegExtent::Foot}, CheckIn{3, LegExtent::Thigh});
    const SessionRecord tuesday = sessionAt(2, nov(3), 9, CheckIn{3, LegExtent::BelowKnee});
    const SessionRecord noCheckIn = sessionAt(3, nov(4), 9);
    const std::vector<SessionRecord> earlier{monday, tuesday};

    SessionRecord withOwn = sessionAt(4, nov(4), 18, CheckIn{2, LegExtent::Buttock});
    EXPECT_EQ(baselineExtent(withOwn, earlier, days(7)), LegExtent::Buttock);
    // Tuesday's is the latest; it has only a before check-in.
    EXPECT_EQ(baselineExtent(noCheckIn, earlier, days(7)), LegExtent::BelowKnee);
    // Monday's after check-in is used when it is the latest one.
    EXPECT_EQ(baselineExtent(noCheckIn, {monday}, days(7)), LegExtent::Thigh);
    // Too old to say where symptoms reach today.
    EXPECT_EQ(baselineExtent(sessionAt(5, nov(20), 9), earlier, days(7)), std::nullopt);
    // Later sessions are not a baseline for an earlier one.
    EXPECT_EQ(baselineExtent(sessionAt(6, nov(1), 9), earlier, days(7)), std::nullopt);
}

TEST(History, ASessionCountsOnlyWhenSomethingOfItWasDone)
{
    SessionRecord session = sessionAt(1, nov(2), 9);
    EXPECT_FALSE(session.counts());
    session.items = {{0, "a", "A", ItemResult::Skipped, {}, {}}, {1, "b", "B", ItemResult::NotReached, {}, {}}};
    EXPECT_FALSE(session.counts());
    session.items[1].result = ItemResult::Partial;
    EXPECT_TRUE(session.counts());
    session.items[1].result = ItemResult::Worse;
    EXPECT_TRUE(session.counts()) << "an exercise stopped because it made things worse was still attempted";
    EXPECT_TRUE(session.isInterrupted());
    session.endedAt = session.startedAt + minutes(12);
    EXPECT_FALSE(session.isInterrupted());
}

TEST(History, AFlagSaysWhyTheExerciseWasFlagged)
{
    EXPECT_EQ(flagReasonFor(guardCheck(LegExtent::Thigh, CheckIn{5, LegExtent::Foot, true})), FlagReason::Spread);
    EXPECT_EQ(flagReasonFor(guardCheck(LegExtent::Thigh, CheckIn{5, LegExtent::Thigh, true})),
        FlagReason::NumbnessOrWeakness);
    EXPECT_EQ(
        flagReasonFor(guardCheck(LegExtent::Thigh, CheckIn{5, LegExtent::Buttock, false})), FlagReason::MadeWorse);
    for (const FlagReason reason : {FlagReason::Spread, FlagReason::NumbnessOrWeakness, FlagReason::MadeWorse})
        EXPECT_EQ(flagReasonFromKey(flagReasonKey(reason)), reason);
}

TEST(History, DaysAreWrittenAsIsoDatesAndOnlyRealDatesAreRead)
{
    EXPECT_EQ(dayText(nov(3)), "2026-11-03");
    EXPECT_EQ(dayFromText("2026-11-03"), nov(3));
    EXPECT_EQ(dayFromText(dayText(sys_days{year{1999} / 12 / 31})), sys_days{year{1999} / 12 / 31});
    EXPECT_EQ(dayFromText("2026-02-30"), std::nullopt);
    EXPECT_EQ(dayFromText("2026-1-03"), std::nullopt);
    EXPECT_EQ(dayFromText("2026-11-0x"), std::nullopt);
    EXPECT_EQ(dayFromText(""), std::nullopt);
}
