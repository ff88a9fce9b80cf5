// Red-flag screening against the shipped bank: every question, case by case, and how answers combine.
#include "core/redflagscreen.h"

#include "core/bank/bankloader.h"
#include "core/contentbank.h"
#include "core/shippedbank.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace lumbar {
namespace {

const ContentBank &shipped()
{
    static const auto bank = BankLoader::load(shippedBankLayer()).bank;
    return *bank;
}

TEST(RedFlagScreen, AsksEveryRedFlagMostUrgentFirst)
{
    const RedFlagScreen screen(shipped());
    ASSERT_EQ(screen.questions().size(), shipped().redFlags().size());
    for (std::size_t i = 1; i < screen.questions().size(); ++i)
        EXPECT_LE(screen.questions()[i - 1]->urgency, screen.questions()[i]->urgency);
    EXPECT_EQ(screen.questions().front()->urgency, Urgency::Emergency);
    EXPECT_FALSE(screen.isComplete());
    EXPECT_FALSE(screen.anyYes());
    EXPECT_FALSE(screen.mostUrgent());
}

TEST(RedFlagScreen, AllNoIsClear)
{
    RedFlagScreen screen(shipped());
    for (const RedFlag *flag : screen.questions())
        screen.setAnswer(flag->id, Answer::No);
    EXPECT_TRUE(screen.isComplete());
    EXPECT_FALSE(screen.anyYes());
    EXPECT_FALSE(screen.blocksExercise());
    EXPECT_TRUE(screen.positives().empty());
}

// Each red flag alone: a "yes" to it, "no" to the rest.
class EachRedFlag : public ::testing::TestWithParam<std::string>
{
};

TEST_P(EachRedFlag, AYesCallsForCareAtItsUrgency)
{
    RedFlagScreen screen(shipped());
    for (const RedFlag *flag : screen.questions())
        screen.setAnswer(flag->id, flag->id == GetParam() ? Answer::Yes : Answer::No);
    const RedFlag *flag = shipped().redFlag(GetParam());
    ASSERT_NE(flag, nullptr);
    EXPECT_TRUE(screen.anyYes());
    // Emergency and urgent signs hold exercise until care has been sought; an appointment to book does not.
    EXPECT_EQ(screen.blocksExercise(), flag->urgency != Urgency::SeeDoctor) << GetParam();
    ASSERT_EQ(screen.positives().size(), 1u);
    EXPECT_EQ(screen.positives().front(), flag);
    EXPECT_EQ(screen.mostUrgent(), flag->urgency);
    EXPECT_FALSE(flag->action.empty()) << "every red flag says what to do now";
}

std::vector<std::string> redFlagIds()
{
    std::vector<std::string> ids;
    for (const RedFlag &flag : shipped().redFlags())
        ids.push_back(flag.id);
    return ids;
}

INSTANTIATE_TEST_SUITE_P(
    Shipped, EachRedFlag, ::testing::ValuesIn(redFlagIds()), [](const ::testing::TestParamInfo<std::string> &param) {
        std::string name = param.param;
        std::replace(name.begin(), name.end(), '-', '_');
        return name;
    });

TEST(RedFlagScreen, TheMostUrgentYesLeads)
{
    RedFlagScreen screen(shipped());
    screen.setAnswer("not-improving", Answer::Yes);
    EXPECT_EQ(screen.mostUrgent(), Urgency::SeeDoctor);
    screen.setAnswer("fever", Answer::Yes);
    EXPECT_EQ(screen.mostUrgent(), Urgency::Urgent);
    screen.setAnswer("saddle-numbness", Answer::Yes);
    EXPECT_EQ(screen.mostUrgent(), Urgency::Emergency);
    const auto yes = screen.positives();
    ASSERT_EQ(yes.size(), 3u);
    EXPECT_EQ(yes[0]->id, "saddle-numbness");
    EXPECT_EQ(yes[1]->id, "fever");
    EXPECT_EQ(yes[2]->id, "not-improving");
    screen.setAnswer("saddle-numbness", Answer::No);
    EXPECT_EQ(screen.mostUrgent(), Urgency::Urgent) << "a changed answer counts";
}

TEST(RedFlagScreen, AnswersRoundTripAndUnknownIdsAreIgnored)
{
    RedFlagScreen screen(shipped());
    screen.setAnswer("fever", Answer::Yes);
    screen.setAnswer("weight-loss", Answer::No);
    screen.setAnswer("no-such-flag", Answer::Yes);
    const auto saved = screen.answers();
    ASSERT_EQ(saved.size(), 2u);
    RedFlagScreen again(shipped());
    for (const auto &[id, answer] : saved)
        again.setAnswer(id, answer);
    EXPECT_EQ(again.answer("fever"), Answer::Yes);
    EXPECT_EQ(again.answer("weight-loss"), Answer::No);
    EXPECT_EQ(again.answer("no-such-flag"), Answer::Unanswered);
    again.clear();
    EXPECT_FALSE(again.anyYes());
}

} // namespace
} // namespace lumbar
