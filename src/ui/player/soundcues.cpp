#include "soundcues.h"

#include <QAudioDevice> // QMediaDevices lists them but does not include it (Qt 6.4)
#include <QMediaDevices>
#include <QSoundEffect>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

constexpr std::array kBeeps{SoundCues::Beep::HoldStart, SoundCues::Beep::Countdown, SoundCues::Beep::HoldEnd};

std::size_t indexOf(SoundCues::Beep beep)
{
    return static_cast<std::size_t>(beep);
}

} // namespace

SoundCues::SoundCues(QObject *parent)
    : QObject(parent)
{
}

SoundCues::~SoundCues() = default;

bool SoundCues::hasAudioOutput() const
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

bool SoundCues::isAvailable() const
{
    return unavailableReason().isEmpty();
}

QString SoundCues::unavailableReason() const
{
    if (!hasAudioOutput())
        return tr("No sound output device was found.");
    for (const QSoundEffect *effect : m_effects) {
        if (effect && effect->status() == QSoundEffect::Error)
            return tr("The cue sounds could not be loaded.");
    }
    return {};
}

void SoundCues::setEnabled(bool on)
{
    m_enabled = on;
    if (on)
        ensureEffects();
}

bool SoundCues::isEnabled() const
{
    return m_enabled;
}

void SoundCues::play(Beep beep)
{
    if (!m_enabled || !ensureEffects())
        return;
    QSoundEffect *effect = m_effects.at(indexOf(beep));
    // A sound still loading plays once it is loaded (QSoundEffect queues it); a broken one stays quiet.
    if (effect->status() != QSoundEffect::Error)
        effect->play();
}

QUrl SoundCues::sourceOf(Beep beep)
{
    switch (beep) {
    case Beep::HoldStart:
        return QUrl(u"qrc:/sounds/hold-start.wav"_s);
    case Beep::Countdown:
        return QUrl(u"qrc:/sounds/countdown.wav"_s);
    case Beep::HoldEnd:
        return QUrl(u"qrc:/sounds/hold-end.wav"_s);
    }
    return {};
}

bool SoundCues::ensureEffects()
{
    if (m_effects.front())
        return true;
    if (!hasAudioOutput())
        return false;
    for (const Beep beep : kBeeps) {
        auto *effect = new QSoundEffect(this);
        effect->setSource(sourceOf(beep));
        m_effects.at(indexOf(beep)) = effect;
    }
    return true;
}

} // namespace lumbar::ui
