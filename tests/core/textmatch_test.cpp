#include "core/textmatch.h"

#include <gtest/gtest.h>

#include <array>
#include <string>

namespace lumbar {
namespace {

TEST(TextMatch, EditDistance)
{
    EXPECT_EQ(editDistance("brige", "bridge", 5), 1u);
    EXPECT_EQ(editDistance("kitten", "sitting", 5), 3u);
    EXPECT_EQ(editDistance("", "abc", 5), 3u);
    EXPECT_EQ(editDistance("abcdefgh", "zzzzzzzz", 2), 3u) << "stops once past the limit";
}

TEST(TextMatch, SuggestsOnlyCloseCandidates)
{
    const std::array<std::string, 3> ids{"bridge", "bird-dog", "knee-to-chest"};
    EXPECT_EQ(closestMatch("brige", ids), "bridge");
    EXPECT_EQ(closestMatch("knee-to-chst", ids), "knee-to-chest");
    EXPECT_EQ(closestMatch("walking", ids), "");
    EXPECT_EQ(closestMatch("x", ids), "");
}

} // namespace
} // namespace lumbar
