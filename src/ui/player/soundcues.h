// SoundCues: the player's short beeps (hold start, the last three seconds, hold end), silent when there is no audio
// output.
#pragma once

#include <QObject>
#include <QUrl>

#include <array>

class QSoundEffect;

namespace lumbar::ui {

class SoundCues : public QObject
{
    Q_OBJECT

public:
    enum class Beep { HoldStart, Countdown, HoldEnd };

    explicit SoundCues(QObject *parent = nullptr);
    ~SoundCues() override;

    // An audio output device exists (QMediaDevices) and no sound failed to load.
    bool isAvailable() const;
    // A plain sentence for the user; empty when available.
    QString unavailableReason() const;

    // On by default. Turning it on loads the sounds (when there is an output), so the first beep is not late.
    void setEnabled(bool on);
    bool isEnabled() const;

    // Never blocks; does nothing at all when disabled or unavailable.
    void play(Beep beep);

    // The bundled sound of a beep (qrc:/sounds/…).
    static QUrl sourceOf(Beep beep);

protected:
    // Whether the system has an audio output. Virtual so that tests can pretend there is one.
    virtual bool hasAudioOutput() const;

private:
    bool ensureEffects();

    // Created on first need, and only when there is an output: a machine without sound does no audio work.
    std::array<QSoundEffect *, 3> m_effects{};
    bool m_enabled = true;
};

} // namespace lumbar::ui
