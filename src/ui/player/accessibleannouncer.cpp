#include "accessibleannouncer.h"

#include "playercontroller.h"
#include "playertext.h"
#include "ui/text/uitext.h"

#include "core/announcements.h"

#include <QAccessible>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

AccessibleAnnouncer::AccessibleAnnouncer(PlayerController *controller, QLabel *target, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_target(target)
{
    connect(m_controller, &PlayerController::changed, this, &AccessibleAnnouncer::phaseChanged);
    connect(m_controller, &PlayerController::secondsChanged, this, &AccessibleAnnouncer::secondsChanged);
}

void AccessibleAnnouncer::phaseChanged()
{
    if (!m_controller->hasSession())
        return;
    const RoutineSession &session = m_controller->session();
    const int state = static_cast<int>(session.state());
    const bool resumed = m_state == static_cast<int>(SessionState::Paused) && session.state() == SessionState::Running;
    const bool newPhase = session.phaseIndex() != m_phase || m_state == static_cast<int>(SessionState::Ready);
    const bool newState = state != m_state;
    m_phase = session.phaseIndex();
    m_state = state;
    if (!newPhase && !newState) {
        secondsChanged(); // a cue on a whole second (halfway) comes as a change, not as a tick
        return;
    }
    switch (session.state()) {
    case SessionState::Ready:
        return;
    case SessionState::Paused:
        announce(tr("Paused"));
        return;
    case SessionState::Finished:
        announce(tr("Routine finished. Well done."));
        return;
    case SessionState::Stopped:
        announce(tr("Routine stopped."));
        return;
    case SessionState::Running:
        break;
    }
    if (resumed && !newPhase) {
        announce(tr("Going on: %1, %2 left")
                     .arg(PlayerText::phaseTitle(session.phase()),
                         PlayerText::clock(session.remainingInPhase(m_controller->now()))));
        return;
    }
    const Phase &phase = session.phase();
    QStringList parts{PlayerText::phaseTitle(phase), qs(session.item().exercise->name)};
    const QString detail = PlayerText::phaseDetail(phase);
    if (!detail.isEmpty())
        parts << detail;
    if (phase.isTimed())
        parts << tr("%n second(s)", nullptr, static_cast<int>((phase.duration.count() + 999) / 1000));
    m_lastSeconds = m_controller->secondsLeftInPhase();
    announce(parts.join(u". "_s) + u"."_s);
}

void AccessibleAnnouncer::secondsChanged()
{
    if (!m_controller->hasSession() || m_controller->session().state() != SessionState::Running)
        return;
    const Phase &phase = m_controller->session().phase();
    if (!phase.isTimed())
        return;
    const int left = m_controller->secondsLeftInPhase();
    const int length = static_cast<int>((phase.duration.count() + 999) / 1000);
    if (left == m_lastSeconds || !announceTimeLeft(left, length))
        return;
    m_lastSeconds = left;
    announce(tr("%n second(s) left", nullptr, left));
}

void AccessibleAnnouncer::announce(const QString &text)
{
    m_target->setText(text);
    m_target->setAccessibleName(text);
    QAccessibleEvent event(m_target, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    emit announced(text);
}

} // namespace lumbar::ui
