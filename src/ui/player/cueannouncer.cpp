#include "cueannouncer.h"

#include "playercontroller.h"
#include "playertext.h"
#include "playerview.h"
#include "soundcues.h"
#include "voicecues.h"

namespace lumbar::ui {

CueAnnouncer::CueAnnouncer(PlayerController *controller, SoundCues *sound, VoiceCues *voice, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_sound(sound)
    , m_voice(voice)
{
    connect(m_controller, &PlayerController::cue, this, &CueAnnouncer::onCue);
    if (m_voice) {
        connect(m_voice, &VoiceCues::becameUnavailable, this, [this](const QString &) { noticeIfSilent(); });
    }
}

void CueAnnouncer::setSoundEnabled(bool on)
{
    m_soundOn = on;
    if (m_sound)
        m_sound->setEnabled(on);
}

void CueAnnouncer::setVoiceEnabled(bool on)
{
    m_voiceOn = on;
    if (m_voice)
        m_voice->setEnabled(on);
}

QColor CueAnnouncer::flashColor(const SessionPlan &plan, const Cue &cue)
{
    if (plan.phases.empty())
        return {};
    switch (cue.kind) {
    case CueKind::PhaseStarted:
        return PlayerView::phaseColor(plan.phases[cue.phase].kind);
    case CueKind::Countdown:
        return QColor(Qt::white);
    case CueKind::Halfway:
        return PlayerView::phaseColor(PhaseKind::Hold).lighter(150);
    case CueKind::SwitchSide:
        return PlayerView::phaseColor(PhaseKind::SwitchSide);
    case CueKind::ExerciseFinished:
        return {};
    case CueKind::RoutineFinished:
        return PlayerView::phaseColor(PhaseKind::Hold);
    }
    return {};
}

void CueAnnouncer::onCue(const Cue &cue)
{
    const RoutineSession &session = m_controller->session();
    const SessionPlan &plan = session.plan();

    // Several cues can arrive at once after a late tick; only those due in the last second are worth sensing.
    const bool current = m_controller->now() - cue.at < std::chrono::seconds(1);
    if (!current)
        return;

    const QColor color = flashColor(plan, cue);
    if (color.isValid())
        emit flash(color);

    if (!plan.phases.empty()) {
        const Phase &phase = plan.phases[cue.phase];
        std::optional<SoundCues::Beep> beep;
        if (cue.kind == CueKind::PhaseStarted && phase.kind == PhaseKind::Hold)
            beep = SoundCues::Beep::HoldStart;
        else if (cue.kind == CueKind::Countdown && phase.kind == PhaseKind::Hold)
            beep = SoundCues::Beep::Countdown;
        else if (cue.kind == CueKind::PhaseStarted && phase.kind == PhaseKind::Release)
            beep = SoundCues::Beep::HoldEnd;
        if (beep && m_soundOn) {
            if (m_sound && m_sound->isAvailable())
                m_sound->play(*beep);
            else
                noticeIfSilent();
        }
    }

    const QString text = PlayerText::spoken(plan, cue);
    if (!text.isEmpty() && m_voiceOn) {
        emit spoken(text);
        if (m_voice && m_voice->isAvailable())
            m_voice->say(text);
        else
            noticeIfSilent();
    }
}

void CueAnnouncer::noticeIfSilent()
{
    if (m_noticed)
        return;
    m_noticed = true;
    QString reason;
    if (m_sound && !m_sound->isAvailable()) {
        reason = m_sound->unavailableReason();
    } else if (m_voice && !m_voice->isAvailable()) {
        reason = m_voice->unavailableReason();
    }
    const QString text = reason.isEmpty() ? tr("Sound is not available, so cues are shown on screen only.")
                                          : tr("%1 Cues are shown on screen only.").arg(reason);
    emit silentNotice(text);
}

} // namespace lumbar::ui
