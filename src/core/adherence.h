// Adherence and streaks from the history: how many of the planned sessions were done over a range of days, and the
// runs of days with some exercise in them. Only sessions in which something was actually done count.
#pragma once

#include "history.h"

#include <string_view>
#include <vector>

namespace lumbar {

struct AdherenceDay
{
    LocalDay day{};
    int done = 0; // counting sessions that day, capped at expected
    int expected = 0;
};

struct Adherence
{
    int expected = 0;
    // Capped per day at the day's expected: three sessions on Monday do not make up for none on Tuesday.
    int done = 0;
    std::vector<AdherenceDay> days; // one per day of the range, in order

    double ratio() const; // done / expected; 0 when nothing was expected
};

// Adherence over the days `from` to `to` inclusive for the sessions of `routineId` (all sessions when it is empty),
// with `timesPerDay` sessions expected each day (less than 1 counts as 1). Nothing when `to` is before `from`.
Adherence adherence(const std::vector<SessionRecord> &sessions, std::string_view routineId, int timesPerDay,
    LocalDay from, LocalDay to);

struct Streaks
{
    int current = 0; // consecutive days with a counting session up to today (or yesterday, see streaks)
    int longest = 0; // the longest such run ever; never less than current
};

// Runs of days with at least one counting session, of any routine. A run that reached yesterday is still current
// while today has none yet: the day is not over. Sessions after `today` are left out.
Streaks streaks(const std::vector<SessionRecord> &sessions, LocalDay today);

// The days with at least one counting session, sorted and each once: the marks on the calendar.
std::vector<LocalDay> sessionDays(const std::vector<SessionRecord> &sessions);

} // namespace lumbar
