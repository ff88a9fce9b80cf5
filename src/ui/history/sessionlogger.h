// SessionLogger: writes the session the player runs into the history as it goes — the session and its check-in
// when it starts, each exercise's result whenever it changes, the end — so a crash keeps everything up to then.
// It also applies the centralisation guard to what the user reports, and flags exercises for the library.
#pragma once

#include "ui/app/clock.h"

#include "core/history.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lumbar::ui {

class HistoryStore;
class PlayerController;

class SessionLogger : public QObject
{
    Q_OBJECT

public:
    // With no clock, the real one; tests pass a fixed one.
    // With no clock, the computer's; it must outlive this.
    explicit SessionLogger(PlayerController *controller, QObject *parent = nullptr, const Clock *clock = nullptr);

    // Null: nothing is written (the history is off), but the guard still works within the session.
    void setStore(HistoryStore *store) { m_store = store; }
    HistoryStore *store() const { return m_store; }

    // Starts on the controller's session, which has just started. `changes`: per plan item, the dosage change for
    // this session in words (empty for none).
    void begin(const std::string &routineId, const std::string &title, const CheckIn &before,
        const std::vector<std::string> &changes);
    bool isLogging() const { return m_logging; }
    // The item was stopped with "This makes it worse".
    void markWorse(std::size_t item, std::optional<LegExtent> extent);
    bool saveAfter(const CheckIn &after, const std::string &notes);

    // The guard on a report: after an exercise (`item`) or after the session (no item). With a stop verdict the
    // session is marked; exercises are flagged — the item, or every exercise done in the session — and
    // flagsChanged is emitted.
    GuardVerdict guard(const CheckIn &report, std::optional<std::size_t> item);
    std::optional<LegExtent> baseline() const { return m_baseline; }

    // What has been logged so far (the store's id in `id`, 0 when not stored).
    const SessionRecord &record() const { return m_record; }
    static LocalDay localDay(const QDateTime &time);
    static WallTime wallTime(const QDateTime &time);

signals:
    void flagsChanged();

private:
    void sync();
    void addFlag(const std::string &exerciseId, FlagReason reason, std::optional<LegExtent> extent);

    PlayerController *m_controller;
    const Clock &m_clock;
    HistoryStore *m_store = nullptr;
    bool m_logging = false;
    SessionRecord m_record;
    std::optional<LegExtent> m_baseline;
};

} // namespace lumbar::ui
