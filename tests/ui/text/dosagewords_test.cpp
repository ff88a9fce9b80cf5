#include "ui/text/dosagewords.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace lumbar::ui {
namespace {

struct DosageCase
{
    const char *name;
    Dosage dosage;
    const char *expected;
};

[[maybe_unused]] void PrintTo(const DosageCase &c, std::ostream *os)
{
    *os << c.name;
}

Dosage make(auto fill)
{
    Dosage d;
    fill(d);
    return d;
}

class DosageText : public ::testing::TestWithParam<DosageCase>
{
};

TEST_P(DosageText, ReadsAsPlainWords)
{
    EXPECT_EQ(DosageWords::describe(GetParam().dosage), QString::fromUtf8(GetParam().expected));
}

INSTANTIATE_TEST_SUITE_P(Shapes, DosageText,
    ::testing::Values(DosageCase{"HoldRepsAlternate", make([](Dosage &d) {
                                     d.holdSeconds = Range{20, 30, 30};
                                     d.reps = Range{3, 3, 3};
                                     d.sides = Sides::Alternate;
                                     d.timesPerDay = Range{1, 2, 1};
                                 }),
                          "Hold 20–30 seconds · 3 times, alternating sides · once or twice a day"},
        DosageCase{"EachSideWithSets", make([](Dosage &d) {
                       d.holdSeconds = Range{5, 5, 5};
                       d.reps = Range{10, 10, 10};
                       d.sides = Sides::EachSide;
                       d.sets = Range{2, 2, 2};
                       d.restBetweenSetsSeconds = 60;
                   }),
            "Hold 5 seconds · 10 times each side · 2 sets · Rest 60 s between sets"},
        DosageCase{"TempoGlide", make([](Dosage &d) {
                       d.reps = Range{10, 15, 10};
                       d.tempoSecondsPerRep = 5;
                       d.sides = Sides::EachSide;
                   }),
            "10–15 times each side, about 5 seconds each"},
        DosageCase{"LongHoldInMinutes", make([](Dosage &d) {
                       d.holdSeconds = Range{60, 120, 60};
                   }),
            "Hold 1–2 minutes"},
        DosageCase{"Walking", make([](Dosage &d) {
                       d.durationMinutes = Range{10, 10, 10};
                       d.timesPerDay = Range{3, 3, 3};
                   }),
            "10 minutes · 3 times a day"},
        DosageCase{"OneSetIsNotMentioned", make([](Dosage &d) {
                       d.reps = Range{5, 5, 5};
                       d.holdSeconds = Range{1, 1, 1};
                       d.sets = Range{1, 1, 1};
                   }),
            "Hold 1 second · 5 times"},
        DosageCase{"Untimed", Dosage{}, "As long as is comfortable"}),
    [](const ::testing::TestParamInfo<DosageCase> &p) { return std::string(p.param.name); });

TEST(DosageTextHelpers, TimesOfADay)
{
    EXPECT_EQ(DosageWords::times(Range{1, 1, 1}), u"once"_s);
    EXPECT_EQ(DosageWords::times(Range{2, 2, 2}), u"twice"_s);
    EXPECT_EQ(DosageWords::times(Range{1, 2, 1}), u"once or twice"_s);
    EXPECT_EQ(DosageWords::times(Range{2, 4, 2}), u"2–4 times"_s);
    EXPECT_EQ(DosageWords::times(Range{5, 5, 5}), u"5 times"_s);
    EXPECT_EQ(DosageWords::range(Range{8, 10, 10}), u"8–10"_s);
}

TEST(DosageTextHelpers, TheExercisesOwnDosageIsShownInWords)
{
    const BankState state = test::shippedBankState();
    const ContentBank &bank = *state.bank;
    const Exercise &knee = *bank.exercise("knee-to-chest");
    ASSERT_TRUE(knee.dosage.holdSeconds);
    EXPECT_EQ(DosageWords::exerciseDefault(knee, DosageField::Hold),
        DosageWords::range(*knee.dosage.holdSeconds) + u" seconds"_s);
    EXPECT_EQ(DosageWords::exerciseDefault(knee, DosageField::Sides), u"alternating sides"_s);
    const Exercise &walking = *bank.exercise("walking");
    EXPECT_EQ(DosageWords::exerciseDefault(walking, DosageField::Hold), u"no hold"_s);
    EXPECT_EQ(DosageWords::exerciseDefault(walking, DosageField::RestBetweenReps), u"no rest"_s);
}

} // namespace
} // namespace lumbar::ui
