// What the player shows and says for each phase and cue.
#include "testsupport.h"

#include "core/contentbank.h"
#include "ui/player/playertext.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lumbar;
using namespace lumbar::ui;

namespace {

Phase phase(PhaseKind kind, int rep = 0, int reps = 0, Side side = Side::None, int set = 0, int sets = 0)
{
    Phase p;
    p.kind = kind;
    p.rep = rep;
    p.reps = reps;
    p.side = side;
    p.set = set;
    p.sets = sets;
    p.duration = 20s;
    return p;
}

TEST(PlayerText, TheDetailLineCountsRepsSidesAndSets)
{
    EXPECT_EQ(PlayerText::phaseDetail(phase(PhaseKind::Hold, 3, 10, Side::Left, 1, 2)),
        u"Rep 3 of 10 · Left side · Set 1 of 2"_s);
    EXPECT_EQ(PlayerText::phaseDetail(phase(PhaseKind::Hold, 1, 1, Side::Right)), u"Right side"_s)
        << "'Rep 1 of 1' says nothing";
    EXPECT_EQ(PlayerText::phaseDetail(phase(PhaseKind::GetReady)), QString());
    EXPECT_EQ(
        PlayerText::phaseDetail(phase(PhaseKind::RestBetweenSets, 0, 0, Side::None, 1, 3)), u"Next: set 2 of 3"_s);
}

TEST(PlayerText, ClocksRoundUpLikeACountdown)
{
    EXPECT_EQ(PlayerText::clock(0ms), u"0:00"_s);
    EXPECT_EQ(PlayerText::clock(1ms), u"0:01"_s);
    EXPECT_EQ(PlayerText::clock(59'001ms), u"1:00"_s);
    EXPECT_EQ(PlayerText::clock(125s), u"2:05"_s);
    EXPECT_EQ(PlayerText::clock(3723s), u"1:02:03"_s);
}

TEST(PlayerText, SpokenCuesUseWords)
{
    Exercise e;
    e.id = "k";
    e.name = LocalText("Knee to chest");
    e.dosage.holdSeconds = Range{20, 20, 20};
    e.dosage.reps = Range{2, 2, 2};
    e.dosage.sides = Sides::Alternate;
    const SessionPlan plan = planExercise(e);
    const auto say = [&](CueKind kind, std::size_t index) { return PlayerText::spoken(plan, Cue{kind, index, {}, 0}); };
    EXPECT_EQ(say(CueKind::PhaseStarted, 0), u"Knee to chest. Get ready."_s) << "one exercise: no 'first' or 'next'";
    EXPECT_EQ(say(CueKind::PhaseStarted, 1), u"Get into position, left side."_s);
    EXPECT_EQ(say(CueKind::PhaseStarted, 2), u"Hold for twenty seconds."_s);
    EXPECT_EQ(say(CueKind::PhaseStarted, 3), u"Release."_s);
    ASSERT_EQ(plan.phases[4].kind, PhaseKind::SwitchSide);
    EXPECT_EQ(say(CueKind::PhaseStarted, 4), QString()) << "the switch is said once, by its own cue";
    EXPECT_EQ(say(CueKind::SwitchSide, 4), u"Switch to your right side."_s);
    EXPECT_EQ(say(CueKind::Halfway, 2), u"Halfway."_s);
    EXPECT_EQ(say(CueKind::Countdown, 2), QString()) << "the last seconds are beeped, not spoken";
    EXPECT_EQ(say(CueKind::RoutineFinished, 7), u"Well done. That's the end of the routine."_s);
}

TEST(PlayerText, OpenEndedPhasesSayHowToMoveOn)
{
    PlanItem item;
    EXPECT_EQ(
        PlayerText::phaseHint(phase(PhaseKind::SelfPaced, 0, 8), item), u"Do 8 at your own pace, then press Next."_s);
    EXPECT_EQ(
        PlayerText::phaseHint(phase(PhaseKind::SelfPaced), item), u"Take as long as you need, then press Next."_s);
}

} // namespace

namespace {

TEST(PlayerText, ARoutineAnnouncesTheFirstAndTheNextExercise)
{
    ContentBank::Data data;
    for (const char *id : {"a", "b"}) {
        Exercise e;
        e.id = id;
        e.name = LocalText(std::string("Exercise ") + id);
        e.dosage.holdSeconds = Range{10, 10, 10};
        data.exercises.push_back(e);
    }
    Routine routine;
    routine.id = "r";
    routine.items = {RoutineItem{"a", {}, std::nullopt}, RoutineItem{"b", {}, std::nullopt}};
    data.routines.push_back(routine);
    const ContentBank bank(std::move(data));
    const SessionPlan plan = planRoutine(bank, *bank.routine("r"));
    EXPECT_EQ(PlayerText::spoken(plan, Cue{CueKind::PhaseStarted, plan.itemBegin(0), {}, 0}),
        u"First exercise: Exercise a. Get ready."_s);
    EXPECT_EQ(PlayerText::spoken(plan, Cue{CueKind::PhaseStarted, plan.itemBegin(1), {}, 0}),
        u"Next exercise: Exercise b. Get ready."_s);
}

} // namespace
