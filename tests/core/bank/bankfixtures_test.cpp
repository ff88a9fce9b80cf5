// Every fixture bank under tests/data/{good,bad} is loaded over the built-in bank and must produce exactly the
// problems its <name>.expect.json lists (the schema test holds the same fixtures to the JSON Schema).
#include "testsupport.h"

#include "core/commandline.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace lumbar {
namespace {

struct Fixture
{
    std::string group; // good or bad
    std::string name;
};

std::vector<Fixture> allFixtures()
{
    std::vector<Fixture> out;
    for (const std::string group : {"good", "bad"}) {
        const auto base = test::dataDir() / group;
        for (const auto &entry : std::filesystem::directory_iterator(base))
            if (entry.is_directory())
                out.push_back({group, entry.path().filename().string()});
    }
    std::sort(out.begin(), out.end(), [](const Fixture &a, const Fixture &b) { return a.name < b.name; });
    return out;
}

// gtest prints parameters of failing tests; without this it dumps the struct's bytes.
[[maybe_unused]] void PrintTo(const Fixture &f, std::ostream *os)
{
    *os << f.group << "/" << f.name;
}

nlohmann::json readExpectation(const Fixture &f)
{
    std::ifstream in(test::dataDir() / f.group / (f.name + ".expect.json"));
    EXPECT_TRUE(in.good()) << "missing " << f.name << ".expect.json";
    return nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
}

// "tests/data/bad/x/exercises.json" ends with the file "exercises.json".
bool endsWithFile(const std::string &path, const std::string &file)
{
    return path.size() > file.size() && path.ends_with(file) && path[path.size() - file.size() - 1] == '/';
}

class BankFixture : public ::testing::TestWithParam<Fixture>
{
};

TEST_P(BankFixture, ReportsExactlyTheExpectedProblems)
{
    const Fixture &f = GetParam();
    const auto expect = readExpectation(f);
    ASSERT_TRUE(expect.is_object());
    const BankLayer layer = BankLoader::readFolder(test::dataDir() / f.group / f.name);
    const LoadResult result = test::loadOverShipped(layer);

    std::string all;
    for (const auto &d : result.diagnostics)
        all += formatDiagnostic(d) + "\n";
    SCOPED_TRACE("diagnostics:\n" + all);

    if (f.group == "good") {
        EXPECT_EQ(expect.at("errors").get<int>(), 0) << "a good fixture that expects errors is in the wrong folder";
    }
    EXPECT_EQ(countOf(result.diagnostics, Severity::Error), expect.at("errors").get<int>());
    EXPECT_EQ(countOf(result.diagnostics, Severity::Warning), expect.value("warnings", 0));
    EXPECT_EQ(result.ok(), expect.at("errors").get<int>() == 0);

    for (const auto &e : expect.value("expect", nlohmann::json::array())) {
        const auto wanted = e.at("contains").get<std::string>();
        const bool isError = e.value("severity", std::string("error")) == "error";
        bool found = false;
        for (const auto &d : result.diagnostics) {
            if (d.message.find(wanted) == std::string::npos)
                continue;
            if ((d.severity == Severity::Error) != isError)
                continue;
            if (e.contains("file") && !endsWithFile(d.file, e["file"].get<std::string>()))
                continue;
            if (e.contains("line") && d.line != e["line"].get<int>())
                continue;
            if (e.contains("column") && d.column != e["column"].get<int>())
                continue;
            if (e.contains("path") && d.path != e["path"].get<std::string>())
                continue;
            found = true;
            break;
        }
        EXPECT_TRUE(found) << "expected a diagnostic " << e.dump();
    }
}

TEST_P(BankFixture, ValidateCommandExitsWithTheExpectedCode)
{
    const Fixture &f = GetParam();
    const auto expect = readExpectation(f);
    std::ostringstream out;
    std::ostringstream err;
    const int code = runValidate(test::dataDir() / f.group / f.name, out, err);
    EXPECT_EQ(code, expect.at("errors").get<int>() > 0 ? 1 : 0) << err.str();
    // Every problem is printed, one line each, plus the summary on stdout.
    const std::string printed = err.str();
    const auto lines = std::count(printed.begin(), printed.end(), '\n');
    EXPECT_EQ(lines, expect.at("errors").get<int>() + expect.value("warnings", 0));
    const int errors = expect.at("errors").get<int>();
    const std::string summary = ", " + std::to_string(errors) + (errors == 1 ? " error, " : " errors, ");
    EXPECT_NE(out.str().find(summary), std::string::npos) << out.str();
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, BankFixture, ::testing::ValuesIn(allFixtures()), [](const ::testing::TestParamInfo<Fixture> &p) {
        std::string name = p.param.group + "_" + p.param.name;
        std::replace(name.begin(), name.end(), '-', '_');
        return name;
    });

} // namespace
} // namespace lumbar
