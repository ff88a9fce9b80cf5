#include "testsupport.h"

#include "core/commandline.h"
#include "core/shippedbank.h"

#include <gtest/gtest.h>

#include <sstream>

namespace lumbar {
namespace {

TEST(CommandLine, ValidateOfTheShippedBankFolderReportsNoErrors)
{
    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(runValidate(test::sourceDir() / "data" / "bank", out, err), 0) << err.str();
    EXPECT_NE(out.str().find(" 0 errors"), std::string::npos) << out.str();
}

TEST(CommandLine, ValidatePrintsFileLineColumnAndExitsWithOne)
{
    test::TempDir dir;
    dir.write(
        "broken.json", test::bankFile(R"("exercises": [)" + test::exerciseJson("x", R"("related": ["brige"])") + "]"));
    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(runValidate(dir.path(), out, err), 1);
    EXPECT_NE(err.str().find("/broken.json:15:19: error: exercise 'x' lists as related the exercise 'brige', which "
                             "does not exist — did you mean 'bridge'? [/exercises/0/related/0]"),
        std::string::npos)
        << err.str();
    EXPECT_NE(out.str().find("1 file, 1 error, 0 warnings"), std::string::npos) << out.str();
}

TEST(CommandLine, ListPrintsEveryExerciseAndRoutineId)
{
    const auto bank = BankLoader::load(shippedBankLayer()).bank;
    ASSERT_NE(bank, nullptr);
    std::ostringstream out;
    printList(*bank, out);
    for (const auto &e : bank->exercises())
        EXPECT_NE(out.str().find("  " + e.id + " "), std::string::npos) << e.id;
    for (const auto &r : bank->routines())
        EXPECT_NE(out.str().find("  " + r.id + " "), std::string::npos) << r.id;
}

} // namespace
} // namespace lumbar
