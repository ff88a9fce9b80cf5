// Banks built to hurt: many problems, many values, many files, escape sequences. Each must end in a clear,
// bounded report — never a hang, a flood or a forged line.
#include "testsupport.h"

#include "core/commandline.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace lumbar {
namespace {

using test::bankFile;
using test::exerciseJson;
using test::findMessage;
using test::layerOf;
using test::loadOverShipped;

std::string manyNumbers(std::size_t count)
{
    std::string list = "[";
    for (std::size_t i = 0; i < count; ++i)
        list += i ? ",1" : "1";
    return list + "]";
}

TEST(HostileBank, ThousandsOfProblemsAreCountedButOnlyAHundredListed)
{
    const auto result = loadOverShipped(layerOf(bankFile(R"("exercises": )" + manyNumbers(100'000))));
    EXPECT_EQ(result.errors, 100'000);
    ASSERT_EQ(result.diagnostics.size(), static_cast<std::size_t>(BankLoader::kMaxProblemsPerFile) + 1);
    EXPECT_EQ(result.diagnostics[99].path, "/exercises/99");
    EXPECT_EQ(result.diagnostics[99].column, 17 + 2 * 99) << "positions stay exact deep into a long line";
    const Diagnostic &last = result.diagnostics.back();
    EXPECT_EQ(last.severity, Severity::Error);
    EXPECT_NE(last.message.find("and 99900 more problems"), std::string::npos) << last.message;

    std::ostringstream out;
    std::ostringstream err;
    test::TempDir dir;
    dir.write("many.json", bankFile(R"("exercises": )" + manyNumbers(100'000)));
    EXPECT_EQ(runValidate(dir.path(), out, err), 1);
    EXPECT_NE(out.str().find("1 file, 100000 errors, 0 warnings"), std::string::npos) << out.str();
}

TEST(HostileBank, MillionsOfValuesAreRefusedBeforeParsing)
{
    const auto result = loadOverShipped(layerOf(bankFile(R"("notes": )" + manyNumbers(BankLoader::kMaxValues))));
    const Diagnostic *d = findMessage(result, "values; no bank file needs that many");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(result.errors, 1);
}

TEST(HostileBank, AFolderOfTooManyFilesIsRefused)
{
    test::TempDir dir;
    for (std::size_t i = 0; i <= BankLoader::kMaxFiles; ++i)
        dir.write("f" + std::to_string(i) + ".json", "{}");
    const BankLayer layer = BankLoader::readFolder(dir.path());
    EXPECT_TRUE(layer.files.empty());
    ASSERT_EQ(layer.readProblems.size(), 1u);
    EXPECT_NE(layer.readProblems[0].message.find("more than 1000 .json files"), std::string::npos);
}

TEST(HostileBank, AFolderOverItsByteBudgetStopsReading)
{
    test::TempDir dir;
    const std::size_t each = BankLoader::kMaxFileBytes - 1; // every file is under the per-file limit
    for (const char *name : {"a.json", "b.json", "c.json"}) {
        std::ofstream file(dir.path() / name, std::ios::binary);
        file.seekp(static_cast<std::streamoff>(each) - 1);
        file.put(' ');
    }
    const BankLayer layer = BankLoader::readFolder(dir.path());
    EXPECT_EQ(layer.files.size(), 2u);
    ASSERT_EQ(layer.readProblems.size(), 1u);
    EXPECT_NE(layer.readProblems[0].file.find("c.json"), std::string::npos);
    EXPECT_NE(layer.readProblems[0].message.find("add up to more than 64 MiB"), std::string::npos);
}

TEST(HostileBank, ASubFolderNamedLikeABankFileIsIgnored)
{
    test::TempDir dir;
    std::filesystem::create_directories(dir.path() / "old.json");
    dir.write("bank.json", bankFile(R"("exercises": [)" + exerciseJson("kept") + "]"));
    const BankLayer layer = BankLoader::readFolder(dir.path());
    EXPECT_TRUE(layer.readProblems.empty());
    ASSERT_EQ(layer.files.size(), 1u);
}

TEST(HostileBank, ControlCharactersCannotForgeReportLines)
{
    const auto result = loadOverShipped(
        layerOf(bankFile(R"("x\nbuilt-in/exercises.json:1:1: error: forged\u001b[2K": 1)"), "sneaky.json"));
    ASSERT_EQ(result.diagnostics.size(), 1u);
    const std::string line = formatDiagnostic(result.diagnostics[0]);
    EXPECT_EQ(line.find('\n'), std::string::npos) << line;
    EXPECT_EQ(line.find('\x1b'), std::string::npos) << line;
    EXPECT_NE(line.find(R"('x\u000Abuilt-in/exercises.json:1:1: error: forged\u001B[2K')"), std::string::npos) << line;
}

TEST(HostileBank, LongQuotedTextIsCutBetweenCharacters)
{
    const std::string key = std::string(59, 'a') + "é"; // the 60-character cut falls inside "é"
    const auto result = loadOverShipped(layerOf(bankFile("\"" + key + "\": 1")));
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_NE(result.diagnostics[0].message.find("'" + std::string(59, 'a') + "…'"), std::string::npos)
        << result.diagnostics[0].message;
}

TEST(HostileBank, NumberTooLargeIsFoundOutsideStrings)
{
    const auto result = loadOverShipped(layerOf(R"({"format": "lumbar-relief-bank", "version": 1,
  "sources": [{"id": "s", "title": "1e400", "year": 1e400}]})"));
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].line, 2);
    EXPECT_EQ(result.diagnostics[0].column, 53);
}

TEST(HostileBank, AnEnormousVersionIsANewerVersion)
{
    const auto result =
        loadOverShipped(layerOf(R"({"format": "lumbar-relief-bank", "version": 18446744073709551615})"));
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_NE(result.diagnostics[0].message.find("format version 18446744073709551615"), std::string::npos)
        << result.diagnostics[0].message;
}

TEST(HostileBank, KeysWithSlashesAndTildesGetEscapedPointersAndTheirOwnPosition)
{
    const auto result = loadOverShipped(layerOf(bankFile(R"("a/b": 1, "c~d": 2)")));
    ASSERT_EQ(result.diagnostics.size(), 2u);
    EXPECT_EQ(result.diagnostics[0].path, "/a~1b");
    EXPECT_EQ(result.diagnostics[0].line, 4);
    EXPECT_EQ(result.diagnostics[0].column, 10);
    EXPECT_EQ(result.diagnostics[1].path, "/c~0d");
    EXPECT_EQ(result.diagnostics[1].column, 20);
}

} // namespace
} // namespace lumbar
