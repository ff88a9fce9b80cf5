// PlayerController: runs a RoutineSession in real time. It reads an injectable monotonic clock, wakes only when
// something changes (a cue, a phase end, the next whole second on screen) and tells the views and cue outputs.
#pragma once

#include "ui/app/clock.h"

#include "core/routinesession.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace lumbar::ui {

class PlayerController : public QObject
{
    Q_OBJECT

public:
    // With no clock, the computer's; tests pass a fake one and call poll() after moving it. It must outlive this.
    explicit PlayerController(QObject *parent = nullptr, const Clock *clock = nullptr);

    // A new session in the Ready state; the previous one is dropped.
    void load(SessionPlan plan);
    bool hasSession() const { return m_session != nullptr; }
    const RoutineSession &session() const { return *m_session; }
    TimePoint now() const { return m_clock.steady() + m_offset; }

    // What the screen shows now, in whole seconds rounded up (a countdown reads 3, 2, 1, then moves on).
    int secondsLeftInPhase() const;
    // The number on screen: seconds left in a timed phase, seconds so far in an open-ended one.
    int displaySeconds() const;

public slots:
    void start();
    void togglePause();
    void pause();
    void resume();
    void next();
    void previous();
    void restartExercise();
    void addTime(int seconds);
    void stop();
    // Leaves these items out of the rest of the session (see RoutineSession::leaveOut).
    void leaveOut(const std::vector<std::size_t> &items);
    // Moves the running session on by `amount` as if that time had passed, quietly: the cues on the way are not
    // announced (a demo picking up part-way, or a screenshot of a later phase).
    void skipAhead(Millis amount);
    // Catches the session up with the clock; the timer calls it, tests call it after moving a fake clock.
    void poll();

signals:
    void cue(const lumbar::Cue &cue);
    // The phase, the state or the dosage changed: redraw everything.
    void changed();
    // Only the seconds moved: redraw the countdown and the time left.
    void secondsChanged();

private:
    void deliver(const std::vector<Cue> &cues);
    void schedule();

    const Clock &m_clock;
    Millis m_offset{0}; // added to the clock by skipAhead
    std::unique_ptr<RoutineSession> m_session;
    QTimer m_timer;
    int m_shownSeconds = -1;
};

} // namespace lumbar::ui
