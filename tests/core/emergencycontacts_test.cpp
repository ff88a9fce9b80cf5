// Emergency numbers by region: which region a country is in, the placeholders filled in, and the loader's rules
// for the bank's region phrases and for actions that would show a reader elsewhere the wrong number.
#include "testsupport.h"

#include "core/emergencycontacts.h"

#include <gtest/gtest.h>

namespace lumbar {
namespace {

using test::bankFile;
using test::findMessage;
using test::layerOf;
using test::loadOverShipped;

TEST(EmergencyContacts, CountriesFallInTheirRegion)
{
    EXPECT_EQ(regionForCountry("ES"), Region::Spain);
    EXPECT_EQ(regionForCountry("gb"), Region::UnitedKingdom);
    EXPECT_EQ(regionForCountry("IE"), Region::Ireland);
    EXPECT_EQ(regionForCountry("US"), Region::UnitedStates);
    EXPECT_EQ(regionForCountry("CA"), Region::Canada);
    EXPECT_EQ(regionForCountry("FR"), Region::OtherEu);
    EXPECT_EQ(regionForCountry("DE"), Region::OtherEu);
    EXPECT_EQ(regionForCountry("MX"), Region::LatinAmerica);
    EXPECT_EQ(regionForCountry("AU"), Region::Other);
    EXPECT_EQ(regionForCountry(""), Region::Other);
}

TEST(EmergencyContacts, FillsEveryPlaceholderAndLeavesTheRest)
{
    EXPECT_EQ(fillContacts("Get help now: {emergency}. Or {urgent}; else {emergency}.", "call 112", "see a GP"),
        "Get help now: call 112. Or see a GP; else call 112.");
    EXPECT_EQ(fillContacts("No placeholder {here", "a", "b"), "No placeholder {here");
    const std::vector<std::string_view> found = placeholdersIn("a {emergency} b {phone} c {");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1], "{phone}");
}

std::string redFlagJson(std::string_view urgency, std::string_view action)
{
    return R"({"id": "test-flag", "question": "q?", "description": "d", "urgency": ")" + std::string(urgency) +
        R"(", "action": ")" + std::string(action) + R"(", "sources": ["nhs-sciatica"]})";
}

TEST(EmergencyContacts, TheBankGivesARegionsPhrasesAndTheLoaderReadsThem)
{
    const auto result = loadOverShipped(layerOf(bankFile(
        R"("regions": [{"id": "es", "emergency": {"en": "call 112 now", "es": "llama al 112 ya"},
           "urgent": "go to your health centre", "sources": ["nhs-sciatica"]}])")));
    ASSERT_TRUE(result.ok());
    const RegionContacts *spain = result.bank->contacts(Region::Spain);
    ASSERT_NE(spain, nullptr);
    EXPECT_EQ(spain->emergency.text("es"), "llama al 112 ya");
    EXPECT_EQ(spain->urgent.english(), "go to your health centre");
}

TEST(EmergencyContacts, AnUnknownRegionIsAnError)
{
    const auto result = loadOverShipped(layerOf(
        bankFile(R"("regions": [{"id": "mars", "emergency": "a", "urgent": "b", "sources": ["nhs-sciatica"]}])")));
    EXPECT_FALSE(result.ok());
    const Diagnostic *d = findMessage(result, "there is no such region");
    ASSERT_NE(d, nullptr);
    EXPECT_NE(d->message.find("uk, ie, us"), std::string::npos) << d->message;
}

TEST(EmergencyContacts, AnActionWithAnUnknownPlaceholderIsAnError)
{
    const auto result =
        loadOverShipped(layerOf(bankFile(R"("redFlags": [)" + redFlagJson("emergency", "Call {phone} now") + "]")));
    EXPECT_FALSE(result.ok());
    EXPECT_NE(findMessage(result, "'{phone}', which the app does not fill in"), nullptr);
}

TEST(EmergencyContacts, AnEmergencyActionWithoutTheRegionsNumberIsAWarning)
{
    const auto result =
        loadOverShipped(layerOf(bankFile(R"("redFlags": [)" + redFlagJson("emergency", "Call 999 now.") + "]")));
    EXPECT_TRUE(result.ok());
    const Diagnostic *d = findMessage(result, "has no {emergency}");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->severity, Severity::Warning);
    const auto fine = loadOverShipped(
        layerOf(bankFile(R"("redFlags": [)" + redFlagJson("emergency", "Get help now: {emergency}.") + "]")));
    EXPECT_EQ(findMessage(fine, "has no {emergency}"), nullptr);
}

} // namespace
} // namespace lumbar
