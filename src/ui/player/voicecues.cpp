#include "voicecues.h"

#include "ui/text/language.h"

#include <QAudioDevice> // QMediaDevices lists them but does not include it (Qt 6.4)
#include <QLocale>
#include <QMediaDevices>
#include <QTextToSpeech>

#include <array>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

VoiceCues::VoiceCues(QObject *parent)
    : QObject(parent)
{
}

VoiceCues::~VoiceCues() = default;

bool VoiceCues::hasAudioOutput() const
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

bool VoiceCues::isAvailable() const
{
    return unavailableReason().isEmpty();
}

QString VoiceCues::unavailableReason() const
{
    if (!m_failure.isEmpty())
        return m_failure;
    if (!hasAudioOutput())
        return tr("No sound output device was found.");
    if (QTextToSpeech::availableEngines().isEmpty())
        return tr("No speech engine is installed.");
    return {};
}

void VoiceCues::setEnabled(bool on)
{
    m_enabled = on;
    if (on)
        ensureEngine();
    else if (m_engine)
        m_engine->stop(QTextToSpeech::BoundaryHint::Immediate);
}

bool VoiceCues::isEnabled() const
{
    return m_enabled;
}

void VoiceCues::say(const QString &text)
{
    if (!m_enabled || text.trimmed().isEmpty() || !ensureEngine())
        return;
    // A cue that is late is wrong: the new one replaces whatever is still being said.
    if (m_engine->state() == QTextToSpeech::Speaking || m_engine->state() == QTextToSpeech::Paused)
        m_engine->stop(QTextToSpeech::BoundaryHint::Immediate);
    m_engine->say(text);
}

bool VoiceCues::ensureEngine()
{
    if (m_engine)
        return true;
    if (!isAvailable())
        return false;
    // An engine with a voice in the interface's language (flite first: offline, and the one Debian packages, but
    // English only). Spanish cues read by an English voice would be worse than none.
    const QLocale::Language wanted = QLocale(language::current()).language();
    QStringList engines = QTextToSpeech::availableEngines();
    const QString flite = u"flite"_s;
    if (engines.removeAll(flite) > 0)
        engines.prepend(flite);
    QString lastError;
    for (const QString &name : engines) {
        auto *engine = new QTextToSpeech(name, this);
        // An engine that could not start says so at once (flite: "No audio device available"), before any signal
        // could be connected.
        if (engine->state() == QTextToSpeech::Error || engine->errorReason() != QTextToSpeech::ErrorReason::NoError) {
            lastError = engine->errorString();
            delete engine;
            continue;
        }
        for (const QLocale &locale : engine->availableLocales()) {
            if (locale.language() == wanted) {
                engine->setLocale(locale);
                m_engine = engine;
                break;
            }
        }
        if (m_engine)
            break;
        delete engine;
    }
    if (!m_engine) {
        if (!lastError.isEmpty()) {
            fail(lastError);
        } else {
            m_failure = tr("No voice here speaks %1.").arg(QLocale(language::current()).nativeLanguageName());
            emit becameUnavailable(m_failure);
        }
        return false;
    }
    connect(m_engine, &QTextToSpeech::errorOccurred, this,
        [this](QTextToSpeech::ErrorReason, const QString &message) { fail(message); });
    connect(m_engine, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Error)
            fail(m_engine ? m_engine->errorString() : QString());
    });
    return true;
}

void VoiceCues::fail(const QString &reason)
{
    if (!m_failure.isEmpty())
        return;
    m_failure = reason.isEmpty() ? tr("The speech engine stopped working.")
                                 : tr("The speech engine stopped working (%1).").arg(reason);
    if (m_engine) {
        // This may run inside one of the engine's own signals: delete it once that has returned.
        m_engine->disconnect(this);
        m_engine->deleteLater();
        m_engine = nullptr;
    }
    emit becameUnavailable(m_failure);
}

QString spokenNumber(int n)
{
    static const std::array<QString, 20> ones{u"zero"_s, u"one"_s, u"two"_s, u"three"_s, u"four"_s, u"five"_s, u"six"_s,
        u"seven"_s, u"eight"_s, u"nine"_s, u"ten"_s, u"eleven"_s, u"twelve"_s, u"thirteen"_s, u"fourteen"_s,
        u"fifteen"_s, u"sixteen"_s, u"seventeen"_s, u"eighteen"_s, u"nineteen"_s};
    static const std::array<QString, 10> tens{QString(), QString(), u"twenty"_s, u"thirty"_s, u"forty"_s, u"fifty"_s,
        u"sixty"_s, u"seventy"_s, u"eighty"_s, u"ninety"_s};

    // Words for English (flite reads "20" as "two zero" at times); other languages' voices read digits well.
    if (n < 0 || n > 999 || language::current() != u"en"_s)
        return QString::number(n);
    const auto below100 = [&](int v) -> QString {
        if (v < 20)
            return ones.at(static_cast<std::size_t>(v));
        const QString &ten = tens.at(static_cast<std::size_t>(v / 10));
        return v % 10 == 0 ? ten : ten + u'-' + ones.at(static_cast<std::size_t>(v % 10));
    };
    if (n < 100)
        return below100(n);
    const QString hundreds = ones.at(static_cast<std::size_t>(n / 100)) + u" hundred"_s;
    return n % 100 == 0 ? hundreds : hundreds + u" and "_s + below100(n % 100);
}

} // namespace lumbar::ui
