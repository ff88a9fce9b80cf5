// The history as a CSV file for the user to keep or show their therapist: one row per session, RFC 4180, UTF-8,
// and safe to open in a spreadsheet (text that looks like a formula is not run as one).
#pragma once

#include "history.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace lumbar {

// One field as RFC 4180 wants it: in double quotes, with quotes doubled, when it holds a comma, quote, CR or LF;
// as it is otherwise.
std::string csvField(std::string_view text);

// A field of free text (names, notes): as csvField, but text that starts with =, +, -, @, a tab or a CR gets a
// leading apostrophe first, so that a spreadsheet shows it instead of running it as a formula. Not for numbers.
std::string csvText(std::string_view text);

// The column names, in order, joined by commas: the file's first line.
inline constexpr std::string_view historyCsvHeader =
    "date,start,end,routine,status,pain_before,pain_after,extent_before,extent_after,symptom_trend,"
    "new_numbness_or_weakness,done,partial,skipped,made_worse,exercises,notes";

// The whole file: the header, then one row per session in the order given, each line ending in CRLF; UTF-8 with no
// byte order mark. `localDateTime` writes a time as the user reads it ("2026-11-03 09:15"); the file says which
// day each session counts towards (`date`) and leaves out what was not recorded:
//   status: "finished", "stopped early" or "interrupted" (then `end` is empty);
//   pain_*: 0–10 or empty; extent_*: a legExtentKey or empty; symptom_trend: "centralised", "unchanged", "spread"
//   or empty; new_numbness_or_weakness: "yes" when either check-in says so, else empty;
//   done, partial, skipped, made_worse: how many exercises ended that way;
//   exercises: "Name: result; Name: result", with the session's dosage change in brackets after an exercise's
//   result when it had one ("Prone press-up: done (10 reps)").
std::string historyCsv(
    const std::vector<SessionRecord> &sessions, const std::function<std::string(WallTime)> &localDateTime);

} // namespace lumbar
