// The routine builder's edits: adding, removing and reordering items, per-item dosage changes with the exercise's
// own shown beside them, notes and copies; every edited routine still loads and plays as the bank format says.
#include "testsupport.h"

#include "core/contentbank.h"
#include "core/routineedit.h"
#include "core/routinefile.h"
#include "core/sessionplan.h"

#include <gtest/gtest.h>

namespace lumbar {
namespace {

const ContentBank &shipped()
{
    static const LoadResult result = test::loadOverShipped(test::layerOf(test::bankFile(R"("routines": [])")));
    return *result.bank;
}

Routine start()
{
    Routine r;
    r.id = "mine";
    r.name = LocalText("Mine");
    r.purpose = LocalText("Mine");
    r.audience = LocalText("Me");
    return r;
}

std::vector<std::string> order(const Routine &r)
{
    std::vector<std::string> ids;
    for (const RoutineItem &item : r.items)
        ids.push_back(item.exercise);
    return ids;
}

TEST(RoutineEdit, AddRemoveAndMoveItems)
{
    Routine r = withItemAdded(start(), "bridge", 0);
    r = withItemAdded(r, "walking", 99); // past the end: appended
    r = withItemAdded(r, "knee-to-chest", 1);
    EXPECT_EQ(order(r), (std::vector<std::string>{"bridge", "knee-to-chest", "walking"}));
    EXPECT_EQ(order(withItemMoved(r, 0, 2)), (std::vector<std::string>{"knee-to-chest", "walking", "bridge"}));
    EXPECT_EQ(order(withItemMoved(r, 2, 0)), (std::vector<std::string>{"walking", "bridge", "knee-to-chest"}));
    EXPECT_EQ(order(withItemMoved(r, 1, 1)), order(r));
    EXPECT_EQ(order(withItemMoved(r, 7, 0)), order(r)) << "nothing at 7: unchanged";
    EXPECT_EQ(order(withItemRemoved(r, 1)), (std::vector<std::string>{"bridge", "walking"}));
    EXPECT_EQ(order(withItemRemoved(r, 9)), order(r));
    // The same item twice is allowed: a routine may come back to an exercise.
    EXPECT_EQ(withItemAdded(r, "bridge", 3).items.size(), 4u);
}

TEST(RoutineEdit, OverridesChangeOneFieldAndClearBackToTheExercisesOwn)
{
    Routine r = withItemAdded(start(), "knee-to-chest", 0);
    EXPECT_FALSE(itemOverride(r.items[0], DosageField::Hold));
    r = withItemOverride(r, 0, DosageField::Hold, 25);
    r = withItemOverride(r, 0, DosageField::Reps, 4);
    r = withItemOverride(r, 0, DosageField::Sides, static_cast<int>(Sides::EachSide));
    r = withItemOverride(r, 0, DosageField::RestBetweenReps, 10);
    r = withItemOverride(r, 0, DosageField::TimesPerDay, 2);
    EXPECT_EQ(itemOverride(r.items[0], DosageField::Hold), 25);
    EXPECT_EQ(r.items[0].dosage.holdSeconds, (Range{25, 25, 25}));
    EXPECT_EQ(r.items[0].dosage.sides, Sides::EachSide);
    EXPECT_EQ(itemOverride(r.items[0], DosageField::RestBetweenReps), 10);
    EXPECT_FALSE(itemOverride(r.items[0], DosageField::Sets)) << "only what was changed";

    const Exercise &knee = *shipped().exercise("knee-to-chest");
    const Dosage effective = knee.dosage.overriddenBy(r.items[0].dosage);
    EXPECT_EQ(effective.holdSeconds->value, 25);
    EXPECT_EQ(effective.reps->value, 4);

    r = withItemOverride(r, 0, DosageField::Hold, std::nullopt);
    EXPECT_FALSE(r.items[0].dosage.holdSeconds) << "cleared: the exercise's own hold applies again";
    EXPECT_EQ(knee.dosage.overriddenBy(r.items[0].dosage).holdSeconds, knee.dosage.holdSeconds);

    // Out of the format's range: clamped, so the routine always saves and loads.
    EXPECT_EQ(itemOverride(withItemOverride(r, 0, DosageField::Hold, 5000).items[0], DosageField::Hold), 600);
    EXPECT_EQ(itemOverride(withItemOverride(r, 0, DosageField::Reps, 0).items[0], DosageField::Reps), 1);
    EXPECT_EQ(withItemOverride(r, 5, DosageField::Reps, 3), r) << "no item 5: unchanged";
}

TEST(RoutineEdit, TheShownDosageFollowsTheRoutine)
{
    const Exercise &knee = *shipped().exercise("knee-to-chest");
    ASSERT_TRUE(knee.dosage.timesPerDay && knee.dosage.note);
    Routine r = withItemAdded(start(), "knee-to-chest", 0);
    EXPECT_EQ(shownDosage(knee, r.items[0], r), knee.dosage) << "nothing changed: the exercise's own";
    Routine forJo = r;
    forJo.patient = "Jo";
    EXPECT_FALSE(shownDosage(knee, forJo.items[0], forJo).note) << "one patient's routine is their prescription";
    r.timesPerDay = Range{2, 2, 2};
    EXPECT_FALSE(shownDosage(knee, r.items[0], r).timesPerDay) << "the routine's how often governs";
    EXPECT_FALSE(shownDosage(knee, r.items[0], r).note) << "a note on 3–4 times a day would contradict twice a day";
    r = withItemOverride(r, 0, DosageField::TimesPerDay, 3);
    EXPECT_EQ(shownDosage(knee, r.items[0], r).timesPerDay, (Range{3, 3, 3})) << "unless the item says";
    EXPECT_FALSE(shownDosage(knee, r.items[0], r).note) << "the exercise's note explained numbers now changed";
    r.items[0].dosage.note = LocalText("Gently");
    EXPECT_EQ(shownDosage(knee, r.items[0], r).note, LocalText("Gently"));
}

TEST(RoutineEdit, AnEditedRoutineSavesLoadsAndPlays)
{
    Routine r = start();
    r.patient = "Jo Bloggs";
    for (const char *id : {"knee-to-chest", "pelvic-tilt", "walking"})
        r = withItemAdded(r, id, r.items.size());
    r = withItemOverride(r, 0, DosageField::Hold, 12);
    r = withItemOverride(r, 0, DosageField::Sets, 2);
    r = withItemOverride(r, 0, DosageField::RestBetweenSets, 30);
    r = withItemNote(r, 1, "Small movements");
    r = withItemMoved(r, 2, 0);
    const LoadResult loaded = test::loadOverShipped(test::layerOf(routineFileText(r), "mine.json"));
    for (const Diagnostic &d : loaded.diagnostics)
        ADD_FAILURE() << d.message;
    ASSERT_TRUE(loaded.ok());
    const Routine *back = loaded.bank->routine("mine");
    ASSERT_NE(back, nullptr);
    EXPECT_EQ(*back, r);
    const SessionPlan plan = planRoutine(*loaded.bank, *back);
    EXPECT_FALSE(plan.phases.empty());
    EXPECT_EQ(withItemNote(r, 1, "").items[1].note, std::nullopt);
}

TEST(RoutineEdit, ACopyGetsItsOwnIdAndNoPatient)
{
    Routine r = start();
    r.patient = "Jo";
    r = withItemAdded(r, "bridge", 0);
    const Routine copy = duplicated(r, "Copy of Mine", [](std::string_view id) { return id == "copy-of-mine"; });
    EXPECT_EQ(copy.id, "copy-of-mine-2");
    EXPECT_EQ(copy.name.text(), "Copy of Mine");
    EXPECT_FALSE(copy.patient);
    EXPECT_EQ(copy.items, r.items);
}

TEST(DosageOverride, RoutineFieldsReplaceOnlyWhatTheySet)
{
    Dosage base;
    base.holdSeconds = Range{20, 30, 30};
    base.reps = Range{3, 3, 3};
    Dosage routine;
    routine.reps = Range{2, 2, 2};
    const Dosage d = base.overriddenBy(routine);
    EXPECT_EQ(d.reps, (Range{2, 2, 2}));
    EXPECT_EQ(d.holdSeconds, (Range{20, 30, 30}));
    EXPECT_FALSE(d.isUntimed());
    EXPECT_TRUE(Dosage{}.isUntimed());
}

} // namespace
} // namespace lumbar
