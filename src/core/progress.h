// Progress: the figures the progress page and the therapist's one-page summary show, worked out from the history —
// adherence to each routine since the user took it up, pain and how far down the leg symptoms reach at the start
// and the end of a period, and how much a session eases pain. Plain arithmetic over the stored records.
#pragma once

#include "adherence.h"
#include "history.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lumbar {

// Adherence to one routine from the day the user first did it within the window (or the window's first day) to
// today: a routine taken up last week is not counted as missed for the weeks before.
struct RoutineAdherence
{
    std::string routineId;
    std::string title; // as its latest session calls it
    int timesPerDay = 1;
    Adherence adherence;
};

// The days `today - (window - 1)` to `today`: a window of 7 is this day and the six before it.
struct DayRange
{
    LocalDay from{};
    LocalDay to{};
    bool contains(LocalDay day) const { return day >= from && day <= to; }
};
DayRange lastDays(LocalDay today, int window);

// One entry for every routine with a counting session in `range` (single exercises from the library are left
// out), the most recently done first. `timesPerDay(id)` says how many sessions a day the routine asks for (0 or
// less, e.g. for a routine no longer in the bank: once a day).
std::vector<RoutineAdherence> adherenceByRoutine(const std::vector<SessionRecord> &sessions,
    const std::function<int(const std::string &)> &timesPerDay, DayRange range);

enum class CheckInMoment : std::uint8_t { Before, After };

// The mean pain rating given at `moment` in the sessions of `range`; nullopt when none gave one.
std::optional<double> meanPain(const std::vector<SessionRecord> &sessions, CheckInMoment moment, DayRange range);

// How much a session eases pain: the mean of before minus after over the sessions of `range` rated both times
// (positive: less pain after). nullopt when no session has both.
std::optional<double> meanPainRelief(const std::vector<SessionRecord> &sessions, DayRange range);

// The first and the latest leg extent recorded in `range` (the before check-in, then the after one, of each
// session in order), and the trend from one to the other.
struct ExtentChange
{
    std::optional<LegExtent> first;
    std::optional<LegExtent> latest;
    SymptomTrend trend = SymptomTrend::Unknown;
};
ExtentChange extentChange(const std::vector<SessionRecord> &sessions, DayRange range);

// What the summary's first lines say about a period.
struct ProgressSummary
{
    DayRange range;
    int sessions = 0; // counting sessions (something was done)
    int finished = 0; // played to the end
    int stoppedEarly = 0;
    int interrupted = 0; // the app closed or was killed mid-session
    int guardEvents = 0; // sessions in which symptoms spread or numbness or weakness was new
    Streaks streaks;
    std::vector<RoutineAdherence> adherence;
    // Mean pain before sessions over the period's first week (from its first session) and its last week (up to
    // its last day); the first is left out when the two weeks would overlap, so the pair is a real comparison.
    std::optional<double> painFirstWeek;
    std::optional<double> painLastWeek;
    std::optional<double> relief; // meanPainRelief over the period
    ExtentChange extent;
};

ProgressSummary summarize(const std::vector<SessionRecord> &sessions,
    const std::function<int(const std::string &)> &timesPerDay, DayRange range);

} // namespace lumbar
