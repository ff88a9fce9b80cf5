#include "reminders.h"

#include "ui/app/appsettings.h"
#include "ui/history/historytext.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

// The timer is re-aimed at least this often, so a changed clock (a time-zone change, a computer waking up) is
// noticed within a minute or so.
constexpr int maxWaitMs = 60'000;

} // namespace

Reminders::Reminders(QObject *parent, const Clock *clock)
    : QObject(parent)
    , m_clock(Clock::orSystem(clock))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer); // a reminder a second late does not matter; waking the CPU does
    connect(&m_timer, &QTimer::timeout, this, &Reminders::check);
    m_checked = nowMinute();
}

Reminders::Settings Reminders::load()
{
    Settings settings;
    settings.on = AppSettings::remindersOn();
    settings.routineId = AppSettings::reminderRoutine();
    for (const QString &text : AppSettings::reminderTimes())
        if (const auto minute = parseReminderTime(text.toStdString()))
            settings.times.push_back(*minute);
    std::sort(settings.times.begin(), settings.times.end());
    settings.times.erase(std::unique(settings.times.begin(), settings.times.end()), settings.times.end());
    return settings;
}

void Reminders::save(const Settings &settings)
{
    QStringList times;
    for (const int minute : settings.times)
        times << QString::fromStdString(reminderTimeText(minute));
    AppSettings::setReminders(settings.on, settings.routineId, times);
}

void Reminders::setSettings(const Settings &settings)
{
    m_settings = settings;
    std::sort(m_settings.times.begin(), m_settings.times.end());
    m_checked = nowMinute();
    aim();
}

LocalMinute Reminders::nowMinute() const
{
    const QDateTime now = m_clock.wall();
    return {HistoryText::day(now.date()), now.time().hour() * 60 + now.time().minute()};
}

void Reminders::check()
{
    const LocalMinute now = nowMinute();
    if (isOn() && m_checked < now) {
        const std::vector<LocalMinute> fell = dueReminders(m_settings.times, m_checked, now);
        if (!fell.empty()) {
            // One "time to exercise" for a computer that slept through several, not a pile of them.
            const LocalMinute &last = fell.back();
            emit due(m_settings.routineId,
                QDateTime(HistoryText::date(last.day), QTime(last.minute / 60, last.minute % 60)));
        }
    }
    m_checked = std::max(m_checked, now);
    aim();
}

std::optional<QDateTime> Reminders::next() const
{
    if (!isOn())
        return std::nullopt;
    const auto upcoming = nextReminder(m_settings.times, nowMinute());
    if (!upcoming)
        return std::nullopt;
    return QDateTime(HistoryText::date(upcoming->day), QTime(upcoming->minute / 60, upcoming->minute % 60));
}

void Reminders::aim()
{
    if (!isOn()) {
        m_timer.stop();
        return;
    }
    const std::optional<QDateTime> upcoming = next();
    const qint64 wait = upcoming ? m_clock.wall().msecsTo(*upcoming) + 500 : maxWaitMs;
    m_timer.start(static_cast<int>(std::clamp<qint64>(wait, 1000, maxWaitMs)));
}

} // namespace lumbar::ui
