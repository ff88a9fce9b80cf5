// ExerciseIndex: ranking, word-prefix matching, highlights, filters, facet counts and narrowing as the user types.
#include "core/exerciseindex.h"

#include "core/bank/bankloader.h"
#include "core/shippedbank.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace lumbar {
namespace {

std::string exercise(const std::string &id, const std::string &name, const std::string &summary,
    const std::string &steps, const std::string &facets)
{
    return R"({"id": ")" + id + R"(", "name": ")" + name + R"(", "summary": ")" + summary + R"(", "steps": )" + steps +
        R"(, "dosage": {"holdSeconds": 10, "reps": 3}, "stopRules": ["Stop if it hurts."], "sources": ["src"], )" +
        facets + "}";
}

// Seven exercises that match "twist" in a different place each, in the reverse of the order they should rank,
// and one that does not.
std::shared_ptr<const ContentBank> handMadeBank()
{
    const std::string exercises = "[" +
        exercise("step", "Alpha", "Plain summary.", R"(["Twist gently to one side.", "Relax."])",
            R"("category": "stretch", "position": "lying-on-back", "equipment": ["mat"], "difficulty": "easy",
               "targets": {"symptoms": ["back-pain"]})") +
        "," +
        exercise("summary", "Beta", "A twist for the lower back.", R"(["Plain step."])",
            R"("category": "strengthening", "position": "sitting", "equipment": ["chair"], "difficulty": "moderate",
               "targets": {"symptoms": ["leg-pain"], "conditions": ["disc"]})") +
        "," +
        exercise("alias", "Gamma", "Plain summary.", R"(["Plain step."])",
            R"("aliases": ["Plain name", "Lying twist"], "category": "stretch", "position": "sitting",
               "difficulty": "hard")") +
        "," +
        exercise("word-1", "Gentle twist", "Plain summary.", R"(["Plain step."])",
            R"("category": "stretch", "position": "standing", "equipment": ["mat", "towel"], "difficulty": "easy",
               "targets": {"symptoms": ["leg-pain", "back-pain"]})") +
        "," +
        exercise("word-2", "Seated twist", "Plain summary.", R"(["Plain step."])",
            R"("category": "nerve-mobility", "position": "sitting", "equipment": ["chair"], "difficulty": "easy")") +
        "," +
        exercise("prefix", "Twisting reach", "Plain summary.", R"(["Plain step."])",
            R"("category": "stretch", "position": "lying-on-back", "equipment": ["mat"], "difficulty": "moderate")") +
        "," +
        exercise("whole", "Twist", "Plain summary.", R"(["Plain step."])",
            R"("category": "strengthening", "position": "lying-on-back", "difficulty": "easy")") +
        "," +
        exercise("ham", "Hamstring stretch", "Plain summary.", R"(["Loop a towel around your foot."])",
            R"("aliases": ["Towel stretch"], "category": "stretch", "position": "lying-on-back",
               "equipment": ["towel", "strap"], "difficulty": "easy")") +
        "]";
    const std::string text = R"({"format": "lumbar-relief-bank", "version": 1,
      "sources": [{"id": "src", "title": "T", "publisher": "P", "url": "https://example.org", "kind": "article",
                   "authority": "low"}],
      "symptoms": [{"id": "leg-pain", "name": "Leg pain", "description": "Pain.", "sources": ["src"]},
                   {"id": "back-pain", "name": "Back pain", "description": "Pain.", "sources": ["src"]}],
      "conditions": [{"id": "disc", "name": "Slipped disc", "summary": "A disc.", "symptoms": ["leg-pain"],
                      "suggestedExercises": ["whole"], "sources": ["src"]}],
      "exercises": )" +
        exercises + "}";
    BankLayer layer;
    layer.files.push_back({"test.json", text});
    LoadResult result = BankLoader::load(layer);
    for (const auto &d : result.diagnostics)
        ADD_FAILURE() << d.message;
    return result.bank;
}

class ExerciseIndexTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        bank = handMadeBank();
        ASSERT_NE(bank, nullptr);
        index = std::make_unique<ExerciseIndex>(*bank);
    }

    std::vector<std::string> ids(const SearchResult &result) const
    {
        std::vector<std::string> out;
        for (const SearchHit &hit : result.hits())
            out.push_back(bank->exercises().at(hit.exercise).id);
        return out;
    }

    std::vector<std::string> idsFor(std::string_view query, const ExerciseFilters &filters = {}) const
    {
        return ids(index->search(query, filters));
    }

    const SearchHit &hitFor(const SearchResult &result, const std::string &id) const
    {
        const auto hits = result.hits();
        const auto it = std::find_if(
            hits.begin(), hits.end(), [&](const SearchHit &h) { return bank->exercises().at(h.exercise).id == id; });
        EXPECT_NE(it, hits.end()) << id;
        return it == hits.end() ? hits.front() : *it;
    }

    std::uint32_t countOf(const SearchResult &result, Facet facet, std::string_view key) const
    {
        const auto values = index->values(facet);
        for (std::size_t i = 0; i < values.size(); ++i)
            if (values[i].key == key)
                return result.facetCounts(facet)[i];
        ADD_FAILURE() << "no facet value " << key;
        return 0;
    }

    static ExerciseFilters only(Facet facet, std::set<std::string, std::less<>> keys)
    {
        ExerciseFilters filters;
        filters[facet] = std::move(keys);
        return filters;
    }

    std::shared_ptr<const ContentBank> bank;
    std::unique_ptr<ExerciseIndex> index;
};

using Ids = std::vector<std::string>;

TEST_F(ExerciseIndexTest, RanksWholeNameThenNamePrefixThenNameWordThenAliasSummaryAndSteps)
{
    const SearchResult result = index->search("twist");
    EXPECT_EQ(ids(result), (Ids{"whole", "prefix", "word-1", "word-2", "alias", "summary", "step"}))
        << "name matches first, ties in bank order";
    const auto hits = result.hits();
    std::vector<int> ranks;
    std::vector<MatchField> fields;
    for (const SearchHit &hit : hits) {
        ranks.push_back(hit.rank);
        fields.push_back(hit.field);
    }
    EXPECT_EQ(ranks, (std::vector<int>{0, 1, 2, 2, 3, 4, 5}));
    EXPECT_EQ(fields,
        (std::vector<MatchField>{MatchField::Name, MatchField::Name, MatchField::Name, MatchField::Name,
            MatchField::Alias, MatchField::Summary, MatchField::Step}));
    EXPECT_EQ(result.textMatchCount(), 7U);
    EXPECT_EQ(idsFor("TWIST"), ids(result)) << "case does not matter";
    EXPECT_EQ(idsFor("  twist  "), ids(result));
}

TEST_F(ExerciseIndexTest, EveryWordMustBeginAWordSomewhere)
{
    EXPECT_EQ(idsFor("ham str"), Ids{"ham"});
    EXPECT_EQ(idsFor("str ham"), Ids{"ham"}) << "word order does not matter";
    EXPECT_EQ(idsFor("string"), Ids{}) << "the middle of a word is not a match";
    EXPECT_EQ(idsFor("twi gen"), (Ids{"word-1", "step"})) << "\"Twist gently\" is a step of Alpha";
    EXPECT_EQ(idsFor("twist zebra"), Ids{});
    EXPECT_EQ(idsFor("loop towel"), Ids{"ham"}) << "both words in a step";
    EXPECT_EQ(idsFor("seated tw"), Ids{"word-2"});

    // Words spread over fields rank by the weakest field needed.
    const SearchResult spread = index->search("alpha relax");
    ASSERT_EQ(ids(spread), Ids{"step"});
    EXPECT_EQ(spread.hits()[0].field, MatchField::Step);
    EXPECT_EQ(spread.hits()[0].rank, 5);
}

TEST_F(ExerciseIndexTest, HighlightsAreByteRangesOfTheOriginalNameAndAlias)
{
    const SearchResult result = index->search("ham str");
    ASSERT_EQ(result.hits().size(), 1U);
    const SearchHit &ham = result.hits()[0];
    EXPECT_EQ(ham.field, MatchField::Name);
    EXPECT_EQ(std::vector<TextRange>(result.nameRanges(ham).begin(), result.nameRanges(ham).end()),
        (std::vector<TextRange>{{0, 3}, {10, 13}}));
    EXPECT_TRUE(result.aliasRanges(ham).empty()) << "the name holds every word";

    const SearchResult twist = index->search("Twist");
    const SearchHit &gentle = hitFor(twist, "word-1");
    ASSERT_EQ(twist.nameRanges(gentle).size(), 1U);
    const TextRange range = twist.nameRanges(gentle)[0];
    EXPECT_EQ(bank->exercise("word-1")->name.english().substr(range.begin, range.end - range.begin), "twist");

    const SearchHit &alias = hitFor(twist, "alias");
    EXPECT_TRUE(twist.nameRanges(alias).empty());
    EXPECT_EQ(alias.alias, 1) << "the second alias, 'Lying twist'";
    ASSERT_EQ(twist.aliasRanges(alias).size(), 1U);
    EXPECT_EQ(twist.aliasRanges(alias)[0], (TextRange{6, 11}));

    // Overlapping words merge into one range.
    const SearchResult overlap = index->search("twis twisting");
    const SearchHit &prefix = hitFor(overlap, "prefix");
    EXPECT_EQ(std::vector<TextRange>(overlap.nameRanges(prefix).begin(), overlap.nameRanges(prefix).end()),
        (std::vector<TextRange>{{0, 8}}));
}

TEST_F(ExerciseIndexTest, EmptyQueryListsEverythingInBankOrderAndNoMatchListsNothing)
{
    const SearchResult all = index->search("");
    EXPECT_EQ(ids(all), (Ids{"step", "summary", "alias", "word-1", "word-2", "prefix", "whole", "ham"}));
    for (const SearchHit &hit : all.hits()) {
        EXPECT_EQ(hit.field, MatchField::Everything);
        EXPECT_TRUE(all.nameRanges(hit).empty());
    }
    EXPECT_EQ(idsFor("   "), ids(all));

    const SearchResult none = index->search("trampoline");
    EXPECT_TRUE(none.hits().empty());
    EXPECT_EQ(none.textMatchCount(), 0U);
    for (const Facet facet :
        {Facet::Category, Facet::Position, Facet::Equipment, Facet::Difficulty, Facet::Symptom, Facet::Condition})
        for (const auto count : none.facetCounts(facet))
            EXPECT_EQ(count, 0U);
}

TEST_F(ExerciseIndexTest, ListsTheFacetValuesTheBankUsesInAStableOrder)
{
    auto keys = [&](Facet facet) {
        std::vector<std::string> out;
        for (const auto &v : index->values(facet))
            out.push_back(v.key);
        return out;
    };
    EXPECT_EQ(keys(Facet::Category), (Ids{"stretch", "strengthening", "nerve-mobility"}));
    EXPECT_EQ(keys(Facet::Position), (Ids{"lying-on-back", "sitting", "standing"}));
    EXPECT_EQ(keys(Facet::Equipment), (Ids{"mat", "towel", "strap", "chair", "none"}));
    EXPECT_EQ(keys(Facet::Difficulty), (Ids{"easy", "moderate", "hard"}));
    EXPECT_EQ(keys(Facet::Symptom), (Ids{"leg-pain", "back-pain"})) << "bank order of the symptoms";
    EXPECT_EQ(keys(Facet::Condition), Ids{"disc"});
    EXPECT_EQ(index->values(Facet::Symptom)[0].name, "Leg pain");
    EXPECT_EQ(index->values(Facet::Condition)[0].name, "Slipped disc");
}

TEST_F(ExerciseIndexTest, EachFilterAlone)
{
    EXPECT_EQ(idsFor("", only(Facet::Category, {"stretch"})), (Ids{"step", "alias", "word-1", "prefix", "ham"}));
    EXPECT_EQ(idsFor("", only(Facet::Position, {"sitting"})), (Ids{"summary", "alias", "word-2"}));
    EXPECT_EQ(idsFor("", only(Facet::Equipment, {"chair"})), (Ids{"summary", "word-2"}));
    EXPECT_EQ(idsFor("", only(Facet::Equipment, {std::string(kNoEquipment)})), (Ids{"alias", "whole"}));
    EXPECT_EQ(idsFor("", only(Facet::Difficulty, {"moderate"})), (Ids{"summary", "prefix"}));
    EXPECT_EQ(idsFor("", only(Facet::Symptom, {"leg-pain"})), (Ids{"summary", "word-1"}));
    EXPECT_EQ(idsFor("", only(Facet::Condition, {"disc"})), (Ids{"summary", "whole"}))
        << "a target condition, and an exercise the condition suggests";
    EXPECT_EQ(idsFor("", only(Facet::Category, {"aerobic"})), Ids{}) << "a value no exercise has";
    EXPECT_EQ(idsFor("", only(Facet::Condition, {"no-such-condition"})), Ids{});
}

TEST_F(ExerciseIndexTest, ValuesOfOneFacetAreAlternativesAndFacetsCombine)
{
    EXPECT_EQ(idsFor("", only(Facet::Equipment, {"chair", "towel"})), (Ids{"summary", "word-1", "word-2", "ham"}));
    EXPECT_EQ(idsFor("", only(Facet::Difficulty, {"moderate", "hard"})), (Ids{"summary", "alias", "prefix"}));

    ExerciseFilters filters;
    filters[Facet::Category] = {"stretch"};
    filters[Facet::Position] = {"lying-on-back"};
    EXPECT_EQ(idsFor("", filters), (Ids{"step", "prefix", "ham"}));
    filters[Facet::Difficulty] = {"easy"};
    EXPECT_EQ(idsFor("", filters), (Ids{"step", "ham"}));
    EXPECT_EQ(idsFor("twist", filters), Ids{"step"}) << "the query and the filters together";
    filters[Facet::Symptom] = {"leg-pain"};
    EXPECT_EQ(idsFor("", filters), Ids{});
    EXPECT_FALSE(filters.empty());
    EXPECT_TRUE(ExerciseFilters{}.empty());
}

TEST_F(ExerciseIndexTest, FacetCountsIgnoreTheirOwnChoiceAndApplyTheOthers)
{
    const SearchResult plain = index->search("");
    EXPECT_EQ(countOf(plain, Facet::Category, "stretch"), 5U);
    EXPECT_EQ(countOf(plain, Facet::Equipment, "mat"), 3U);
    EXPECT_EQ(countOf(plain, Facet::Equipment, "none"), 2U);
    EXPECT_EQ(countOf(plain, Facet::Condition, "disc"), 2U);

    const SearchResult stretches = index->search("", only(Facet::Category, {"stretch"}));
    EXPECT_EQ(countOf(stretches, Facet::Category, "stretch"), 5U) << "its own facet's choice does not apply";
    EXPECT_EQ(countOf(stretches, Facet::Category, "strengthening"), 2U);
    EXPECT_EQ(countOf(stretches, Facet::Category, "nerve-mobility"), 1U);
    EXPECT_EQ(countOf(stretches, Facet::Position, "lying-on-back"), 3U) << "the other facets' choices do";
    EXPECT_EQ(countOf(stretches, Facet::Position, "sitting"), 1U);
    EXPECT_EQ(countOf(stretches, Facet::Position, "standing"), 1U);
    EXPECT_EQ(countOf(stretches, Facet::Equipment, "towel"), 2U);
    EXPECT_EQ(countOf(stretches, Facet::Equipment, "chair"), 0U);

    ExerciseFilters two;
    two[Facet::Category] = {"stretch"};
    two[Facet::Position] = {"sitting"};
    const SearchResult both = index->search("twist", two);
    EXPECT_EQ(ids(both), Ids{"alias"});
    EXPECT_EQ(countOf(both, Facet::Category, "stretch"), 1U);
    EXPECT_EQ(countOf(both, Facet::Category, "strengthening"), 1U) << "Beta: sitting, 'twist' in its summary";
    EXPECT_EQ(countOf(both, Facet::Category, "nerve-mobility"), 1U);
    EXPECT_EQ(countOf(both, Facet::Position, "lying-on-back"), 2U) << "stretches that match 'twist'";
    EXPECT_EQ(countOf(both, Facet::Position, "standing"), 1U);
    EXPECT_EQ(countOf(both, Facet::Difficulty, "hard"), 1U);
    EXPECT_EQ(countOf(both, Facet::Difficulty, "easy"), 0U);
    // Choosing a counted value gives exactly that many.
    two[Facet::Position] = {"lying-on-back"};
    EXPECT_EQ(idsFor("twist", two).size(), 2U);
}

TEST_F(ExerciseIndexTest, ChangingOnlyTheFiltersReusesTheTextMatches)
{
    SearchResult result;
    index->search("twist", {}, result);
    EXPECT_FALSE(result.wasNarrowed());
    index->search("twist", only(Facet::Position, {"sitting"}), result);
    EXPECT_TRUE(result.wasNarrowed());
    EXPECT_EQ(ids(result), (Ids{"word-2", "alias", "summary"}));
    index->search("twist", {}, result);
    EXPECT_EQ(ids(result).size(), 7U);
}

// Types `typed` one character at a time into one result, and checks each step against a fresh search.
void expectNarrowingMatchesFreshSearch(
    const ExerciseIndex &index, const std::string &typed, const ExerciseFilters &filters, bool alsoBackspace)
{
    SearchResult live;
    std::vector<std::string> steps;
    for (std::size_t n = 0; n <= typed.size(); ++n)
        steps.push_back(typed.substr(0, n));
    if (alsoBackspace)
        for (std::size_t n = typed.size(); n-- > 0;)
            steps.push_back(typed.substr(0, n));
    bool narrowedOnce = false;
    for (const auto &query : steps) {
        index.search(query, filters, live);
        narrowedOnce = narrowedOnce || live.wasNarrowed();
        const SearchResult fresh = index.search(query, filters);
        ASSERT_EQ(live.hits().size(), fresh.hits().size()) << query;
        for (std::size_t i = 0; i < fresh.hits().size(); ++i) {
            const SearchHit &a = live.hits()[i];
            const SearchHit &b = fresh.hits()[i];
            EXPECT_EQ(a.exercise, b.exercise) << query;
            EXPECT_EQ(a.rank, b.rank) << query;
            EXPECT_EQ(a.field, b.field) << query;
            EXPECT_TRUE(std::ranges::equal(live.nameRanges(a), fresh.nameRanges(b))) << query;
            EXPECT_TRUE(std::ranges::equal(live.aliasRanges(a), fresh.aliasRanges(b))) << query;
        }
        for (const Facet facet :
            {Facet::Category, Facet::Position, Facet::Equipment, Facet::Difficulty, Facet::Symptom, Facet::Condition})
            EXPECT_TRUE(std::ranges::equal(live.facetCounts(facet), fresh.facetCounts(facet))) << query;
    }
    EXPECT_TRUE(narrowedOnce) << "typing forward narrows the previous hits";
}

TEST(ExerciseIndexShipped, NarrowingAsYouTypeGivesTheSameResultsAsAFreshSearch)
{
    const LoadResult loaded = BankLoader::load(shippedBankLayer());
    ASSERT_TRUE(loaded.ok());
    const ExerciseIndex index(*loaded.bank);
    for (const std::string typed : {"hamstring stretch", "lying knee", "sciatic nerve floss", "Press-up", "st ly"})
        expectNarrowingMatchesFreshSearch(index, typed, {}, true);
    ExerciseFilters filters;
    filters[Facet::Position] = {"lying-on-back", "sitting"};
    filters[Facet::Condition] = {"herniated-disc"};
    expectNarrowingMatchesFreshSearch(index, "nerve slider", filters, true);
}

TEST(ExerciseIndexShipped, FindsTheShippedExercisesByNameAliasAndCondition)
{
    const LoadResult loaded = BankLoader::load(shippedBankLayer());
    ASSERT_TRUE(loaded.ok());
    const ContentBank &bank = *loaded.bank;
    const ExerciseIndex index(bank);
    auto first = [&](std::string_view query) {
        const SearchResult result = index.search(query);
        return result.hits().empty() ? std::string() : bank.exercises().at(result.hits()[0].exercise).id;
    };
    EXPECT_EQ(first("hamstring stretch"), "hamstring-stretch");
    EXPECT_EQ(index.search("hamstring stretch").hits()[0].rank, 0) << "the whole name";
    EXPECT_EQ(first("ham"), "hamstring-stretch");
    EXPECT_EQ(first("cobra"), "prone-press-up") << "an alias";
    EXPECT_EQ(first("sphinx"), "prone-lying") << "two aliases match; bank order breaks the tie";

    const SearchResult floss = index.search("floss");
    std::vector<std::string> ids;
    for (const SearchHit &hit : floss.hits())
        ids.push_back(bank.exercises().at(hit.exercise).id);
    EXPECT_EQ(ids, (std::vector<std::string>{"supine-nerve-slider", "seated-nerve-slider"}));

    // Bone spur names no exercise as a target; the exercises it suggests are its exercises.
    ExerciseFilters boneSpur;
    boneSpur[Facet::Condition] = {"bone-spur"};
    const SearchResult spur = index.search("", boneSpur);
    const Condition *condition = bank.condition("bone-spur");
    ASSERT_NE(condition, nullptr);
    EXPECT_EQ(spur.hits().size(), condition->suggestedExercises.size());
    for (const SearchHit &hit : spur.hits()) {
        const auto &id = bank.exercises().at(hit.exercise).id;
        EXPECT_NE(std::find(condition->suggestedExercises.begin(), condition->suggestedExercises.end(), id),
            condition->suggestedExercises.end())
            << id;
    }

    // Standing back extension needs nothing: it is under "no equipment".
    ExerciseFilters nothing;
    nothing[Facet::Equipment] = {std::string(kNoEquipment)};
    const SearchResult bare = index.search("", nothing);
    ASSERT_EQ(bare.hits().size(), 1U);
    EXPECT_EQ(bank.exercises().at(bare.hits()[0].exercise).id, "standing-back-extension");
}

TEST(ExerciseIndexEmpty, AnEmptyBankFindsNothing)
{
    const ContentBank bank;
    const ExerciseIndex index(bank);
    EXPECT_EQ(index.size(), 0U);
    EXPECT_TRUE(index.search("").hits().empty());
    EXPECT_TRUE(index.values(Facet::Category).empty());
    const ExerciseIndex defaulted;
    EXPECT_TRUE(defaulted.search("x").hits().empty());
    EXPECT_NE(index.serial(), defaulted.serial());
}

TEST(ExerciseIndexEmpty, AResultFromAnotherIndexIsNotReused)
{
    const LoadResult loaded = BankLoader::load(shippedBankLayer());
    ASSERT_TRUE(loaded.ok());
    const ExerciseIndex shipped(*loaded.bank);
    const ContentBank empty;
    const ExerciseIndex none(empty);
    SearchResult result;
    none.search("", {}, result);
    EXPECT_TRUE(result.hits().empty());
    shipped.search("", {}, result);
    EXPECT_EQ(result.hits().size(), loaded.bank->exercises().size());
    EXPECT_FALSE(result.wasNarrowed());
}

} // namespace
} // namespace lumbar
