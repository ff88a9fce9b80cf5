// The loader's rules that fixtures can't express well: layering, fallback, links out of the folder, very large
// and very deep input, and every truncation of a real file.
#include "testsupport.h"

#include "core/shippedbank.h"

#include <gtest/gtest.h>

#include <fstream>

namespace lumbar {
namespace {

using test::bankFile;
using test::exerciseJson;
using test::findMessage;
using test::layerOf;
using test::loadOverShipped;

TEST(BankLoader, UserEntryReplacesBuiltInEntryWithTheSameIdAndAddsNewOnes)
{
    const auto builtInCount = BankLoader::load(shippedBankLayer()).bank->exercises().size();
    const auto layer =
        layerOf(bankFile(R"("exercises": [)" + exerciseJson("bridge") + "," + exerciseJson("new-one") + "]"));
    const auto result = loadOverShipped(layer);
    ASSERT_TRUE(result.ok()) << (result.diagnostics.empty() ? "" : formatDiagnostic(result.diagnostics[0]));
    EXPECT_EQ(result.bank->exercises().size(), builtInCount + 1);
    EXPECT_EQ(result.bank->exercise("bridge")->name.english(), "Test exercise bridge");
    EXPECT_NE(result.bank->exercise("new-one"), nullptr);
}

TEST(BankLoader, SameIdTwiceInOneBankIsAnErrorThatPointsAtTheFirst)
{
    BankLayer layer;
    layer.files.push_back({"a.json", bankFile(R"("exercises": [)" + exerciseJson("twin") + "]")});
    layer.files.push_back({"b.json", bankFile(R"("exercises": [)" + exerciseJson("twin") + "]")});
    const auto result = loadOverShipped(layer);
    EXPECT_FALSE(result.ok());
    const Diagnostic *d = findMessage(result, "is used twice");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->file, "b.json");
    EXPECT_NE(d->message.find("first used at a.json:5:13"), std::string::npos) << d->message;
}

TEST(BankLoader, FallsBackToTheBuiltInBankAndKeepsTheUsersProblems)
{
    const auto bad = layerOf(bankFile(R"("exercises": [)" + exerciseJson("broken", R"("related": ["nowhere"])") + "]"));
    const LayeredBank loaded = loadWithFallback(shippedBankLayer(), &bad);
    ASSERT_NE(loaded.bank, nullptr);
    EXPECT_FALSE(loaded.usingUserBank);
    EXPECT_EQ(loaded.bank->exercise("broken"), nullptr);
    EXPECT_NE(loaded.bank->exercise("bridge"), nullptr);
    ASSERT_EQ(countOf(loaded.userDiagnostics, Severity::Error), 1);
    EXPECT_TRUE(loaded.builtInDiagnostics.empty());

    const auto good = layerOf(bankFile(R"("exercises": [)" + exerciseJson("fine") + "]"));
    const LayeredBank used = loadWithFallback(shippedBankLayer(), &good);
    EXPECT_TRUE(used.usingUserBank);
    EXPECT_NE(used.bank->exercise("fine"), nullptr);
}

TEST(BankLoader, BrokenBuiltInBankLeavesNoBankButSaysWhy)
{
    const auto broken = layerOf("{\"format\": \"lumbar-relief-bank\"}", "built-in/broken.json");
    const LayeredBank loaded = loadWithFallback(broken, nullptr);
    EXPECT_EQ(loaded.bank, nullptr);
    ASSERT_EQ(loaded.builtInDiagnostics.size(), 1u);
    EXPECT_EQ(loaded.builtInDiagnostics[0].file, "built-in/broken.json");
}

TEST(BankLoader, MissingReferenceSuggestsTheClosestId)
{
    const auto layer =
        layerOf(bankFile(R"("routines": [{"id": "gentle-typo", "name": "R", "purpose": "P", "audience": "A",
        "items": [{"exercise": "knee-to-chest"}, {"exercise": "pelvic-tilt"}, {"exercise": "brige"}]}])"));
    const auto result = loadOverShipped(layer);
    const Diagnostic *d = findMessage(result, "brige");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->message,
        "routine 'gentle-typo' step 3 names exercise 'brige', which does not exist — did you mean 'bridge'?");
    EXPECT_EQ(d->path, "/routines/0/items/2/exercise");
}

TEST(BankLoader, ReadsRangesTranslationsAndOverrides)
{
    const auto layer = layerOf(
        bankFile(R"("exercises": [)" + exerciseJson("ranged", R"("aliases": [{"en": "Ranged", "es": "Con rango"}])") +
            R"(], "routines": [{"id": "r", "name": "R", "purpose": "P", "audience": "A",
        "items": [{"exercise": "ranged", "dosage": {"reps": {"min": 2, "max": 4}}}]}])"));
    const auto result = loadOverShipped(layer);
    ASSERT_TRUE(result.ok());
    const Exercise *e = result.bank->exercise("ranged");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->aliases.at(0).text("es"), "Con rango");
    EXPECT_EQ(e->aliases.at(0).text("es-MX"), "Con rango");
    EXPECT_EQ(e->aliases.at(0).text("de"), "Ranged");
    const Routine *r = result.bank->routine("r");
    const Dosage effective = e->dosage.overriddenBy(r->items.at(0).dosage);
    EXPECT_EQ(effective.reps, (Range{2, 4, 2})) << "a range without a default uses its gentler end";
    EXPECT_EQ(effective.holdSeconds, (Range{20, 20, 20})) << "fields the routine doesn't set come from the exercise";
    EXPECT_EQ(effective.sides, Sides::Alternate);
}

TEST(BankLoader, PictureInsideTheFolderIsAcceptedAndALinkOutIsNot)
{
    test::TempDir outside;
    outside.write("secret.png", "not a picture");
    test::TempDir dir;
    dir.write("images/ok.png", "png");
    std::filesystem::create_symlink(outside.path() / "secret.png", dir.path() / "images" / "link.png");
    dir.write("bank.json",
        bankFile(R"("exercises": [)" + exerciseJson("ok-image", R"("image": "images/ok.png")") + "," +
            exerciseJson("link-image", R"("image": "images/link.png")") + "]"));
    const auto result = loadOverShipped(BankLoader::readFolder(dir.path()));
    ASSERT_EQ(countOf(result.diagnostics, Severity::Error), 1);
    EXPECT_NE(findMessage(result, "leads outside the bank folder"), nullptr);
    EXPECT_EQ(findMessage(result, "ok.png"), nullptr);
}

TEST(BankLoader, BankFileLinkedFromOutsideTheFolderIsNotRead)
{
    test::TempDir outside;
    const auto target = outside.write("elsewhere.json", bankFile(R"("exercises": [)" + exerciseJson("smuggled") + "]"));
    test::TempDir dir;
    std::filesystem::create_symlink(target, dir.path() / "linked.json");
    const BankLayer layer = BankLoader::readFolder(dir.path());
    EXPECT_TRUE(layer.files.empty());
    ASSERT_EQ(layer.readProblems.size(), 1u);
    EXPECT_NE(layer.readProblems[0].message.find("outside the bank folder"), std::string::npos);
}

TEST(BankLoader, MissingFolderAndFileInsteadOfFolderAreClearErrors)
{
    test::TempDir dir;
    const auto file = dir.write("plain.json", "{}");
    const auto missing = BankLoader::readFolder(dir.path() / "nope");
    ASSERT_EQ(missing.readProblems.size(), 1u);
    EXPECT_EQ(missing.readProblems[0].message, "the bank folder does not exist");
    const auto notFolder = BankLoader::readFolder(file);
    ASSERT_EQ(notFolder.readProblems.size(), 1u);
    EXPECT_EQ(notFolder.readProblems[0].message, "this is a file, not a bank folder");
}

TEST(BankLoader, SkipsEditorBackupsAndOtherFiles)
{
    test::TempDir dir;
    dir.write(".#bank.json", "lock file");
    dir.write("bank.json~", "backup");
    dir.write("notes.txt", "notes");
    dir.write("bank.json", bankFile(R"("exercises": [)" + exerciseJson("only-one") + "]"));
    const BankLayer layer = BankLoader::readFolder(dir.path());
    ASSERT_EQ(layer.files.size(), 1u);
    EXPECT_TRUE(layer.files[0].name.ends_with("/bank.json"));
}

TEST(BankLoader, OversizedFileIsRefusedWithoutReadingIt)
{
    test::TempDir dir;
    {
        std::ofstream big(dir.path() / "big.json", std::ios::binary);
        big.seekp(static_cast<std::streamoff>(BankLoader::kMaxFileBytes) + 1);
        big.put(' ');
    }
    const BankLayer layer = BankLoader::readFolder(dir.path());
    EXPECT_TRUE(layer.files.empty());
    ASSERT_EQ(layer.readProblems.size(), 1u);
    EXPECT_NE(layer.readProblems[0].message.find("at most 32 MiB"), std::string::npos);
}

TEST(BankLoader, VeryDeepNestingIsRefusedWithoutExhaustingTheStack)
{
    const std::string deep = std::string(1'000'000, '[') + std::string(1'000'000, ']');
    const auto result = loadOverShipped(layerOf(deep));
    const Diagnostic *d = findMessage(result, "levels deep");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->line, 1);
    EXPECT_EQ(d->column, BankLoader::kMaxDepth + 1);
}

TEST(BankLoader, EveryTruncationOfARealFileIsAnErrorNeverACrash)
{
    const auto &shipped = shippedBankLayer();
    ASSERT_FALSE(shipped.files.empty());
    const std::string &text = shipped.files.front().text;
    const std::size_t step = std::max<std::size_t>(1, text.size() / 300);
    for (std::size_t cut = 0; cut < text.size() - 2; cut += step) {
        const auto result = BankLoader::load(layerOf(text.substr(0, cut)));
        EXPECT_FALSE(result.ok()) << "cut at " << cut;
        ASSERT_FALSE(result.diagnostics.empty());
        EXPECT_GE(result.diagnostics[0].line, 1);
    }
}

TEST(BankLoader, UnknownFieldIsAWarningWithASuggestion)
{
    const auto result =
        loadOverShipped(layerOf(bankFile(R"("exercises": [)" + exerciseJson("typo", R"("stopRule": ["x"])") + "]")));
    EXPECT_TRUE(result.ok());
    const Diagnostic *d = findMessage(result, "'stopRule'");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->severity, Severity::Warning);
    EXPECT_NE(d->message.find("did you mean 'stopRules'?"), std::string::npos) << d->message;
}

// Content a patient could not follow: told to do an exercise and to avoid it for the same condition, or sent from an
// exercise to itself as "related".
TEST(BankLoader, ContradictionsAreWarnedAbout)
{
    const auto result =
        loadOverShipped(layerOf(bankFile(R"("exercises": [)" + exerciseJson("loop", R"("related": ["loop"])") + R"(],
        "conditions": [{"id": "torn", "name": "Torn", "summary": "s", "suggestedExercises": ["loop"],
          "modifyOrAvoid": [{"exercise": "loop", "reason": "It may hurt."}], "sources": ["nhs-sciatica"]}])")));
    EXPECT_TRUE(result.ok());
    const Diagnostic *both = findMessage(result, "both suggests 'loop' and says to modify or avoid it");
    ASSERT_NE(both, nullptr);
    EXPECT_EQ(both->severity, Severity::Warning);
    const Diagnostic *self = findMessage(result, "lists itself as related");
    ASSERT_NE(self, nullptr);
    EXPECT_EQ(self->severity, Severity::Warning);
}

TEST(BankLoader, TextWithMarkupIsKeptVerbatimForPlainDisplay)
{
    const std::string name = R"(<b>x</b><img src=\"/etc/passwd\">)";
    const auto layer = layerOf(bankFile(R"("exercises": [{"id": "markup", "name": ")" + name + R"(", "summary": "s",
        "category": "stretch", "position": "standing", "difficulty": "easy", "steps": ["a"], "dosage": {},
        "stopRules": ["b"], "sources": ["nhs-sciatica"]}])"));
    const auto withMarkup = loadOverShipped(layer);
    ASSERT_TRUE(withMarkup.ok());
    EXPECT_EQ(withMarkup.bank->exercise("markup")->name.english(), R"(<b>x</b><img src="/etc/passwd">)");
}

} // namespace
} // namespace lumbar
