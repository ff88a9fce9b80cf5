// Safety that follows the patient: a marked exercise is left out of every routine, and after "This makes it worse"
// the rest of the session leaves out what loads the nerve the same way.
#include "core/contentbank.h"
#include "core/markedexercises.h"

#include <gtest/gtest.h>

namespace lumbar {
namespace {

using namespace std::chrono_literals;

Exercise exercise(std::string id, Category category)
{
    Exercise e;
    e.id = std::move(id);
    e.name = LocalText(e.id);
    e.category = category;
    e.dosage.reps = Range{2, 2, 2};
    return e;
}

ExerciseFlag flag(std::string exercise, FlagReason reason, int minute, bool cleared = false)
{
    ExerciseFlag f;
    f.exerciseId = std::move(exercise);
    f.reason = reason;
    f.at = WallTime{} + std::chrono::minutes(minute);
    f.cleared = cleared;
    return f;
}

class Marks : public ::testing::Test
{
protected:
    Marks()
    {
        ContentBank::Data data;
        data.exercises = {exercise("knee-to-chest", Category::Stretch), exercise("bridge", Category::Strengthening),
            exercise("slider", Category::NerveMobility), exercise("walk", Category::Aerobic),
            exercise("piriformis", Category::Stretch)};
        Routine r;
        r.id = "r";
        for (const char *id : {"knee-to-chest", "bridge", "slider", "walk", "knee-to-chest", "piriformis"})
            r.items.push_back(RoutineItem{id, {}, std::nullopt});
        data.routines.push_back(r);
        bank = std::make_unique<ContentBank>(std::move(data));
    }
    const Routine &routine() const { return *bank->routine("r"); }
    std::unique_ptr<ContentBank> bank;
};

TEST_F(Marks, AMarkedExerciseIsLeftOutWhereverTheRoutineHoldsIt)
{
    const std::vector<ExerciseFlag> flags{flag("knee-to-chest", FlagReason::MadeWorse, 1),
        flag("knee-to-chest", FlagReason::Spread, 5), flag("walk", FlagReason::Spread, 2, true)};
    const Routine playable = withoutMarked(routine(), flags);
    ASSERT_EQ(playable.items.size(), 4u) << "both knee-to-chest items go; the cleared walk stays";
    EXPECT_EQ(playable.items[0].exercise, "bridge");
    EXPECT_EQ(playable.items[2].exercise, "walk");

    const std::vector<ExerciseFlag> marks = marksIn(routine(), flags);
    ASSERT_EQ(marks.size(), 1u) << "once per exercise";
    EXPECT_EQ(marks[0].reason, FlagReason::Spread) << "the latest mark says why";
    EXPECT_EQ(markOn("walk", flags), nullptr);
    EXPECT_TRUE(withoutMarked(routine(), {}).items == routine().items);
}

TEST_F(Marks, AfterAStretchMadeThingsWorseNoOtherStretchOrNerveGlideIsPlayed)
{
    const SessionPlan plan = planRoutine(*bank, routine());
    EXPECT_EQ(loadingAlike(plan, 0), (std::vector<std::size_t>{2, 4, 5}))
        << "the slider, knee-to-chest again, piriformis";
    EXPECT_EQ(loadingAlike(plan, 1), (std::vector<std::size_t>{})) << "no other strengthening exercise";
    EXPECT_EQ(loadingAlike(plan, 2), (std::vector<std::size_t>{0, 4, 5})) << "before it too: Previous must not go back";
    EXPECT_TRUE(loadingAlike(plan, 99).empty());
    EXPECT_FALSE(loadsAlike(*bank->exercise("walk"), *bank->exercise("slider")));
}

TEST_F(Marks, WhatLoadsTheNerveAsAnExerciseMarkedThatDayIsLeftOutForTheDay)
{
    ExerciseFlag today = flag("knee-to-chest", FlagReason::MadeWorse, 1);
    today.day = std::chrono::sys_days{std::chrono::year{2026} / 3 / 2};
    const std::vector<std::string> alike = alikeToMarkedOn(*bank, {today}, today.day);
    EXPECT_EQ(alike, (std::vector<std::string>{"slider", "piriformis"})) << "not knee-to-chest itself: it is marked";
    EXPECT_TRUE(alikeToMarkedOn(*bank, {today}, today.day + std::chrono::days{1}).empty()) << "only that day";
    const Routine playable = withoutExercises(routine(), alike);
    EXPECT_EQ(playable.items.size(), 4u);
}

// The guide never suggests a marked exercise, and a routine that holds one says so and comes after the others.
TEST_F(Marks, TheGuideNeverSuggestsAMarkedExercise)
{
    GuideResult result;
    result.tryExercises = {{bank->exercise("knee-to-chest"), {}}, {bank->exercise("bridge"), {}}};
    Routine clean;
    clean.id = "clean";
    clean.items.push_back(RoutineItem{"bridge", {}, std::nullopt});
    result.routines = {{&routine(), 3, 6, 1.0, {}}, {&clean, 1, 1, 0.5, {}}};
    leaveOutMarked(result, *bank, {flag("knee-to-chest", FlagReason::Spread, 1)});
    ASSERT_EQ(result.tryExercises.size(), 1u);
    EXPECT_EQ(result.tryExercises[0].exercise->id, "bridge");
    ASSERT_EQ(result.markedForYou.size(), 1u);
    EXPECT_EQ(result.markedForYou[0]->id, "knee-to-chest");
    EXPECT_EQ(result.routines[0].routine->id, "clean") << "the routine holding the marked exercise comes after";
    ASSERT_EQ(result.routines[1].cautionedItems.size(), 1u);
    EXPECT_EQ(result.routines[1].cautionedItems[0]->id, "knee-to-chest");
    EXPECT_EQ(result.routines[1].suggestedItems, 1) << "its two knee-to-chest items are no longer suggested for you";
}

} // namespace
} // namespace lumbar
