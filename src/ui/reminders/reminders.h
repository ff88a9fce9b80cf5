// Reminders: the optional "time to exercise" reminders at the times a routine asks for. It keeps the user's choice in
// the settings, watches the clock with a timer aimed at the next reminder, and says when one falls due — once, even
// after the computer slept through several. The tray icon (ReminderTray) shows it.
#pragma once

#include "ui/app/clock.h"

#include "core/reminderschedule.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

namespace lumbar::ui {

class Reminders : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        bool on = false;
        QString routineId;
        std::vector<int> times; // minutes since local midnight, sorted
        friend bool operator==(const Settings &, const Settings &) = default;
    };

    // With no clock, the real one; tests pass a fake one and call check() themselves.
    // With no clock, the computer's; it must outlive this.
    explicit Reminders(QObject *parent = nullptr, const Clock *clock = nullptr);

    // What the user chose (AppSettings, "reminders/…"); off with no times when never set.
    static Settings load();
    static void save(const Settings &settings);

    // Uses `settings` from now on; reminders that fell due before this are not shown.
    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    bool isOn() const { return m_settings.on && !m_settings.routineId.isEmpty() && !m_settings.times.empty(); }

    // Looks at the clock: when one or more reminders fell due since the last look, emits due() once, for the latest.
    // Then aims the timer at the next one.
    void check();
    // The next reminder after now, as a local date and time; none when off.
    std::optional<QDateTime> next() const;

signals:
    void due(const QString &routineId, const QDateTime &at);

private:
    LocalMinute nowMinute() const;
    void aim();

    const Clock &m_clock;
    Settings m_settings;
    LocalMinute m_checked{};
    QTimer m_timer;
};

} // namespace lumbar::ui
