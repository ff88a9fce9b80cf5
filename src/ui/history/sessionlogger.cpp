#include "sessionlogger.h"

#include "historystore.h"
#include "historytext.h"
#include "ui/player/playercontroller.h"

namespace lumbar::ui {

namespace {

// How long an earlier check-in still says where symptoms reach, for a session that starts without one.
constexpr std::chrono::days baselineAge{14};

ItemResult resultOf(ItemOutcome outcome)
{
    switch (outcome) {
    case ItemOutcome::Done:
        return ItemResult::Done;
    case ItemOutcome::Partial:
        return ItemResult::Partial;
    case ItemOutcome::Skipped:
        return ItemResult::Skipped;
    case ItemOutcome::NotReached:
        return ItemResult::NotReached;
    }
    return ItemResult::NotReached;
}

} // namespace

SessionLogger::SessionLogger(PlayerController *controller, QObject *parent, const Clock *clock)
    : QObject(parent)
    , m_controller(controller)
    , m_clock(Clock::orSystem(clock))
{
    connect(m_controller, &PlayerController::changed, this, &SessionLogger::sync);
}

LocalDay SessionLogger::localDay(const QDateTime &time)
{
    return HistoryText::day(time.date());
}

WallTime SessionLogger::wallTime(const QDateTime &time)
{
    return WallTime{std::chrono::milliseconds{time.toMSecsSinceEpoch()}};
}

void SessionLogger::begin(const std::string &routineId, const std::string &title, const CheckIn &before,
    const std::vector<std::string> &changes)
{
    const QDateTime now = m_clock.wall();
    m_record = SessionRecord{};
    m_record.routineId = routineId;
    m_record.routineTitle = title;
    m_record.startedAt = wallTime(now);
    m_record.day = localDay(now);
    m_record.before = before;
    const SessionPlan &plan = m_controller->session().plan();
    m_record.items.reserve(plan.items.size());
    for (std::size_t i = 0; i < plan.items.size(); ++i) {
        const Exercise &exercise = *plan.items[i].exercise;
        m_record.items.push_back(ItemRecord{static_cast<int>(i), exercise.id, exercise.name.text(),
            ItemResult::NotReached, i < changes.size() ? changes[i] : std::string(), std::nullopt});
    }
    m_baseline = baselineExtent(m_record, m_store ? m_store->sessions() : std::vector<SessionRecord>{}, baselineAge);
    if (m_store)
        m_record.id = m_store->beginSession(m_record);
    m_logging = true;
    sync();
}

void SessionLogger::sync()
{
    if (!m_logging || !m_controller->hasSession())
        return;
    const RoutineSession &session = m_controller->session();
    for (std::size_t i = 0; i < m_record.items.size() && i < session.plan().items.size(); ++i) {
        ItemRecord &item = m_record.items[i];
        if (item.result == ItemResult::Worse)
            continue;
        const ItemResult now = resultOf(session.outcome(i));
        if (now == item.result)
            continue;
        item.result = now;
        if (m_store && m_record.id)
            m_store->saveItem(m_record.id, item);
    }
    if (session.isOver() && !m_record.endedAt) {
        m_record.endedAt = wallTime(m_clock.wall());
        m_record.stoppedEarly = session.state() == SessionState::Stopped;
        if (m_store && m_record.id)
            m_store->finishSession(m_record.id, *m_record.endedAt, m_record.stoppedEarly);
    }
}

void SessionLogger::markWorse(std::size_t item, std::optional<LegExtent> extent)
{
    if (!m_logging || item >= m_record.items.size())
        return;
    ItemRecord &record = m_record.items[item];
    record.result = ItemResult::Worse;
    record.extentWhenStopped = extent;
    if (m_store && m_record.id)
        m_store->saveItem(m_record.id, record);
}

bool SessionLogger::saveAfter(const CheckIn &after, const std::string &notes)
{
    m_record.after = after;
    m_record.notes = notes;
    return m_store && m_record.id && m_store->saveAfterCheckIn(m_record.id, after, notes);
}

GuardVerdict SessionLogger::guard(const CheckIn &report, std::optional<std::size_t> item)
{
    const GuardVerdict verdict = guardCheck(m_baseline, report);
    const FlagReason reason = flagReasonFor(verdict);
    if (item && *item < m_record.items.size()) {
        addFlag(m_record.items[*item].exerciseId, reason, report.extent);
    } else if (verdict.stop) {
        for (const ItemRecord &done : m_record.items)
            if (done.result == ItemResult::Done || done.result == ItemResult::Partial)
                addFlag(done.exerciseId, reason, report.extent);
    }
    if (verdict.stop && !m_record.guardTriggered) {
        m_record.guardTriggered = true;
        if (m_store && m_record.id)
            m_store->markGuardTriggered(m_record.id);
    }
    if (item || verdict.stop)
        emit flagsChanged();
    return verdict;
}

void SessionLogger::addFlag(const std::string &exerciseId, FlagReason reason, std::optional<LegExtent> extent)
{
    if (!m_store)
        return;
    const QDateTime now = m_clock.wall();
    ExerciseFlag flag;
    flag.exerciseId = exerciseId;
    flag.sessionId = m_record.id;
    flag.at = wallTime(now);
    flag.day = localDay(now);
    flag.reason = reason;
    flag.extent = extent;
    m_store->addFlag(flag);
}

} // namespace lumbar::ui
