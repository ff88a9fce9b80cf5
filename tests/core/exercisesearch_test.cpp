#include "core/exercisesearch.h"

#include <gtest/gtest.h>

namespace lumbar {
namespace {

Exercise sample()
{
    Exercise e;
    e.id = "bird-dog";
    e.name = LocalText("Bird dog");
    e.aliases = {LocalText("Kneeling arm and leg reach")};
    e.summary = LocalText("A core stability exercise on all fours.");
    e.steps = {LocalText("Brace your stomach."), LocalText("Reach one arm forward.")};
    return e;
}

TEST(ExerciseSearch, MatchesNameAliasesSummaryAndStepsIgnoringCase)
{
    const Exercise e = sample();
    EXPECT_TRUE(exerciseMatches(e, ""));
    EXPECT_TRUE(exerciseMatches(e, "BIRD"));
    EXPECT_TRUE(exerciseMatches(e, "kneeling"));
    EXPECT_TRUE(exerciseMatches(e, "stability"));
    EXPECT_TRUE(exerciseMatches(e, "brace"));
    EXPECT_FALSE(exerciseMatches(e, "hamstring"));
}

TEST(ExerciseSearch, EveryWordMustMatchSomewhere)
{
    const Exercise e = sample();
    EXPECT_TRUE(exerciseMatches(e, "  bird   reach "));
    EXPECT_FALSE(exerciseMatches(e, "bird towel"));
}

} // namespace
} // namespace lumbar
