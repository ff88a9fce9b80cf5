// SoundCues: silent and idle without an audio output (as here and in CI), and bundled sounds that are short, clean
// beeps Qt can decode.
#include "testsupport.h"

#include "ui/player/soundcues.h"

#include <QAudioDevice> // QMediaDevices lists them but does not include it (Qt 6.4)
#include <QElapsedTimer>
#include <QFile>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace lumbar::ui;
using lumbar::ui::test::MessageRecorder;
using Beep = SoundCues::Beep;

namespace {

constexpr std::array kAllBeeps{Beep::HoldStart, Beep::Countdown, Beep::HoldEnd};

bool machineHasSound()
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

// Pretends there is an audio output, to check what is (or is not) set up when there is one.
class SoundCuesWithOutput : public SoundCues
{
protected:
    bool hasAudioOutput() const override { return true; }
};

class SoundCuesWithoutSound : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Qt's own one-time message about the sound server ("PulseAudioService: pa_context_connect() failed")
        // comes out here, before the tests record what SoundCues itself prints.
        if (machineHasSound())
            GTEST_SKIP() << "this machine has an audio output; these tests are about one without";
    }
};

// The samples and format of a 16-bit PCM WAV file, read the plain way (RIFF chunks).
struct Wav
{
    int channels = 0;
    int rate = 0;
    int bits = 0;
    std::vector<qint16> samples;
};

// The little-endian unsigned number of `width` bytes at `at` (the caller has checked the bounds).
quint32 littleEndian(const QByteArray &bytes, qsizetype at, int width)
{
    quint32 value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = (value << 8) | static_cast<quint8>(bytes.at(at + i));
    return value;
}

Wav readWav(const QByteArray &bytes)
{
    Wav wav;
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return wav;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const auto size = static_cast<qsizetype>(littleEndian(bytes, at + 4, 4));
        const qsizetype body = at + 8;
        if (body + size > bytes.size())
            break;
        if (id == "fmt " && size >= 16) {
            if (littleEndian(bytes, body, 2) != 1) // PCM
                return {};
            wav.channels = static_cast<int>(littleEndian(bytes, body + 2, 2));
            wav.rate = static_cast<int>(littleEndian(bytes, body + 4, 4));
            wav.bits = static_cast<int>(littleEndian(bytes, body + 14, 2));
        } else if (id == "data") {
            for (qsizetype i = 0; i + 1 < size; i += 2)
                wav.samples.push_back(static_cast<qint16>(littleEndian(bytes, body + i, 2)));
        }
        at = body + size + (size % 2);
    }
    return wav;
}

} // namespace

TEST_F(SoundCuesWithoutSound, UnavailableWithAReasonWithoutAnAudioOutput)
{
    MessageRecorder recorder;
    const SoundCues cues;
    EXPECT_FALSE(cues.isAvailable());
    EXPECT_EQ(cues.unavailableReason(), u"No sound output device was found."_s);
    EXPECT_TRUE(recorder.messages().isEmpty()) << recorder.messages().join(u'\n').toStdString();
}

TEST_F(SoundCuesWithoutSound, PlayDoesNothingAndReturnsAtOnceWithoutAnAudioOutput)
{
    MessageRecorder recorder;
    SoundCues cues;
    cues.setEnabled(true);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 100; ++i) {
        for (const Beep beep : kAllBeeps)
            cues.play(beep);
    }
    // Generous: 300 calls that do no audio work take microseconds, even under the sanitizers.
    EXPECT_LT(timer.elapsed(), 1000);
    // No sound effect (nor anything else) was created: no audio work at all.
    EXPECT_TRUE(cues.findChildren<QObject *>().isEmpty());
    EXPECT_TRUE(recorder.messages().isEmpty()) << recorder.messages().join(u'\n').toStdString();
}

TEST_F(SoundCuesWithoutSound, RemembersWhetherItIsEnabled)
{
    SoundCues cues;
    EXPECT_TRUE(cues.isEnabled()); // on until the player says otherwise
    cues.setEnabled(false);
    EXPECT_FALSE(cues.isEnabled());
    cues.play(Beep::HoldStart);
    EXPECT_FALSE(cues.isEnabled());
    cues.setEnabled(true);
    EXPECT_TRUE(cues.isEnabled());
    // Enabling does not make it available: there is still no output.
    EXPECT_FALSE(cues.isAvailable());
}

TEST(SoundCues, DisabledDoesNoAudioWorkEvenWithAnOutput)
{
    SoundCuesWithOutput cues;
    cues.setEnabled(false);
    for (const Beep beep : kAllBeeps)
        cues.play(beep);
    EXPECT_TRUE(cues.findChildren<QSoundEffect *>().isEmpty());
    EXPECT_TRUE(cues.isAvailable());
    EXPECT_TRUE(cues.unavailableReason().isEmpty());
}

TEST(SoundCues, BundledSoundsAreShortCleanMonoBeeps)
{
    qint64 totalBytes = 0;
    std::vector<std::size_t> lengths;
    for (const Beep beep : kAllBeeps) {
        const QString path = u':' + SoundCues::sourceOf(beep).path();
        SCOPED_TRACE(path.toStdString());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        totalBytes += bytes.size();
        const Wav wav = readWav(bytes);
        EXPECT_EQ(wav.channels, 1);
        EXPECT_EQ(wav.rate, 44100);
        EXPECT_EQ(wav.bits, 16);
        ASSERT_FALSE(wav.samples.empty());
        const double seconds = static_cast<double>(wav.samples.size()) / 44100.0;
        EXPECT_GE(seconds, 0.1);
        EXPECT_LE(seconds, 0.4);
        // Soft attack and release: silence at both ends, so the speaker does not click.
        EXPECT_LE(std::abs(wav.samples.front()), 64);
        EXPECT_LE(std::abs(wav.samples.back()), 64);
        // Loud enough to hear, with headroom (no clipping).
        int peak = 0;
        for (const qint16 sample : wav.samples)
            peak = std::max(peak, std::abs(static_cast<int>(sample)));
        EXPECT_GT(peak, 32767 / 5);
        EXPECT_LT(peak, 32767 * 9 / 10);
        lengths.push_back(wav.samples.size());
    }
    EXPECT_LT(totalBytes, 64 * 1024);
    // The countdown tick is the shortest, the end of a hold the longest.
    ASSERT_EQ(lengths.size(), 3U);
    EXPECT_LT(lengths[1], lengths[0]);
    EXPECT_LT(lengths[0], lengths[2]);
}

TEST(SoundCues, QtDecodesEveryBundledSound)
{
    // Loading needs no audio device (Qt prints "No audio device detected" here when there is none).
    for (const Beep beep : kAllBeeps) {
        SCOPED_TRACE(SoundCues::sourceOf(beep).toString().toStdString());
        QSoundEffect effect;
        effect.setSource(SoundCues::sourceOf(beep));
        EXPECT_TRUE(QTest::qWaitFor([&] { return effect.status() != QSoundEffect::Loading; }, 10000));
        EXPECT_EQ(effect.status(), QSoundEffect::Ready);
    }
}
