// The history's CSV export: fields escaped as RFC 4180 says and kept from running as spreadsheet formulas, and the
// rows a user (or their therapist) reads, column by column.
#include "core/historycsv.h"
#include "historydays.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace lumbar {
namespace {

using test::nov;

// The test's "local" time is UTC, written as "2026-11-03 09:15".
std::string utcText(WallTime at)
{
    const auto day = std::chrono::floor<std::chrono::days>(at);
    const std::chrono::hh_mm_ss time{std::chrono::floor<std::chrono::minutes>(at - day)};
    std::array<char, 8> clock{};
    std::snprintf(clock.data(), clock.size(), "%02d:%02d", static_cast<int>(time.hours().count()),
        static_cast<int>(time.minutes().count()));
    return dayText(day) + " " + clock.data();
}

ItemRecord item(int position, std::string name, ItemResult result, std::string dosageChange = {})
{
    ItemRecord record;
    record.position = position;
    record.exerciseId = "ex" + std::to_string(position);
    record.exerciseName = std::move(name);
    record.result = result;
    record.dosageChange = std::move(dosageChange);
    return record;
}

SessionRecord finished()
{
    SessionRecord s;
    s.id = 7;
    s.routineId = "mckenzie";
    s.routineTitle = "McKenzie basics";
    s.day = nov(3);
    s.startedAt = WallTime{nov(3) + std::chrono::hours(9) + std::chrono::minutes(15)};
    s.endedAt = s.startedAt + std::chrono::minutes(20);
    s.before = CheckIn{6, LegExtent::BelowKnee, false};
    s.after = CheckIn{4, LegExtent::Thigh, false};
    s.items = {item(0, "Prone lying", ItemResult::Done), item(1, "Prone press-up", ItemResult::Done, "10 reps"),
        item(2, "Standing extension", ItemResult::Partial), item(3, "Sciatic nerve glide", ItemResult::Skipped)};
    s.notes = "Better after walking";
    return s;
}

constexpr std::string_view header = "date,start,end,routine,status,pain_before,pain_after,extent_before,extent_after,"
                                    "symptom_trend,new_numbness_or_weakness,done,partial,skipped,made_worse,"
                                    "exercises,notes\r\n";

TEST(HistoryCsv, FieldsWithCommasQuotesOrLineBreaksAreQuoted)
{
    EXPECT_EQ(csvField("plain text"), "plain text");
    EXPECT_EQ(csvField(""), "");
    EXPECT_EQ(csvField("sore, then fine"), "\"sore, then fine\"");
    EXPECT_EQ(csvField("the \"bad\" leg"), "\"the \"\"bad\"\" leg\"");
    EXPECT_EQ(csvField("line one\nline two"), "\"line one\nline two\"");
    EXPECT_EQ(csvField("a\r\nb"), "\"a\r\nb\"");
}

TEST(HistoryCsv, TextThatLooksLikeAFormulaIsNotRunAsOne)
{
    EXPECT_EQ(csvText("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
    EXPECT_EQ(csvText("=1+1"), "'=1+1");
    EXPECT_EQ(csvText("-3 after the walk"), "'-3 after the walk");
    EXPECT_EQ(csvText("+44 20 7946 0000"), "'+44 20 7946 0000");
    EXPECT_EQ(csvText("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csvText("\tindented"), "'\tindented");
    EXPECT_EQ(csvText("\rcarriage"), "\"'\rcarriage\"");
    EXPECT_EQ(csvText("fine - mostly"), "fine - mostly") << "only the first character matters";
    EXPECT_EQ(csvText(""), "");
}

TEST(HistoryCsv, NoSessionsGivesTheHeaderOnly)
{
    EXPECT_EQ(historyCsv({}, utcText), header);
    EXPECT_EQ(std::string(historyCsvHeader) + "\r\n", header);
}

TEST(HistoryCsv, AFinishedSessionIsOneRowWithEveryColumn)
{
    EXPECT_EQ(historyCsv({finished()}, utcText),
        std::string(header) +
            "2026-11-03,2026-11-03 09:15,2026-11-03 09:35,McKenzie basics,finished,6,4,below-knee,thigh,centralised,,"
            "2,1,1,0,"
            "Prone lying: done; Prone press-up: done (10 reps); Standing extension: partial; "
            "Sciatic nerve glide: skipped,"
            "Better after walking\r\n");
}

TEST(HistoryCsv, AnInterruptedSessionHasNoEndAndLeavesOutWhatWasNotRecorded)
{
    SessionRecord s;
    s.routineTitle = "Nerve glides";
    s.day = nov(4);
    s.startedAt = WallTime{nov(4) + std::chrono::hours(18)};
    s.before = CheckIn{std::nullopt, LegExtent::Foot, true};
    s.items = {item(0, "Sciatic nerve glide", ItemResult::Worse), item(1, "Slump stretch", ItemResult::NotReached)};
    EXPECT_EQ(historyCsv({s}, utcText),
        std::string(header) +
            "2026-11-04,2026-11-04 18:00,,Nerve glides,interrupted,,,foot,,,yes,0,0,0,1,"
            "Sciatic nerve glide: worse; Slump stretch: not-reached,\r\n");
}

TEST(HistoryCsv, RowsKeepTheOrderGivenAndSayWhenASessionWasStoppedEarly)
{
    SessionRecord early = finished();
    early.day = nov(5);
    early.stoppedEarly = true;
    early.after = CheckIn{7, LegExtent::Foot, false};
    const std::string csv = historyCsv({early, finished()}, utcText);
    const std::size_t first = csv.find("2026-11-05,");
    const std::size_t second = csv.find("2026-11-03,");
    ASSERT_NE(first, std::string::npos);
    ASSERT_NE(second, std::string::npos);
    EXPECT_LT(first, second);
    EXPECT_NE(csv.find(",stopped early,6,7,below-knee,foot,spread,,"), std::string::npos);
}

TEST(HistoryCsv, NotesAndNamesAreEscapedInTheRow)
{
    SessionRecord s = finished();
    s.routineTitle = "=cmd|' /C calc'!A0";
    s.items = {item(0, "Press-up, half", ItemResult::Done)};
    s.notes = "Said \"ouch\"\nthen fine";
    const std::string csv = historyCsv({s}, utcText);
    EXPECT_NE(csv.find(",'=cmd|' /C calc'!A0,"), std::string::npos);
    EXPECT_NE(csv.find(",\"Press-up, half: done\","), std::string::npos);
    EXPECT_NE(csv.find(",\"Said \"\"ouch\"\"\nthen fine\"\r\n"), std::string::npos);
}

TEST(HistoryCsv, NonAsciiNamesAndNotesSurviveUnchangedWithNoByteOrderMark)
{
    SessionRecord s = finished();
    s.routineTitle = "Rückenübungen";
    s.items = {item(0, "Étirement du piriforme", ItemResult::Done)};
    s.notes = "腰痛が少し良くなった";
    const std::string csv = historyCsv({s}, utcText);
    EXPECT_EQ(csv.rfind(header, 0), 0U) << "starts with the header, no byte order mark";
    EXPECT_NE(csv.find(",Rückenübungen,"), std::string::npos);
    EXPECT_NE(csv.find(",Étirement du piriforme: done,"), std::string::npos);
    EXPECT_NE(csv.find(",腰痛が少し良くなった\r\n"), std::string::npos);
}

} // namespace
} // namespace lumbar
