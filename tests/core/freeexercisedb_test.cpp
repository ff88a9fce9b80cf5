// Importing the public free-exercise-db format: the sample file maps field by field into exercises that load with
// no problem over the shipped bank; odd and hostile entries are skipped with a reason or cleaned; ids never clash.
#include "testsupport.h"

#include "core/contentbank.h"
#include "core/freeexercisedb.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

namespace lumbar {
namespace {

using test::layerOf;
using test::loadOverShipped;

std::string sample()
{
    std::ifstream in(test::sourceDir() / "tests/data/free-exercise-db-sample.json");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The shipped bank's exercise ids: what an import must not take.
std::function<bool(std::string_view)> shippedIds()
{
    static const LoadResult shipped = loadOverShipped(layerOf(test::bankFile(R"("exercises": [])")));
    return [](std::string_view id) { return shipped.bank->exercise(std::string(id)) != nullptr; };
}

LoadResult loadImported(const FreeExerciseDbImport &imported)
{
    LoadResult r = loadOverShipped(layerOf(imported.bankText, "free-exercise-db.json"));
    for (const Diagnostic &d : r.diagnostics)
        ADD_FAILURE() << d.message << " at " << d.path;
    return r;
}

TEST(FreeExerciseDb, TheSampleImportsFieldByFieldAndLoadsCleanly)
{
    const FreeExerciseDbImport imported = importFreeExerciseDb(sample(), shippedIds(), false);
    ASSERT_TRUE(imported.ok) << imported.error;
    EXPECT_TRUE(imported.skipped.empty());
    ASSERT_EQ(imported.ids.size(), 6u);
    const LoadResult r = loadImported(imported);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.bank->exercises().size(), 22u + 6u) << "added to the shipped exercises, replacing none";

    const Exercise *cat = r.bank->exercise("cat-stretch");
    ASSERT_NE(cat, nullptr);
    EXPECT_EQ(cat->name.text(), "Cat Stretch");
    EXPECT_EQ(cat->category, Category::Stretch) << "stretching";
    EXPECT_EQ(cat->difficulty, Difficulty::Easy) << "beginner";
    EXPECT_EQ(cat->position, Position::AllFours) << "read from 'on the floor on your hands and knees'";
    ASSERT_EQ(cat->steps.size(), 3u);
    EXPECT_EQ(cat->steps[0].text(), "Position yourself on the floor on your hands and knees.");
    ASSERT_TRUE(cat->dosage.holdSeconds) << "'Hold for 15 seconds.'";
    EXPECT_EQ(cat->dosage.holdSeconds->value, 15);
    EXPECT_FALSE(cat->stopRules.empty()) << "every exercise in the app has stop rules";
    EXPECT_EQ(cat->sources, std::vector<std::string>{"free-exercise-db"});
    ASSERT_TRUE(cat->notes);
    const std::string &notes = cat->notes->text();
    for (const char *kept : {"lower back", "middle back, traps", "Force: static", "Cat_Stretch/0.jpg", "Cat_Stretch"})
        EXPECT_NE(notes.find(kept), std::string::npos) << "kept in the notes: " << kept << "\n" << notes;
    EXPECT_NE(r.bank->source("free-exercise-db"), nullptr);

    const Exercise *situp = r.bank->exercise("3-4-sit-up");
    ASSERT_NE(situp, nullptr);
    EXPECT_EQ(situp->category, Category::Strengthening) << "strength";
    EXPECT_EQ(situp->position, Position::LyingOnBack) << "'Lie down on the floor'";
    EXPECT_TRUE(situp->equipment.empty()) << "body only";
    EXPECT_FALSE(situp->dosage.holdSeconds);
}

TEST(FreeExerciseDb, IdsNeverClashWithTheBankOrEachOther)
{
    const std::string twins = R"([
        {"name": "Knee to chest", "instructions": ["Lie on your back.", "Hug one knee."]},
        {"name": "Knee-to-chest", "instructions": ["Lie on your back.", "Hug the other knee."]},
        {"name": "Прогиб", "instructions": ["Stand tall."]},
        {"name": "Bridge", "instructions": ["Lie on your back and lift your hips."]}])";
    const auto taken = [](std::string_view id) { return id == "knee-to-chest" || id == "bridge"; };
    const FreeExerciseDbImport imported = importFreeExerciseDb(twins, taken, false);
    ASSERT_TRUE(imported.ok);
    EXPECT_EQ(imported.ids,
        (std::vector<std::string>{"knee-to-chest-2", "knee-to-chest-3", "imported-exercise", "bridge-2"}));
    const LoadResult r = loadImported(imported);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.bank->exercise("bridge")->name.text(), "Bridge") << "the shipped bridge is still there";
    EXPECT_NE(r.bank->exercise("bridge-2"), nullptr);
}

TEST(FreeExerciseDb, OddAndHostileEntriesAreSkippedWithAReasonOrCleaned)
{
    const std::string longName(5000, 'x');
    const std::string odd = R"([
        42,
        null,
        ["not", "an", "object"],
        {"id": "No_Name", "instructions": ["Do it."]},
        {"name": "   ", "instructions": ["Do it."]},
        {"name": {"en": "Object name"}, "instructions": ["Do it."]},
        {"name": "No steps", "instructions": []},
        {"name": "Steps not text", "instructions": [1, 2, {"a": 3}]},
        {"name": ")" +
        longName + R"(", "instructions": ["Do it."]},
        {"name": "Tabs\tand\nnewlines\u0007", "instructions": ["Stand\ttall.\u0000", 7, "  Breathe.  "],
         "category": "yoga", "level": "expert", "equipment": "kettlebells", "colour": "blue", "images": "x.jpg"},
        {"name": "Held a while", "instructions": ["Kneel down.", "Hold this for 20-30 seconds, then relax."],
         "category": "stretching", "level": "intermediate", "primaryMuscles": ["hamstrings", 5]}
    ])";
    const FreeExerciseDbImport imported = importFreeExerciseDb(odd, {}, false);
    ASSERT_TRUE(imported.ok);
    std::vector<std::size_t> skippedAt;
    for (const auto &s : imported.skipped) {
        skippedAt.push_back(s.index);
        EXPECT_FALSE(s.reason.empty());
    }
    EXPECT_EQ(skippedAt, (std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6, 7, 8}));
    EXPECT_EQ(imported.skipped[0].reason, "it is not an exercise object");
    EXPECT_EQ(imported.skipped[3].name, "No_Name") << "named by its id when it has no name";
    EXPECT_EQ(imported.skipped[3].reason, "it has no name");
    EXPECT_EQ(imported.skipped[6].reason, "it has no instructions to follow");
    EXPECT_EQ(imported.skipped[7].reason, "it has no instructions to follow") << "numbers are not instructions";
    EXPECT_NE(imported.skipped[8].reason.find("longer than 200"), std::string::npos);
    EXPECT_LT(imported.skipped[8].name.size(), 100u);

    ASSERT_EQ(imported.ids.size(), 2u);
    const LoadResult r = loadImported(imported);
    ASSERT_TRUE(r.ok());
    const Exercise *tabs = r.bank->exercise(imported.ids[0]);
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->name.text(), "Tabs and newlines") << "control characters become spaces";
    ASSERT_EQ(tabs->steps.size(), 2u);
    EXPECT_EQ(tabs->steps[0].text(), "Stand tall.");
    EXPECT_EQ(tabs->steps[1].text(), "Breathe.");
    EXPECT_EQ(tabs->category, Category::Strengthening) << "an unknown category is filed as strengthening";
    EXPECT_EQ(tabs->difficulty, Difficulty::Hard) << "expert";
    EXPECT_EQ(tabs->position, Position::Standing);
    const std::string &notes = tabs->notes->text();
    for (const char *kept : {"yoga", "kettlebells", "colour"})
        EXPECT_NE(notes.find(kept), std::string::npos) << kept << " is kept in the notes: " << notes;

    const Exercise *held = r.bank->exercise(imported.ids[1]);
    ASSERT_NE(held, nullptr);
    EXPECT_EQ(held->position, Position::Kneeling);
    ASSERT_TRUE(held->dosage.holdSeconds);
    EXPECT_EQ(held->dosage.holdSeconds->min, 20);
    EXPECT_EQ(held->dosage.holdSeconds->max, 30);
    EXPECT_EQ(held->difficulty, Difficulty::Moderate);
}

TEST(FreeExerciseDb, AFileThatIsNotTheFormatImportsNothing)
{
    for (const char *bad : {"", "{", R"({"exercises": []})", "17", R"("text")"}) {
        const FreeExerciseDbImport imported = importFreeExerciseDb(bad, {}, false);
        EXPECT_FALSE(imported.ok) << bad;
        EXPECT_FALSE(imported.error.empty()) << bad;
        EXPECT_TRUE(imported.bankText.empty()) << bad;
    }
    const FreeExerciseDbImport empty = importFreeExerciseDb("[]", {}, false);
    ASSERT_TRUE(empty.ok);
    EXPECT_TRUE(empty.ids.empty());
}

TEST(FreeExerciseDb, ASecondImportCitesTheSourceTheFirstDefined)
{
    const FreeExerciseDbImport first = importFreeExerciseDb(sample(), shippedIds(), false);
    ASSERT_TRUE(first.ok);
    const std::set<std::string> firstIds(first.ids.begin(), first.ids.end());
    const auto taken = [&](std::string_view id) { return firstIds.contains(std::string(id)) || shippedIds()(id); };
    const FreeExerciseDbImport second = importFreeExerciseDb(sample(), taken, true);
    ASSERT_TRUE(second.ok);
    EXPECT_FALSE(nlohmann::json::parse(second.bankText).contains("sources")) << "not defined twice";
    EXPECT_TRUE(nlohmann::json::parse(first.bankText).contains("sources"));
    BankLayer layer = layerOf(first.bankText, "free-exercise-db.json");
    layer.files.push_back(layerOf(second.bankText, "free-exercise-db-2.json").files.front());
    const LoadResult r = loadOverShipped(layer);
    for (const Diagnostic &d : r.diagnostics)
        ADD_FAILURE() << d.message;
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.bank->exercises().size(), 22u + 12u);
    EXPECT_NE(r.bank->exercise("cat-stretch-2"), nullptr);
}

} // namespace
} // namespace lumbar

namespace lumbar {
namespace {

TEST(FreeExerciseDbCommand, ImportsIntoTheFolderAndListsWhatItLeftOut)
{
    const test::TempDir dir;
    const auto input = dir.write("mixed.json", R"([{"name": "Cat Stretch", "instructions": ["Kneel on all fours."]},
        {"id": "Nameless", "instructions": ["Do it."]}])");
    const auto folder = dir.path() / "bank";
    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(runImportFreeExerciseDb(input, folder, out, err), 0) << err.str();
    EXPECT_TRUE(std::filesystem::exists(folder / "free-exercise-db.json"));
    EXPECT_NE(out.str().find("Imported 1 exercise(s)"), std::string::npos) << out.str();
    EXPECT_NE(out.str().find("entry 2 (Nameless): it has no name"), std::string::npos) << out.str();
    // Again: a second file beside the first, its ids clear of the first's.
    std::ostringstream out2;
    EXPECT_EQ(runImportFreeExerciseDb(input, folder, out2, err), 0) << err.str();
    EXPECT_TRUE(std::filesystem::exists(folder / "free-exercise-db-2.json"));
    const BankLayer layer = BankLoader::readFolder(folder);
    const LoadResult r = loadOverShipped(layer);
    ASSERT_TRUE(r.ok());
    EXPECT_NE(r.bank->exercise("cat-stretch"), nullptr);
    EXPECT_NE(r.bank->exercise("cat-stretch-2"), nullptr);
    for (const auto &entry : std::filesystem::directory_iterator(folder))
        EXPECT_EQ(entry.path().extension(), ".json") << "no half-written file left: " << entry.path();
}

TEST(FreeExerciseDbCommand, ABrokenFolderOrFileLosesNothing)
{
    const test::TempDir dir;
    const auto folder = dir.path() / "bank";
    std::filesystem::create_directories(folder);
    const std::string broken = R"({"format": "lumbar-relief-bank", "version": 1, "exercises": [{"id": "x"}]})";
    dir.write("bank/mine.json", broken);
    const auto input = dir.write("db.json", R"([{"name": "Cat Stretch", "instructions": ["Kneel."]}])");
    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(runImportFreeExerciseDb(input, folder, out, err), 1);
    EXPECT_NE(err.str().find("error(s); fix them first"), std::string::npos) << err.str();
    EXPECT_FALSE(std::filesystem::exists(folder / "free-exercise-db.json")) << "nothing written beside the errors";
    std::ifstream mine(folder / "mine.json");
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(mine), {}), broken) << "the user's file is untouched";

    std::ostringstream err2;
    EXPECT_EQ(runImportFreeExerciseDb(dir.path() / "missing.json", dir.path() / "other", out, err2), 1);
    EXPECT_NE(err2.str().find("cannot read"), std::string::npos);
    const auto notJson = dir.write("notes.txt", "hello");
    std::ostringstream err3;
    EXPECT_EQ(runImportFreeExerciseDb(notJson, dir.path() / "other", out, err3), 1);
    EXPECT_NE(err3.str().find("not valid JSON"), std::string::npos);
    EXPECT_TRUE(std::filesystem::is_empty(dir.path() / "other"));
}

} // namespace
} // namespace lumbar
