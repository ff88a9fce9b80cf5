// VoiceCues: spoken cues ("Hold for twenty seconds") through QTextToSpeech's offline flite engine; silent when speech
// or audio is unavailable.
#pragma once

#include <QObject>
#include <QString>

class QTextToSpeech;

namespace lumbar::ui {

class VoiceCues : public QObject
{
    Q_OBJECT

public:
    explicit VoiceCues(QObject *parent = nullptr);
    ~VoiceCues() override;

    // An audio output and a speech engine exist, and the engine has not failed.
    bool isAvailable() const;
    // A plain sentence for the user; empty when available.
    QString unavailableReason() const;

    // On by default. Turning it on starts the engine (when available), so the first cue is not late.
    void setEnabled(bool on);
    bool isEnabled() const;

    // Interrupts whatever is being said; does nothing when disabled or unavailable.
    void say(const QString &text);

signals:
    // Emitted at most once, when a voice that looked available fails (the engine could not start or reported an
    // error). Unavailability known up front (no audio output, no engine) is only reported by isAvailable().
    void becameUnavailable(const QString &reason);

protected:
    // Whether the system has an audio output. Virtual so that tests can pretend there is one.
    virtual bool hasAudioOutput() const;

private:
    bool ensureEngine();
    void fail(const QString &reason);

    // Created on first need, never when there is no audio output: start-up stays quick and a machine without
    // sound does no speech work.
    QTextToSpeech *m_engine = nullptr;
    QString m_failure; // why the engine failed; once set, the voice stays off
    bool m_enabled = true;
};

// A number for the voice: English words ("twenty", "thirty-five", "one hundred and twenty") while the interface is
// English, digits in other languages and below zero or above 999.
QString spokenNumber(int n);

} // namespace lumbar::ui
