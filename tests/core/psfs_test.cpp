// The Patient-Specific Functional Scale: the per-day mean of the user's activity ratings, change over time, the
// limit of three activities, and the names the user types.
#include "core/psfs.h"
#include "historydays.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace lumbar {
namespace {

using test::nov;

PsfsActivity activity(std::int64_t id, std::string name, std::optional<LocalDay> retired = std::nullopt)
{
    return PsfsActivity{id, std::move(name), nov(1), retired};
}

TEST(Psfs, TheMeanOfASittingIsTheAverageOfThatDaysScores)
{
    const std::vector<PsfsRating> ratings{{1, nov(1), 4}, // one activity
        {1, nov(2), 3}, {2, nov(2), 6}, // two
        {1, nov(3), 3}, {2, nov(3), 4}, {3, nov(3), 8}}; // three
    const std::vector<PsfsSitting> sittings = psfsSittings(ratings);
    ASSERT_EQ(sittings.size(), 3U);
    EXPECT_EQ(sittings[0].day, nov(1));
    EXPECT_DOUBLE_EQ(sittings[0].mean, 4.0);
    EXPECT_DOUBLE_EQ(sittings[1].mean, 4.5);
    EXPECT_DOUBLE_EQ(sittings[2].mean, 5.0);
    EXPECT_EQ(sittings[2].scores, (std::vector<std::pair<std::int64_t, int>>{{1, 3}, {2, 4}, {3, 8}}));
}

TEST(Psfs, SittingsComeInDayOrderWhateverTheOrderOfTheRatings)
{
    const std::vector<PsfsRating> ratings{{1, nov(9), 7}, {1, nov(2), 2}, {2, nov(9), 5}};
    const std::vector<PsfsSitting> sittings = psfsSittings(ratings);
    ASSERT_EQ(sittings.size(), 2U);
    EXPECT_EQ(sittings[0].day, nov(2));
    EXPECT_EQ(sittings[1].day, nov(9));
    EXPECT_DOUBLE_EQ(sittings[1].mean, 6.0);
}

TEST(Psfs, RatingTheSameActivityAgainOnTheSameDayReplacesTheEarlierRating)
{
    const std::vector<PsfsRating> ratings{{1, nov(4), 2}, {2, nov(4), 6}, {1, nov(4), 4}};
    const std::vector<PsfsSitting> sittings = psfsSittings(ratings);
    ASSERT_EQ(sittings.size(), 1U);
    EXPECT_EQ(sittings[0].scores, (std::vector<std::pair<std::int64_t, int>>{{1, 4}, {2, 6}}));
    EXPECT_DOUBLE_EQ(sittings[0].mean, 5.0);
}

TEST(Psfs, ScoresOutsideTheScaleAreLeftOut)
{
    EXPECT_TRUE(validScore(0));
    EXPECT_TRUE(validScore(10));
    EXPECT_FALSE(validScore(-1));
    EXPECT_FALSE(validScore(11));
    const std::vector<PsfsSitting> sittings = psfsSittings({{1, nov(4), 6}, {2, nov(4), 42}, {3, nov(5), -1}});
    ASSERT_EQ(sittings.size(), 1U);
    EXPECT_DOUBLE_EQ(sittings[0].mean, 6.0);
}

TEST(Psfs, TheChangeIsTheLatestMeanMinusTheFirst)
{
    EXPECT_EQ(psfsChange({}), std::nullopt);
    EXPECT_EQ(psfsChange(psfsSittings({{1, nov(1), 3}})), std::nullopt) << "one sitting is no change yet";

    const std::vector<PsfsRating> ratings{{1, nov(1), 2}, {2, nov(1), 4}, // mean 3
        {1, nov(8), 5}, {2, nov(8), 5}, // mean 5
        {1, nov(15), 6}, {2, nov(15), 7}}; // mean 6.5
    const auto change = psfsChange(psfsSittings(ratings));
    ASSERT_TRUE(change.has_value());
    EXPECT_DOUBLE_EQ(*change, 3.5);

    const auto worse = psfsChange(psfsSittings({{1, nov(1), 6}, {1, nov(2), 4}}));
    ASSERT_TRUE(worse.has_value());
    EXPECT_DOUBLE_EQ(*worse, -2.0);
}

TEST(Psfs, EachActivitysChangeIsItsLatestScoreMinusItsFirst)
{
    const std::vector<PsfsRating> ratings{
        {1, nov(1), 2}, {2, nov(1), 7}, {1, nov(8), 4}, {2, nov(8), 6}, {1, nov(15), 7}, {3, nov(15), 5}};
    EXPECT_EQ(activityChange(ratings, 1), 5);
    EXPECT_EQ(activityChange(ratings, 2), -1);
    EXPECT_EQ(activityChange(ratings, 3), std::nullopt) << "rated once";
    EXPECT_EQ(activityChange(ratings, 4), std::nullopt) << "never rated";
}

TEST(Psfs, ARatingCorrectedOnTheSameDayIsNoChange)
{
    EXPECT_EQ(activityChange({{1, nov(3), 2}, {1, nov(3), 3}}, 1), std::nullopt);
    EXPECT_EQ(activityChange({{1, nov(3), 2}, {1, nov(3), 3}, {1, nov(1), 1}}, 1), 2);
}

TEST(Psfs, AtMostThreeActivitiesAreActiveAtOnce)
{
    std::vector<PsfsActivity> all{activity(1, "Putting on socks"), activity(2, "Sitting through a film")};
    EXPECT_TRUE(canAddActivity(all, nov(5)));
    all.push_back(activity(3, "Walking to the shop"));
    EXPECT_EQ(activeActivities(all, nov(5)).size(), 3U);
    EXPECT_FALSE(canAddActivity(all, nov(5)));
}

TEST(Psfs, RetiredActivitiesAreNotActiveAndFreeAPlace)
{
    const std::vector<PsfsActivity> all{activity(1, "Putting on socks"), activity(2, "Sitting through a film", nov(5)),
        activity(3, "Walking to the shop")};
    const std::vector<const PsfsActivity *> before = activeActivities(all, nov(4));
    EXPECT_EQ(before.size(), 3U) << "retired from the 5th, still active on the 4th";
    EXPECT_FALSE(canAddActivity(all, nov(4)));

    const std::vector<const PsfsActivity *> after = activeActivities(all, nov(5));
    ASSERT_EQ(after.size(), 2U);
    EXPECT_EQ(after[0]->id, 1);
    EXPECT_EQ(after[1]->id, 3);
    EXPECT_TRUE(canAddActivity(all, nov(5)));
    EXPECT_TRUE(canAddActivity({}, nov(5)));
}

TEST(Psfs, ActivityNamesAreTrimmedAndBlankNamesAreRefused)
{
    EXPECT_EQ(validActivityName("  Putting on socks \t"), "Putting on socks");
    EXPECT_EQ(validActivityName("Getting\n out of   bed"), "Getting out of bed");
    EXPECT_EQ(validActivityName(""), "");
    EXPECT_EQ(validActivityName(" \t\r\n "), "");
    EXPECT_EQ(validActivityName("Schuhe anziehen (Bücken)"), "Schuhe anziehen (Bücken)");
}

TEST(Psfs, LongNamesAreCutWithoutSplittingACharacter)
{
    const std::string exact(psfsMaxNameBytes, 'a');
    EXPECT_EQ(validActivityName(exact), exact);
    EXPECT_EQ(validActivityName(exact + "bcd"), exact);

    // 79 ASCII bytes and then "é" (two bytes) would end at byte 81: the whole "é" goes.
    const std::string ascii79(psfsMaxNameBytes - 1, 'a');
    EXPECT_EQ(validActivityName(ascii79 + "\xC3\xA9xyz"), ascii79);
    // 78 and then "é" ends exactly at 80: it stays.
    const std::string ascii78(psfsMaxNameBytes - 2, 'a');
    EXPECT_EQ(validActivityName(ascii78 + "\xC3\xA9xyz"), ascii78 + "\xC3\xA9");
    // A cut that would leave a space at the end drops it.
    EXPECT_EQ(validActivityName(ascii79 + " xyz"), ascii79);
}

} // namespace
} // namespace lumbar
