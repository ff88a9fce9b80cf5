#include "core/jsonlocator.h"

#include <gtest/gtest.h>

namespace lumbar {
namespace {

const char *const kText = "{\n"
                          "  \"a\": [10, {\"b\": \"x\"}],\n"
                          "  \"we/ird~key\": true,\n"
                          "  \"caf\\u00e9\": \"ñandú\", \"z\": 1\n"
                          "}";

TEST(JsonLocator, FindsValuesByPointer)
{
    const JsonLocator locator(kText);
    EXPECT_EQ(locator.positionOf("/a/0").line, 2);
    EXPECT_EQ(locator.positionOf("/a/0").column, 9);
    EXPECT_EQ(locator.positionOf("/a/1/b").column, 19);
    EXPECT_EQ(locator.positionOf("/we~1ird~0key").line, 3);
    EXPECT_EQ(locator.positionOf("/we~1ird~0key").column, 17);
}

TEST(JsonLocator, MatchesEscapedKeysAndCountsCharactersNotBytes)
{
    const JsonLocator locator(kText);
    const auto cafe = locator.positionOf("/café");
    EXPECT_EQ(cafe.line, 4);
    EXPECT_EQ(cafe.column, 16);
    // "ñandú" is 5 characters but 7 bytes: the column after it must count characters.
    EXPECT_EQ(locator.positionOf("/z").column, 30);
}

TEST(JsonLocator, MissingMemberPointsAtTheObjectThatLacksIt)
{
    const JsonLocator locator(kText);
    EXPECT_EQ(locator.offsetOf("/a/1/missing"), locator.offsetOf("/a/1"));
    EXPECT_EQ(locator.offsetOf("/a/7"), locator.offsetOf("/a"));
    EXPECT_EQ(locator.offsetOf(""), 0u);
}

TEST(JsonLocator, LastDuplicateKeyWinsLikeTheParser)
{
    const JsonLocator locator(R"({"k": 1, "k": 2})");
    EXPECT_EQ(locator.offsetOf("/k"), 14u);
}

TEST(JsonLocator, SplitsPointersWithEscapes)
{
    EXPECT_EQ(JsonLocator::splitPointer("/a~1b/c~0d/0"), (std::vector<std::string>{"a/b", "c~d", "0"}));
    EXPECT_TRUE(JsonLocator::splitPointer("").empty());
}

} // namespace
} // namespace lumbar
