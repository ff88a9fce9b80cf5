// CueAnnouncer: turns the session's cues into what the user senses — a beep, a spoken sentence and a flash of the
// screen — following the user's sound and voice settings, and says once when there is no sound to be had.
#pragma once

#include "core/routinesession.h"

#include <QColor>
#include <QObject>

namespace lumbar::ui {

class PlayerController;
class SoundCues;
class VoiceCues;

class CueAnnouncer : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of neither output; either may be null (no sound, no voice).
    CueAnnouncer(PlayerController *controller, SoundCues *sound, VoiceCues *voice, QObject *parent = nullptr);

    void setSoundEnabled(bool on);
    void setVoiceEnabled(bool on);

    // The flash colour for a cue, or an invalid colour for none.
    static QColor flashColor(const SessionPlan &plan, const Cue &cue);

signals:
    void flash(const QColor &color);
    void spoken(const QString &text); // what was (or, with no voice, would have been) said
    // A sentence for the user when a wanted sound or voice cannot be played; emitted at most once per announcer.
    void silentNotice(const QString &text);

private:
    void onCue(const Cue &cue);
    void noticeIfSilent();

    PlayerController *m_controller;
    SoundCues *m_sound;
    VoiceCues *m_voice;
    bool m_soundOn = true;
    bool m_voiceOn = true;
    bool m_noticed = false;
};

} // namespace lumbar::ui
