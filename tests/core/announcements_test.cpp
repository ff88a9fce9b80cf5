#include "core/announcements.h"

#include <gtest/gtest.h>

#include <vector>

namespace lumbar {
namespace {

// Every second a phase of `length` seconds would announce, counting down from its start.
std::vector<int> announced(int length)
{
    std::vector<int> at;
    for (int left = length; left >= 1; --left)
        if (announceTimeLeft(left, length))
            at.push_back(left);
    return at;
}

TEST(Announcements, AHoldIsAnnouncedAFewTimesNotEverySecond)
{
    EXPECT_EQ(announced(30), (std::vector<int>{20, 10, 5})) << "30 is the start, which says the length itself";
    EXPECT_EQ(announced(20), (std::vector<int>{10, 5}));
    EXPECT_EQ(announced(45), (std::vector<int>{30, 20, 10, 5}));
}

TEST(Announcements, LongPhasesCountTheMinutes)
{
    EXPECT_EQ(announced(180), (std::vector<int>{120, 60, 30, 20, 10, 5}));
    EXPECT_EQ(announced(600).size(), 9U + 4U) << "nine whole minutes, then the last half minute";
}

TEST(Announcements, ShortPhasesAndTheLastSecondsAreLeftToTheBeeps)
{
    EXPECT_TRUE(announced(5).empty());
    EXPECT_EQ(announced(8), (std::vector<int>{5}));
    for (int left = 1; left <= 4; ++left)
        EXPECT_FALSE(announceTimeLeft(left, 60)) << left;
}

} // namespace
} // namespace lumbar
