// The built-in bank is content patients rely on: it must load cleanly and meet the content rules.
#include "testsupport.h"

#include "core/bank/bankloader.h"
#include "core/emergencycontacts.h"
#include "core/shippedbank.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lumbar {
namespace {

class ShippedBank : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_result = new LoadResult(BankLoader::load(shippedBankLayer())); }
    static void TearDownTestSuite() { delete s_result; }
    const ContentBank &bank() const { return *s_result->bank; }
    static LoadResult *s_result;
};
LoadResult *ShippedBank::s_result = nullptr;

// A piece of bank text has Spanish of its own: present, and not the English copied across.
void checkSpanish(const std::string &id, const std::string &field, const LocalText &text)
{
    const auto &translations = text.translations();
    const auto es =
        std::find_if(translations.begin(), translations.end(), [](const auto &t) { return t.first == "es"; });
    if (es == translations.end() || es->second.empty())
        ADD_FAILURE() << id << ": the " << field << " has no Spanish";
    else if (es->second == text.english())
        ADD_FAILURE() << id << ": the " << field << " in Spanish is the English text: " << text.english();
}

void checkSpanish(const std::string &id, const std::string &field, const std::optional<LocalText> &text)
{
    if (text)
        checkSpanish(id, field, *text);
}

void checkSpanish(const std::string &id, const std::string &field, const std::vector<LocalText> &list)
{
    for (std::size_t i = 0; i < list.size(); ++i)
        checkSpanish(id, field + " " + std::to_string(i + 1), list[i]);
}

TEST_F(ShippedBank, LoadsWithNoErrorsAndNoWarnings)
{
    for (const auto &d : s_result->diagnostics)
        ADD_FAILURE() << formatDiagnostic(d);
    ASSERT_TRUE(s_result->ok());
}

TEST_F(ShippedBank, HasTheContentTheProductPromises)
{
    ASSERT_TRUE(s_result->ok());
    EXPECT_GE(bank().exercises().size(), 20u);
    EXPECT_GE(bank().routines().size(), 4u);
    EXPECT_GE(bank().redFlags().size(), 10u);
    EXPECT_FALSE(bank().symptoms().empty());
    EXPECT_FALSE(bank().conditions().empty());
    EXPECT_FALSE(bank().treatments().empty());
    std::set<Category> categories;
    for (const auto &e : bank().exercises())
        categories.insert(e.category);
    EXPECT_EQ(categories.size(), enumNames<Category>().size()) << "every category has at least one exercise";
}

TEST_F(ShippedBank, EveryExerciseIsSafeToFollow)
{
    ASSERT_TRUE(s_result->ok());
    for (const auto &e : bank().exercises()) {
        SCOPED_TRACE(e.id);
        EXPECT_GE(e.steps.size(), 2u);
        EXPECT_FALSE(e.stopRules.empty());
        EXPECT_FALSE(e.sources.empty());
    }
}

TEST_F(ShippedBank, EveryExerciseHasAFigureThatMovesSmoothly)
{
    for (const auto &e : bank().exercises()) {
        ASSERT_TRUE(e.figure) << e.id << " has no figure";
        const FigureMotion &m = e.figure->motion;
        EXPECT_TRUE(m.startPose().outOfLimits().empty()) << e.id;
        for (const Keyframe &k : m.frames())
            EXPECT_TRUE(k.pose.outOfLimits().empty()) << e.id << " " << k.name;
        // A way out of its own must end where the figure started, or it jumps when a movement loops or rests.
        if (m.holdIndex() + 1 < m.frames().size()) {
            EXPECT_EQ(m.frames().back().pose, m.startPose()) << e.id << " does not come back to its start";
        }
    }
}

TEST_F(ShippedBank, EmergencyRedFlagsSendPeopleForHelpNow)
{
    ASSERT_TRUE(s_result->ok());
    int emergencies = 0;
    for (const auto &r : bank().redFlags())
        if (r.urgency == Urgency::Emergency) {
            ++emergencies;
            for (const std::string_view language : {"en", "es"})
                EXPECT_NE(r.action.text(language).find(kEmergencyPlaceholder), std::string::npos)
                    << r.id << " (" << language << ") does not give the region's emergency number";
        }
    EXPECT_GE(emergencies, 5);
}

// A reader in Spain must not be told to call 999 or NHS 111: numbers and services come only from the region's
// phrases, which give a number for every region the bank covers, in each language.
TEST_F(ShippedBank, EmergencyAndUrgentActionsGiveTheReadersRegionsNumbers)
{
    ASSERT_TRUE(s_result->ok());
    for (const auto &r : bank().redFlags())
        for (const std::string_view language : {"en", "es"}) {
            const std::string &action = r.action.text(language);
            for (const std::string_view national : {"999", "911", "112", "111", "A&E", "GP"})
                EXPECT_EQ(action.find(national), std::string::npos)
                    << r.id << " (" << language << ") names " << national << " whatever the reader's region";
            if (r.urgency == Urgency::Urgent) {
                EXPECT_NE(action.find(kUrgentPlaceholder), std::string::npos) << r.id << " (" << language << ")";
            }
        }
    for (const Region region : {Region::UnitedKingdom, Region::Ireland, Region::UnitedStates, Region::Canada,
             Region::Spain, Region::OtherEu}) {
        const RegionContacts *contacts = bank().contacts(region);
        ASSERT_NE(contacts, nullptr) << toString(region) << " has no emergency numbers";
        for (const std::string_view language : {"en", "es"}) {
            const std::string &emergency = contacts->emergency.text(language);
            EXPECT_NE(emergency.find_first_of("0123456789"), std::string::npos)
                << toString(region) << " (" << language << "): " << emergency;
            for (const auto &r : bank().redFlags()) {
                const std::string filled =
                    fillContacts(r.action.text(language), emergency, contacts->urgent.text(language));
                EXPECT_EQ(filled.find('{'), std::string::npos) << r.id << ": " << filled;
            }
        }
    }
    const RegionContacts *spain = bank().contacts(Region::Spain);
    ASSERT_NE(spain, nullptr);
    EXPECT_NE(spain->emergency.text("es").find("112"), std::string::npos) << "Spain's emergency number is 112";
}

// What a Spanish-speaking patient meets on the way through a routine — the routines, every exercise they use and
// the red flags — has Spanish of its own in every piece of text: present, and not the English copied across.
TEST_F(ShippedBank, RoutinesTheirExercisesAndRedFlagsAreInSpanish)
{
    ASSERT_TRUE(s_result->ok());

    std::set<std::string> used;
    for (const Routine &r : bank().routines()) {
        checkSpanish(r.id, "name", r.name);
        checkSpanish(r.id, "purpose", r.purpose);
        checkSpanish(r.id, "audience", r.audience);
        checkSpanish(r.id, "notes", r.notes);
        for (std::size_t i = 0; i < r.items.size(); ++i) {
            const RoutineItem &item = r.items[i];
            const std::string what = "item " + std::to_string(i + 1) + " (" + item.exercise + ")";
            checkSpanish(r.id, what + " note", item.note);
            checkSpanish(r.id, what + " dosage note", item.dosage.note);
            used.insert(item.exercise);
        }
    }
    EXPECT_FALSE(used.empty());
    for (const std::string &id : used) {
        const Exercise *e = bank().exercise(id);
        ASSERT_NE(e, nullptr) << id;
        checkSpanish(id, "name", e->name);
        checkSpanish(id, "alias", e->aliases);
        checkSpanish(id, "summary", e->summary);
        checkSpanish(id, "step", e->steps);
        checkSpanish(id, "dosage note", e->dosage.note);
        checkSpanish(id, "caution", e->cautions);
        checkSpanish(id, "stop rule", e->stopRules);
        checkSpanish(id, "benefits", e->benefits);
        checkSpanish(id, "notes", e->notes);
    }
    for (const RedFlag &r : bank().redFlags()) {
        checkSpanish(r.id, "question", r.question);
        checkSpanish(r.id, "description", r.description);
        checkSpanish(r.id, "action", r.action);
    }
}

// The symptom guide's conditions and the care notes are in Spanish too: every piece of text in every condition and
// treatment — names, aliases, reasons, notes, points and both sides of each perspective.
TEST_F(ShippedBank, ConditionsAndCareNotesAreInSpanish)
{
    ASSERT_TRUE(s_result->ok());

    EXPECT_FALSE(bank().conditions().empty());
    for (const Condition &c : bank().conditions()) {
        checkSpanish(c.id, "name", c.name);
        checkSpanish(c.id, "alias", c.aliases);
        checkSpanish(c.id, "summary", c.summary);
        for (const ExerciseCaution &m : c.modifyOrAvoid)
            checkSpanish(c.id, "reason to change or avoid " + m.exercise, m.reason);
        if (c.notes)
            checkSpanish(c.id, "notes", *c.notes);
    }
    EXPECT_FALSE(bank().treatments().empty());
    for (const Treatment &t : bank().treatments()) {
        checkSpanish(t.id, "title", t.title);
        checkSpanish(t.id, "summary", t.summary);
        checkSpanish(t.id, "point", t.points);
        for (std::size_t i = 0; i < t.perspectives.size(); ++i) {
            const std::string what = "perspective " + std::to_string(i + 1);
            checkSpanish(t.id, what + " label", t.perspectives[i].label);
            checkSpanish(t.id, what + " text", t.perspectives[i].text);
        }
    }
}

TEST_F(ShippedBank, MedicinesNoteShowsWhereSourcesDisagree)
{
    ASSERT_TRUE(s_result->ok());
    const Treatment *medicines = bank().treatment("medicines");
    ASSERT_NE(medicines, nullptr);
    EXPECT_GE(medicines->perspectives.size(), 2u);
}

// The care notes a patient is promised: heat and ice, staying active rather than bed rest, walking, posture and
// pillows, the escape position, medicines (UK and US side by side), injections, imaging, physical therapy and when
// surgery is considered — each citing its sources.
TEST_F(ShippedBank, CareNotesCoverWhatPatientsAskAbout)
{
    ASSERT_TRUE(s_result->ok());
    for (const char *id : {"heat-and-ice", "keep-active", "walking-advice", "posture-and-pillows",
             "escape-position-rest", "medicines", "injections", "imaging", "physical-therapy", "surgery"}) {
        const Treatment *t = bank().treatment(id);
        ASSERT_NE(t, nullptr) << id;
        EXPECT_FALSE(t->sources.empty()) << id;
        EXPECT_FALSE(t->points.empty()) << id;
    }
    const Treatment *medicines = bank().treatment("medicines");
    bool uk = false;
    bool us = false;
    for (const Perspective &p : medicines->perspectives) {
        uk = uk || p.label.text().starts_with("UK");
        us = us || p.label.text().starts_with("US");
        EXPECT_FALSE(p.sources.empty()) << p.label.text();
    }
    EXPECT_TRUE(uk && us) << "the UK and US advice on medicines are both shown";
    EXPECT_NE(bank().treatment("keep-active")->title.text().find("bed rest"), std::string::npos);
}

// Every exercise says when to stop: symptoms spreading down the leg, new numbness or weakness, severe pain.
TEST_F(ShippedBank, EveryExerciseHasTheThreeStopRules)
{
    ASSERT_TRUE(s_result->ok());
    const auto mentions = [](const Exercise &e, std::initializer_list<std::string_view> words) {
        for (const LocalText &rule : e.stopRules)
            for (const std::string_view word : words)
                if (rule.english().find(word) != std::string::npos)
                    return true;
        return false;
    };
    for (const Exercise &e : bank().exercises()) {
        EXPECT_TRUE(mentions(e, {"spread", "further down"})) << e.id << ": symptoms spreading down the leg";
        EXPECT_TRUE(mentions(e, {"numb", "weak", "pins and needles"})) << e.id << ": new numbness or weakness";
        EXPECT_TRUE(mentions(e, {"severe", "new pain"})) << e.id << ": severe pain";
    }
}

TEST_F(ShippedBank, NoConditionBothSuggestsAndWarnsAgainstAnExercise)
{
    ASSERT_TRUE(s_result->ok());
    for (const Condition &c : bank().conditions())
        for (const ExerciseCaution &m : c.modifyOrAvoid)
            EXPECT_EQ(std::count(c.suggestedExercises.begin(), c.suggestedExercises.end(), m.exercise), 0)
                << c.id << " both suggests and warns against " << m.exercise;
}

TEST_F(ShippedBank, EverySourceIsCited)
{
    ASSERT_TRUE(s_result->ok());
    std::set<std::string> cited;
    auto cite = [&](const std::vector<std::string> &ids) { cited.insert(ids.begin(), ids.end()); };
    for (const auto &e : bank().exercises())
        cite(e.sources);
    for (const auto &s : bank().symptoms())
        cite(s.sources);
    for (const auto &c : bank().conditions())
        cite(c.sources);
    for (const auto &t : bank().treatments()) {
        cite(t.sources);
        for (const auto &p : t.perspectives)
            cite(p.sources);
    }
    for (const auto &r : bank().redFlags())
        cite(r.sources);
    for (const auto &r : bank().routines())
        cite(r.sources);
    for (const auto &r : bank().regions())
        cite(r.sources);
    for (const auto &s : bank().sources())
        EXPECT_TRUE(cited.count(s.id)) << s.id << " is listed but nothing cites it";
}

} // namespace
} // namespace lumbar

namespace lumbar {
namespace {

// docs/CONTENT-FORMAT.md promises its example validates: the example is a fixture, and this keeps them identical.
TEST(ContentFormatDoc, CompleteExampleIsTheValidatedFixture)
{
    std::ifstream doc(test::sourceDir() / "docs" / "CONTENT-FORMAT.md");
    const std::string text((std::istreambuf_iterator<char>(doc)), std::istreambuf_iterator<char>());
    const auto section = text.find("## A complete small example");
    ASSERT_NE(section, std::string::npos);
    const auto open = text.find("```json\n", section);
    ASSERT_NE(open, std::string::npos);
    const auto close = text.find("```", open + 8);
    const std::string example = text.substr(open + 8, close - open - 8);

    std::ifstream fixture(test::dataDir() / "good" / "format-example" / "wall-lean.json");
    const std::string fixtureText((std::istreambuf_iterator<char>(fixture)), std::istreambuf_iterator<char>());
    EXPECT_EQ(example, fixtureText);
}

} // namespace
} // namespace lumbar
