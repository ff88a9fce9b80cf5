#include "core/exercisesearch.h"

#include <gtest/gtest.h>

namespace lumbar {
namespace {

TEST(ExerciseSearch, FoldsAsciiAndLeavesOtherBytesInPlace)
{
    EXPECT_EQ(foldCase("Bird DOG"), "bird dog");
    EXPECT_EQ(foldCase("Ünder Ça"), "Ünder Ça") << "UTF-8 bytes are kept, so offsets stay the same";
    EXPECT_EQ(foldCase("Ünder Ça").size(), std::string("Ünder Ça").size());
}

TEST(ExerciseSearch, SplitsAQueryIntoFoldedWords)
{
    EXPECT_EQ(queryWords("  Bird\tDOG \n reach "), (std::vector<std::string>{"bird", "dog", "reach"}));
    EXPECT_TRUE(queryWords("").empty());
    EXPECT_TRUE(queryWords(" \t ").empty());
}

TEST(ExerciseSearch, FindsAWordOnlyWhereAWordBegins)
{
    EXPECT_EQ(findWordPrefix("hamstring stretch", "ham"), 0U);
    EXPECT_EQ(findWordPrefix("hamstring stretch", "str"), 10U);
    EXPECT_EQ(findWordPrefix("hamstring stretch", "string"), std::string_view::npos);
    EXPECT_EQ(findWordPrefix("cat-cow", "cow"), 4U) << "punctuation separates words";
    EXPECT_EQ(findWordPrefix("lying (prone)", "prone"), 7U);
    EXPECT_EQ(findWordPrefix("knee to knee", "knee", 1), 8U);
    EXPECT_EQ(findWordPrefix("knee", ""), std::string_view::npos);
    EXPECT_TRUE(startsWord("a b", 0));
    EXPECT_TRUE(startsWord("a b", 2));
    EXPECT_FALSE(startsWord("ab", 1));
    EXPECT_FALSE(startsWord("\xc3\xa9t\xc3\xa9", 2)) << "a UTF-8 letter is part of the word";
}

} // namespace
} // namespace lumbar
