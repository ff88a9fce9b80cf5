// History: what the private log keeps of each session (check-ins, what became of each exercise) and the
// centralisation guard that reads it. Plain data and rules; the Qt layer's HistoryStore writes it to SQLite.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lumbar {

// Wall-clock time in UTC, to the millisecond: when a session started or ended.
using WallTime = std::chrono::sys_time<std::chrono::milliseconds>;
// A calendar day in the user's own time zone (the day a session counts towards), as days since 1970-01-01.
using LocalDay = std::chrono::sys_days;

// "2026-11-03", and back; nullopt for anything that is not a real date in that form.
std::string dayText(LocalDay day);
std::optional<LocalDay> dayFromText(std::string_view text);

// How far down the leg symptoms reach, from the back to the foot. The order is the rule's: further down is worse.
enum class LegExtent : std::uint8_t { BackOnly, Buttock, Thigh, BelowKnee, Foot };
inline constexpr int legExtentCount = 5;

// The stored names: "back", "buttock", "thigh", "below-knee", "foot".
std::string_view legExtentKey(LegExtent extent);
std::optional<LegExtent> legExtentFromKey(std::string_view key);

// A quick check-in before or after a routine; every part may be left out.
struct CheckIn
{
    std::optional<int> pain; // 0 (none) to 10 (worst imaginable)
    std::optional<LegExtent> extent;
    bool newNumbnessOrWeakness = false;

    bool isEmpty() const { return !pain && !extent && !newNumbnessOrWeakness; }
    friend bool operator==(const CheckIn &, const CheckIn &) = default;
};

// What became of one exercise of a session.
enum class ItemResult : std::uint8_t {
    Done, // played to the end
    Partial, // some of it done before the user moved on or stopped
    Skipped, // reached, none of it done
    NotReached, // the session ended before it
    Worse, // stopped with "This makes it worse"
};
std::string_view itemResultKey(ItemResult result); // "done", "partial", "skipped", "not-reached", "worse"
std::optional<ItemResult> itemResultFromKey(std::string_view key);

struct ItemRecord
{
    int position = 0; // 0-based place in the session
    std::string exerciseId;
    std::string exerciseName; // as it was called then, so the log reads right after the bank changes
    ItemResult result = ItemResult::NotReached;
    std::string dosageChange; // the therapist's change for this session in words, empty when none
    std::optional<LegExtent> extentWhenStopped; // where symptoms reached when "This makes it worse" was pressed
    friend bool operator==(const ItemRecord &, const ItemRecord &) = default;
};

struct SessionRecord
{
    std::int64_t id = 0; // the store's; 0 until stored
    std::string routineId; // empty for a single exercise tried from the library
    std::string routineTitle;
    WallTime startedAt{};
    LocalDay day{}; // the user's calendar day at the start
    std::optional<WallTime> endedAt; // none: the app closed or was killed mid-session
    bool stoppedEarly = false; // the user stopped it before the end
    CheckIn before;
    CheckIn after;
    std::vector<ItemRecord> items;
    std::string notes;
    bool guardTriggered = false; // symptoms spread during or after it (see guardCheck)

    bool isInterrupted() const { return !endedAt.has_value(); }
    // Some of it was actually done: it counts towards adherence and streaks.
    bool counts() const;
    friend bool operator==(const SessionRecord &, const SessionRecord &) = default;
};

// Centralisation: leg symptoms retreating towards the back are a good sign; spreading further down the leg
// (peripheralisation), or new numbness or weakness, means stop that exercise and talk to the therapist.
enum class SymptomTrend : std::uint8_t { Unknown, Centralised, Unchanged, Spread };
SymptomTrend symptomTrend(std::optional<LegExtent> before, std::optional<LegExtent> after);

// Where symptoms reached before `session`, to compare a new report with: its own check-in if it has one, else
// the latest extent of the sessions before it (the after check-in, or the before one) within `maxAge` days.
std::optional<LegExtent> baselineExtent(
    const SessionRecord &session, const std::vector<SessionRecord> &earlier, std::chrono::days maxAge);

// The guard's verdict on a report (after an exercise or after the session) against the baseline.
struct GuardVerdict
{
    bool stop = false; // tell the user plainly to stop and talk to their therapist
    bool spread = false; // symptoms reached further down the leg than the baseline
    bool numbnessOrWeakness = false; // new numbness or weakness was reported
};
GuardVerdict guardCheck(std::optional<LegExtent> baseline, const CheckIn &report);

// A mark on an exercise for this user: the guard fired on it, or it was stopped as making things worse. The library
// shows it until the user clears it (after talking to their therapist).
enum class FlagReason : std::uint8_t {
    Spread, // symptoms reached further down the leg
    NumbnessOrWeakness,
    MadeWorse, // "This makes it worse", without a spread
};
std::string_view flagReasonKey(FlagReason reason); // "spread", "numbness-or-weakness", "made-worse"
std::optional<FlagReason> flagReasonFromKey(std::string_view key);

struct ExerciseFlag
{
    std::int64_t id = 0;
    std::string exerciseId;
    std::int64_t sessionId = 0; // 0 when not from a stored session
    WallTime at{};
    LocalDay day{};
    FlagReason reason = FlagReason::MadeWorse;
    std::optional<LegExtent> extent; // where symptoms reached then, when known
    bool cleared = false;
    friend bool operator==(const ExerciseFlag &, const ExerciseFlag &) = default;
};

// The reason a report gives for flagging an exercise: the guard's verdict first, else "made worse".
FlagReason flagReasonFor(const GuardVerdict &verdict);

} // namespace lumbar
