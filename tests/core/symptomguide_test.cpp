// The symptoms guide: what the bank suggests for a picture of where and what someone feels. Checked against the
// shipped bank (the pictures a patient would mark) and a small hand-made bank (the weighing rule exactly).
#include "core/symptomguide.h"

#include "core/bank/bankloader.h"
#include "core/contentbank.h"
#include "core/shippedbank.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

namespace lumbar {
namespace {

const ContentBank &shipped()
{
    static const auto bank = BankLoader::load(shippedBankLayer()).bank;
    return *bank;
}

SymptomPicture picture(std::vector<BodySpot> spots, std::vector<Sensation> sensations)
{
    return {std::move(spots), std::move(sensations)};
}

constexpr BodySpot left(BodyRegion r)
{
    return {r, BodySide::Left};
}
constexpr BodySpot right(BodyRegion r)
{
    return {r, BodySide::Right};
}

std::vector<std::string> conditionIds(const GuideResult &r)
{
    std::vector<std::string> ids;
    for (const auto &m : r.conditions)
        ids.push_back(m.condition->id);
    return ids;
}

std::vector<std::string> tryIds(const GuideResult &r)
{
    std::vector<std::string> ids;
    for (const auto &s : r.tryExercises)
        ids.push_back(s.exercise->id);
    return ids;
}

std::vector<std::string> cautionIds(const GuideResult &r)
{
    std::vector<std::string> ids;
    for (const auto &n : r.changeOrAvoid)
        ids.push_back(n.exercise->id);
    return ids;
}

std::vector<std::string> redFlagIds(const std::vector<const RedFlag *> &flags)
{
    std::vector<std::string> ids;
    ids.reserve(flags.size());
    for (const RedFlag *f : flags)
        ids.push_back(f->id);
    return ids;
}

bool has(const std::vector<std::string> &ids, const std::string &id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

TEST(SymptomGuide, NothingMarkedSuggestsNothing)
{
    const GuideResult r = SymptomGuide(shipped()).suggest({});
    EXPECT_TRUE(r.isEmpty());
    EXPECT_TRUE(r.conditions.empty());
    EXPECT_TRUE(r.tryExercises.empty());
    EXPECT_TRUE(r.routines.empty());
    EXPECT_TRUE(r.pointedRedFlags.empty());
}

TEST(SymptomGuide, DeepButtockAchePointsToPiriformisFirst)
{
    const GuideResult r = SymptomGuide(shipped()).suggest(picture({left(BodyRegion::Buttock)}, {Sensation::Aching}));
    ASSERT_FALSE(r.conditions.empty());
    EXPECT_EQ(r.conditions.front().condition->id, "piriformis-syndrome");
    const auto tries = tryIds(r);
    EXPECT_TRUE(has(tries, "piriformis-stretch-lying"));
    EXPECT_TRUE(has(tries, "piriformis-stretch-seated"));
    ASSERT_FALSE(r.routines.empty());
    EXPECT_EQ(r.routines.front().routine->id, "piriformis-relief");
    EXPECT_FALSE(r.backOnly);
    EXPECT_FALSE(r.bothLegs);
}

TEST(SymptomGuide, CrampingCalfPointsToStenosisWithItsCautions)
{
    const GuideResult r = SymptomGuide(shipped()).suggest(
        picture({right(BodyRegion::Calf), right(BodyRegion::Thigh)}, {Sensation::Cramping, Sensation::Heaviness}));
    ASSERT_FALSE(r.conditions.empty());
    EXPECT_EQ(r.conditions.front().condition->id, "spinal-stenosis");
    // Back-arching exercises are to be changed or left out for stenosis, and are not offered to try.
    const auto cautions = cautionIds(r);
    for (const char *id : {"prone-press-up", "standing-back-extension", "back-extension-forearms"}) {
        EXPECT_TRUE(has(cautions, id)) << id;
        EXPECT_FALSE(has(tryIds(r), id)) << id;
    }
    // Walking is both suggested and to be changed (shorter spells) for stenosis: the caution wins.
    EXPECT_TRUE(has(cautions, "walking"));
    EXPECT_TRUE(has(tryIds(r), "pelvic-tilt"));
    const auto flexion = std::find_if(r.routines.begin(), r.routines.end(),
        [](const RoutineSuggestion &s) { return s.routine->id == "stenosis-flexion"; });
    ASSERT_NE(flexion, r.routines.end());
    EXPECT_TRUE(flexion->cautionedItems.empty());
}

TEST(SymptomGuide, BackSpasmAloneIsBackOnlyAndPointsToADisc)
{
    const GuideResult r = SymptomGuide(shipped()).suggest(picture({left(BodyRegion::LowerBack)}, {Sensation::Spasm}));
    EXPECT_TRUE(r.backOnly);
    ASSERT_FALSE(r.conditions.empty());
    EXPECT_EQ(r.conditions.front().condition->id, "herniated-disc");
    ASSERT_EQ(r.symptoms.size(), 1u);
    EXPECT_EQ(r.symptoms.front()->id, "back-spasm");
}

TEST(SymptomGuide, ACautionedExerciseIsGivenEveryMatchedConditionsReason)
{
    // Tingling down the leg fits a disc, stenosis and a slipped vertebra alike; each has its reason for the
    // press-up, and all of them are shown.
    const GuideResult r = SymptomGuide(shipped()).suggest(picture({left(BodyRegion::Calf)}, {Sensation::Tingling}));
    const auto note = std::find_if(r.changeOrAvoid.begin(), r.changeOrAvoid.end(),
        [](const ExerciseCautionNote &n) { return n.exercise->id == "prone-press-up"; });
    ASSERT_NE(note, r.changeOrAvoid.end());
    std::set<std::string> from;
    for (const auto &[condition, reason] : note->reasons) {
        from.insert(condition->id);
        const auto &listed = condition->modifyOrAvoid;
        EXPECT_TRUE(std::any_of(listed.begin(), listed.end(), [given = reason](const ExerciseCaution &c) {
            return &c.reason == given && c.exercise == "prone-press-up";
        }));
    }
    for (const auto &m : r.conditions)
        for (const auto &c : m.condition->modifyOrAvoid)
            if (c.exercise == "prone-press-up") {
                EXPECT_TRUE(from.contains(m.condition->id)) << m.condition->id;
            }
    EXPECT_GE(from.size(), 2u);
}

TEST(SymptomGuide, BothLegsPointsToTheEmergencySigns)
{
    const SymptomGuide guide(shipped());
    const GuideResult oneLeg =
        guide.suggest(picture({left(BodyRegion::Thigh), left(BodyRegion::Calf)}, {Sensation::Pain}));
    EXPECT_FALSE(oneLeg.bothLegs);
    EXPECT_FALSE(has(redFlagIds(oneLeg.pointedRedFlags), "sciatica-both-legs"));

    const GuideResult both =
        guide.suggest(picture({left(BodyRegion::Calf), right(BodyRegion::Foot)}, {Sensation::Pain}));
    EXPECT_TRUE(both.bothLegs);
    EXPECT_EQ(redFlagIds(both.pointedRedFlags), std::vector<std::string>{"sciatica-both-legs"});

    const GuideResult weak =
        guide.suggest(picture({left(BodyRegion::Calf), right(BodyRegion::Calf)}, {Sensation::Weakness}));
    const auto ids = redFlagIds(weak.pointedRedFlags);
    for (const char *id :
        {"sciatica-both-legs", "weakness-both-legs", "walking-changed", "sudden-severe-pain-weakness"})
        EXPECT_TRUE(has(ids, id)) << id;
    for (std::size_t i = 1; i < weak.pointedRedFlags.size(); ++i)
        EXPECT_LE(weak.pointedRedFlags[i - 1]->urgency, weak.pointedRedFlags[i]->urgency) << "most urgent first";

    // Weakness in one leg points at foot drop, which needs a doctor today.
    const GuideResult weakLeg = guide.suggest(picture({left(BodyRegion::Calf)}, {Sensation::Weakness}));
    EXPECT_TRUE(has(redFlagIds(weakLeg.pointedRedFlags), "weakness-one-leg"));
    EXPECT_FALSE(has(redFlagIds(weakLeg.pointedRedFlags), "weakness-both-legs"));
}

TEST(SymptomGuide, BothSidesOfTheBackOrButtockAreNotBothLegs)
{
    const GuideResult r =
        SymptomGuide(shipped()).suggest(picture({left(BodyRegion::LowerBack), right(BodyRegion::LowerBack),
                                                    left(BodyRegion::Buttock), right(BodyRegion::Buttock)},
            {Sensation::Aching}));
    EXPECT_FALSE(r.bothLegs);
    EXPECT_FALSE(r.backOnly);
}

TEST(SymptomGuide, NumbBottomPointsToTheSaddleQuestion)
{
    const GuideResult r = SymptomGuide(shipped()).suggest(picture({left(BodyRegion::Buttock)}, {Sensation::Numbness}));
    EXPECT_TRUE(has(redFlagIds(r.pointedRedFlags), "saddle-numbness"));
}

TEST(SymptomGuide, SeeADoctorSignsAreAlwaysListed)
{
    const GuideResult r = SymptomGuide(shipped()).suggest(picture({left(BodyRegion::Thigh)}, {Sensation::Tingling}));
    std::vector<std::string> expected;
    for (const RedFlag &f : shipped().redFlags())
        if (f.urgency == Urgency::SeeDoctor)
            expected.push_back(f.id);
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(redFlagIds(r.seeDoctor), expected);
}

TEST(SymptomGuide, AMismatchedPictureFindsNothingRatherThanGuessing)
{
    // No symptom in the bank is tingling in the lower back.
    const GuideResult r =
        SymptomGuide(shipped()).suggest(picture({left(BodyRegion::LowerBack)}, {Sensation::Tingling}));
    EXPECT_TRUE(r.isEmpty());
    EXPECT_TRUE(r.conditions.empty());
    EXPECT_TRUE(r.tryExercises.empty());
}

TEST(SymptomGuide, RegionAloneOrSensationAloneIsEnough)
{
    const SymptomGuide guide(shipped());
    const GuideResult byRegion = guide.suggest(picture({right(BodyRegion::Foot)}, {}));
    EXPECT_FALSE(byRegion.conditions.empty());
    for (const Symptom *s : byRegion.symptoms)
        EXPECT_TRUE(std::find(s->bodyRegions.begin(), s->bodyRegions.end(), BodyRegion::Foot) != s->bodyRegions.end());
    const GuideResult bySensation = guide.suggest(picture({}, {Sensation::Burning}));
    ASSERT_EQ(bySensation.symptoms.size(), 1u);
    EXPECT_EQ(bySensation.symptoms.front()->id, "burning-pain");
    EXPECT_EQ(conditionIds(bySensation), std::vector<std::string>{"herniated-disc"});
}

// Every region and sensation, on either side, alone and paired: the rules the result always keeps.
TEST(SymptomGuide, EveryPictureKeepsTheRules)
{
    const SymptomGuide guide(shipped());
    int pictures = 0;
    for (std::size_t r = 0; r < enumNames<BodyRegion>().size(); ++r) {
        for (std::size_t s = 0; s <= enumNames<Sensation>().size(); ++s) {
            SymptomPicture p{{left(static_cast<BodyRegion>(r))}, {}};
            if (s < enumNames<Sensation>().size())
                p.sensations.push_back(static_cast<Sensation>(s));
            const GuideResult g = guide.suggest(p);
            ++pictures;
            SCOPED_TRACE(std::string(toString(static_cast<BodyRegion>(r))) + " " +
                (p.sensations.empty() ? "" : std::string(toString(p.sensations.front()))));
            for (const Symptom *symptom : g.symptoms)
                EXPECT_TRUE(SymptomGuide::fits(*symptom, p));
            ASSERT_LE(g.conditions.size(), SymptomGuide::maxConditions);
            for (std::size_t i = 0; i < g.conditions.size(); ++i) {
                const auto &m = g.conditions[i];
                if (i >= SymptomGuide::minConditions) {
                    EXPECT_GE(m.score, g.conditions.front().score / 2);
                }
                if (i > 0) {
                    EXPECT_LE(m.score, g.conditions[i - 1].score);
                }
                EXPECT_FALSE(m.matchedSymptoms.empty());
            }
            // Nothing is both to try and to change; everything a shown condition suggests is in one of the two.
            const auto tries = tryIds(g);
            const auto cautions = cautionIds(g);
            for (const auto &id : tries)
                EXPECT_FALSE(has(cautions, id)) << id;
            for (const auto &m : g.conditions)
                for (const auto &id : m.condition->suggestedExercises)
                    EXPECT_TRUE(has(tries, id) || has(cautions, id)) << id;
            for (std::size_t i = 1; i < g.tryExercises.size(); ++i)
                EXPECT_GE(g.tryExercises[i - 1].suggestedFor.size(), g.tryExercises[i].suggestedFor.size());
            // Routines: at least half their items fit; the ones with nothing to change come first, each group in
            // order of relevance.
            for (std::size_t i = 0; i < g.routines.size(); ++i) {
                const auto &rs = g.routines[i];
                EXPECT_GE(2 * rs.suggestedItems, rs.totalItems) << rs.routine->id;
                EXPECT_GT(rs.relevance, 0.0) << rs.routine->id;
                if (i == 0)
                    continue;
                const auto &before = g.routines[i - 1];
                if (before.cautionedItems.empty() == rs.cautionedItems.empty()) {
                    EXPECT_GE(before.relevance, rs.relevance) << rs.routine->id;
                } else {
                    EXPECT_TRUE(before.cautionedItems.empty()) << rs.routine->id;
                }
            }
            // Care notes: exactly those of the shown conditions.
            std::set<std::string> notes;
            for (const auto &m : g.conditions)
                for (const auto &id : m.condition->careNotes)
                    notes.insert(id);
            EXPECT_EQ(g.careNotes.size(), notes.size());
            for (const Treatment *t : g.careNotes)
                EXPECT_TRUE(notes.contains(t->id)) << t->id;
        }
    }
    EXPECT_EQ(pictures, 6 * 13);
}

// Each shipped condition with exercises is shown for at least one picture a patient could mark, so none is
// out of reach of the body map.
TEST(SymptomGuide, EveryTreatableConditionCanBeReached)
{
    const SymptomGuide guide(shipped());
    std::set<std::string> shown;
    for (std::size_t r = 0; r < enumNames<BodyRegion>().size(); ++r)
        for (std::size_t s = 0; s < enumNames<Sensation>().size(); ++s)
            for (const auto &m :
                guide.suggest(picture({left(static_cast<BodyRegion>(r))}, {static_cast<Sensation>(s)})).conditions)
                shown.insert(m.condition->id);
    for (const Condition &c : shipped().conditions())
        if (!c.suggestedExercises.empty()) {
            EXPECT_TRUE(shown.contains(c.id)) << c.id;
        }
}

TEST(SymptomPicture, ReadsAndWritesTheCommandLineForm)
{
    const auto p = SymptomPicture::parse("left-buttock,right-calf,left-lower-back:aching,hot-cold");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->spots,
        (std::vector<BodySpot>{left(BodyRegion::Buttock), right(BodyRegion::Calf), left(BodyRegion::LowerBack)}));
    EXPECT_EQ(p->sensations, (std::vector<Sensation>{Sensation::Aching, Sensation::HotCold}));
    EXPECT_EQ(p->toText(), "left-buttock,right-calf,left-lower-back:aching,hot-cold");
    EXPECT_EQ(SymptomPicture::parse(p->toText())->spots, p->spots);

    ASSERT_TRUE(SymptomPicture::parse("right-foot"));
    EXPECT_TRUE(SymptomPicture::parse("right-foot")->sensations.empty());
    ASSERT_TRUE(SymptomPicture::parse(":numbness"));
    EXPECT_TRUE(SymptomPicture::parse(":numbness")->spots.empty());
    for (const char *bad : {"", ":", "middle-back", "left-knee", "calf", "left-calf:itching", "left-calf,,:pain"})
        EXPECT_FALSE(SymptomPicture::parse(bad)) << bad;
}

// A hand-made bank, so the weighing is checked to the number.
TEST(SymptomGuide, RareSymptomsWeighMoreThanCommonOnes)
{
    ContentBank::Data data;
    data.symptoms.push_back({"ache", LocalText("Ache"), LocalText("d"), {BodyRegion::Thigh}, {Sensation::Aching}, {}});
    data.symptoms.push_back(
        {"cramp", LocalText("Cramp"), LocalText("d"), {BodyRegion::Calf}, {Sensation::Cramping}, {}});
    const auto condition = [](std::string id, std::vector<std::string> symptoms) {
        Condition c;
        c.id = std::move(id);
        c.symptoms = std::move(symptoms);
        return c;
    };
    for (const char *id : {"a", "b", "c", "d"})
        data.conditions.push_back(condition(id, {"ache"}));
    data.conditions.push_back(condition("e", {"ache", "cramp"}));
    const ContentBank bank(std::move(data));
    const SymptomGuide guide(bank);
    // Ache alone: all five share it equally; bank order breaks the tie, and four at most are shown.
    const GuideResult ache = guide.suggest(picture({left(BodyRegion::Thigh)}, {Sensation::Aching}));
    ASSERT_EQ(conditionIds(ache), (std::vector<std::string>{"a", "b", "c", "d"}));
    EXPECT_DOUBLE_EQ(ache.conditions[0].score, 1.0 / 5);
    // Ache and cramp: "e" alone has the cramp, worth a whole point. The others fall under half its score, so only
    // enough of them to make three are shown.
    const GuideResult both = guide.suggest(
        picture({left(BodyRegion::Thigh), left(BodyRegion::Calf)}, {Sensation::Aching, Sensation::Cramping}));
    ASSERT_EQ(conditionIds(both), (std::vector<std::string>{"e", "a", "b"}));
    EXPECT_DOUBLE_EQ(both.conditions[0].score, 1.0 / 5 + 1.0);
    EXPECT_DOUBLE_EQ(both.conditions[1].score, 1.0 / 5);
    ASSERT_EQ(both.conditions[0].matchedSymptoms.size(), 2u);
}

TEST(SymptomGuide, CalfPainStillNamesTheCommonestCause)
{
    // Pain in the calf fits stenosis's walking pain, a rare symptom; a slipped disc, the commonest cause of
    // sciatica, must still be on the list.
    const GuideResult r = SymptomGuide(shipped()).suggest(picture({left(BodyRegion::Calf)}, {Sensation::Pain}));
    EXPECT_TRUE(has(conditionIds(r), "herniated-disc"));
    EXPECT_EQ(r.conditions.size(), SymptomGuide::minConditions);
}

} // namespace
} // namespace lumbar
