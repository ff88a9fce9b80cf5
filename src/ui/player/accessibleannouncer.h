// AccessibleAnnouncer: tells a screen reader what the player is doing — each phase as it begins, the time left
// a few times in a phase (core announceTimeLeft), pauses and the end — through a label whose accessible name it
// changes. Qt 6.4 has no announcement event, so the label's name-change event is what assistive technology hears.
#pragma once

#include <QObject>
#include <QString>

#include <cstddef>

class QLabel;

namespace lumbar::ui {

class PlayerController;

class AccessibleAnnouncer : public QObject
{
    Q_OBJECT

public:
    AccessibleAnnouncer(PlayerController *controller, QLabel *target, QObject *parent = nullptr);

    // The last thing said.

signals:
    // Each announcement, as the label's accessible name becomes it.
    void announced(const QString &text);

private:
    void phaseChanged();
    void secondsChanged();
    void announce(const QString &text);

    PlayerController *m_controller;
    QLabel *m_target;
    std::size_t m_phase = static_cast<std::size_t>(-1);
    int m_state = -1;
    int m_lastSeconds = -1;
};

} // namespace lumbar::ui
