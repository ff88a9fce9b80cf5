#include "playercontroller.h"

namespace lumbar::ui {

PlayerController::PlayerController(QObject *parent, const Clock *clock)
    : QObject(parent)
    , m_clock(Clock::orSystem(clock))
{
    m_timer.setSingleShot(true);
    // Coarse timers may fire up to 5% late; a phase end should be on time to the millisecond.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlayerController::poll);
}

void PlayerController::load(SessionPlan plan)
{
    m_timer.stop();
    m_session = std::make_unique<RoutineSession>(std::move(plan));
    m_offset = Millis{0};
    m_shownSeconds = -1;
    emit changed();
}

int PlayerController::secondsLeftInPhase() const
{
    if (!m_session)
        return 0;
    const Millis left = m_session->remainingInPhase(now());
    return static_cast<int>((left.count() + 999) / 1000);
}

int PlayerController::displaySeconds() const
{
    if (!m_session || !m_session->isActive())
        return 0;
    if (m_session->phase().isTimed())
        return secondsLeftInPhase();
    return static_cast<int>(m_session->elapsedInPhase(now()).count() / 1000);
}

void PlayerController::start()
{
    if (!m_session)
        return;
    deliver(m_session->start(now()));
}

void PlayerController::togglePause()
{
    if (!m_session)
        return;
    if (m_session->state() == SessionState::Running)
        pause();
    else if (m_session->state() == SessionState::Paused)
        resume();
    else if (m_session->state() == SessionState::Ready)
        start();
}

void PlayerController::pause()
{
    if (!m_session || m_session->state() != SessionState::Running)
        return;
    m_session->pause(now());
    deliver({});
}

void PlayerController::resume()
{
    if (!m_session)
        return;
    deliver(m_session->resume(now()));
}

void PlayerController::next()
{
    if (m_session)
        deliver(m_session->next(now()));
}

void PlayerController::previous()
{
    if (m_session)
        deliver(m_session->previous(now()));
}

void PlayerController::restartExercise()
{
    if (m_session)
        deliver(m_session->restartExercise(now()));
}

void PlayerController::leaveOut(const std::vector<std::size_t> &items)
{
    if (!m_session)
        return;
    for (const std::size_t item : items)
        m_session->leaveOut(item);
    deliver({});
}

void PlayerController::addTime(int seconds)
{
    if (!m_session)
        return;
    m_session->addTime(now(), Millis{static_cast<Millis::rep>(seconds) * 1000});
    deliver({});
}

void PlayerController::stop()
{
    if (!m_session || !m_session->isActive())
        return;
    m_session->stop(now());
    deliver({});
}

void PlayerController::skipAhead(Millis amount)
{
    if (!m_session || m_session->state() != SessionState::Running || amount <= Millis{0})
        return;
    m_offset += amount;
    m_session->tick(now()); // the cues of the skipped time are dropped on purpose
    m_shownSeconds = displaySeconds();
    emit changed();
    schedule();
}

void PlayerController::poll()
{
    if (!m_session)
        return;
    const std::vector<Cue> cues = m_session->tick(now());
    if (!cues.empty()) {
        deliver(cues);
        return;
    }
    const int shown = displaySeconds();
    if (shown != m_shownSeconds) {
        m_shownSeconds = shown;
        emit secondsChanged();
    }
    schedule();
}

void PlayerController::deliver(const std::vector<Cue> &cues)
{
    for (const Cue &c : cues)
        emit cue(c);
    m_shownSeconds = displaySeconds();
    emit changed();
    schedule();
}

void PlayerController::schedule()
{
    m_timer.stop();
    if (!m_session || m_session->state() != SessionState::Running)
        return;
    const TimePoint current = now();
    std::optional<TimePoint> wake = m_session->nextCueAt();
    // The next time the whole seconds on screen change: when the remainder crosses a multiple of 1000 ms.
    const Millis left = m_session->remainingInPhase(current);
    if (left > Millis{0}) {
        const Millis toNextSecond = left % 1000 == Millis{0} ? Millis{1000} : left % 1000;
        const TimePoint second = current + toNextSecond;
        wake = wake ? std::min(*wake, second) : second;
    } else if (!m_session->phase().isTimed()) {
        // An open-ended phase counts up: redraw its elapsed time each second.
        wake = current + Millis{1000} - m_session->elapsedInPhase(current) % 1000;
    }
    if (!wake)
        return;
    const auto delay = std::chrono::ceil<Millis>(*wake - current);
    m_timer.start(static_cast<int>(std::max<Millis::rep>(0, delay.count())));
}

} // namespace lumbar::ui
