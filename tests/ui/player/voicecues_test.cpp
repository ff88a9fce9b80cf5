// VoiceCues: silent and idle without an audio output (as here and in CI), an engine failure reported once, and
// numbers in words for the voice.
#include "testsupport.h"

#include "ui/player/voicecues.h"

#include <QAudioDevice> // QMediaDevices lists them but does not include it (Qt 6.4)
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTextToSpeech>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar::ui;
using lumbar::ui::test::MessageRecorder;

namespace {

bool machineHasSound()
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

// Pretends there is an audio output, so that the real engine is started on this machine without one.
class VoiceCuesWithOutput : public VoiceCues
{
protected:
    bool hasAudioOutput() const override { return true; }
};

class VoiceCuesWithoutSound : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Qt's own one-time message about the sound server comes out here, before the tests record messages.
        if (machineHasSound())
            GTEST_SKIP() << "this machine has an audio output; these tests are about one without";
    }
};

} // namespace

TEST_F(VoiceCuesWithoutSound, UnavailableWithAReasonWithoutAnAudioOutput)
{
    MessageRecorder recorder;
    VoiceCues voice;
    EXPECT_FALSE(voice.isAvailable());
    EXPECT_EQ(voice.unavailableReason(), u"No sound output device was found."_s);
    voice.setEnabled(true);
    EXPECT_FALSE(voice.isAvailable());
    EXPECT_TRUE(recorder.messages().isEmpty()) << recorder.messages().join(u'\n').toStdString();
}

TEST_F(VoiceCuesWithoutSound, SayDoesNothingAndReturnsAtOnceWithoutAnAudioOutput)
{
    MessageRecorder recorder;
    VoiceCues voice;
    QSignalSpy unavailable(&voice, &VoiceCues::becameUnavailable);
    voice.setEnabled(true);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 100; ++i)
        voice.say(u"Hold for twenty seconds"_s);
    EXPECT_LT(timer.elapsed(), 1000); // generous: no engine, so microseconds
    // No engine was created: not even the speech plugin was loaded for an instance.
    EXPECT_TRUE(voice.findChildren<QObject *>().isEmpty());
    // Known up front, so not a change to announce: the player asks isAvailable().
    EXPECT_EQ(unavailable.count(), 0);
    EXPECT_TRUE(recorder.messages().isEmpty()) << recorder.messages().join(u'\n').toStdString();
}

TEST_F(VoiceCuesWithoutSound, RemembersWhetherItIsEnabled)
{
    VoiceCues voice;
    EXPECT_TRUE(voice.isEnabled());
    voice.setEnabled(false);
    EXPECT_FALSE(voice.isEnabled());
    voice.say(u"Rest"_s);
    EXPECT_FALSE(voice.isEnabled());
    voice.setEnabled(true);
    EXPECT_TRUE(voice.isEnabled());
    EXPECT_FALSE(voice.isAvailable());
}

TEST(VoiceCues, DisabledDoesNoSpeechWorkEvenWithAnOutput)
{
    VoiceCuesWithOutput voice;
    QSignalSpy unavailable(&voice, &VoiceCues::becameUnavailable);
    voice.setEnabled(false);
    voice.say(u"Hold for twenty seconds"_s);
    EXPECT_TRUE(voice.findChildren<QObject *>().isEmpty());
    EXPECT_EQ(unavailable.count(), 0);
}

TEST_F(VoiceCuesWithoutSound, AnEngineThatFailsMakesItUnavailableOnce)
{
    if (!QTextToSpeech::availableEngines().contains(u"flite"_s))
        GTEST_SKIP() << "needs the flite engine (qt6-speech-flite-plugin)";
    // The system claims an output, but flite finds no device: the engine cannot start.
    VoiceCuesWithOutput voice;
    EXPECT_TRUE(voice.isAvailable());
    QSignalSpy unavailable(&voice, &VoiceCues::becameUnavailable);
    voice.setEnabled(true);
    ASSERT_EQ(unavailable.count(), 1);
    const QString reason = unavailable.first().first().toString();
    EXPECT_TRUE(reason.startsWith(u"The speech engine stopped working"_s)) << reason.toStdString();
    EXPECT_FALSE(voice.isAvailable());
    EXPECT_EQ(voice.unavailableReason(), reason);

    // Nothing more is tried, and nothing more is announced.
    for (int i = 0; i < 5; ++i) {
        voice.say(u"Hold for twenty seconds"_s);
        voice.setEnabled(false);
        voice.setEnabled(true);
    }
    EXPECT_EQ(unavailable.count(), 1);
    EXPECT_FALSE(voice.isAvailable());
    // The failed engine is deleted once control returns to the event loop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(voice.findChildren<QTextToSpeech *>().isEmpty());
}

struct NumberCase
{
    int number;
    const char *words;
};

// Shown in test listings (and so in ctest's names) instead of the struct's bytes.
void PrintTo(const NumberCase &number, std::ostream *os)
{
    *os << number.number << " \"" << number.words << '"';
}

class SpokenNumber : public ::testing::TestWithParam<NumberCase>
{
};

// Test names from the number ("n35", "minus20"), not from the struct's bytes.
std::string nameOf(const ::testing::TestParamInfo<NumberCase> &param)
{
    const int n = param.param.number;
    return n < 0 ? "minus" + std::to_string(-n) : "n" + std::to_string(n);
}

TEST_P(SpokenNumber, SaysTheNumber)
{
    EXPECT_EQ(spokenNumber(GetParam().number), QString::fromUtf8(GetParam().words));
}

INSTANTIATE_TEST_SUITE_P(Words, SpokenNumber,
    ::testing::Values(NumberCase{0, "zero"}, NumberCase{1, "one"}, NumberCase{5, "five"}, NumberCase{10, "ten"},
        NumberCase{11, "eleven"}, NumberCase{12, "twelve"}, NumberCase{13, "thirteen"}, NumberCase{15, "fifteen"},
        NumberCase{18, "eighteen"}, NumberCase{19, "nineteen"}, NumberCase{20, "twenty"}, NumberCase{21, "twenty-one"},
        NumberCase{30, "thirty"}, NumberCase{35, "thirty-five"}, NumberCase{40, "forty"}, NumberCase{45, "forty-five"},
        NumberCase{50, "fifty"}, NumberCase{60, "sixty"}, NumberCase{72, "seventy-two"}, NumberCase{88, "eighty-eight"},
        NumberCase{90, "ninety"}, NumberCase{99, "ninety-nine"}, NumberCase{100, "one hundred"},
        NumberCase{101, "one hundred and one"}, NumberCase{110, "one hundred and ten"},
        NumberCase{115, "one hundred and fifteen"}, NumberCase{120, "one hundred and twenty"},
        NumberCase{180, "one hundred and eighty"}, NumberCase{200, "two hundred"},
        NumberCase{305, "three hundred and five"}, NumberCase{999, "nine hundred and ninety-nine"}),
    nameOf);

INSTANTIATE_TEST_SUITE_P(Digits, SpokenNumber,
    ::testing::Values(NumberCase{1000, "1000"}, NumberCase{3600, "3600"}, NumberCase{-1, "-1"}, NumberCase{-20, "-20"}),
    nameOf);

TEST(SpokenNumbers, EveryNumberUpTo999IsDistinctWords)
{
    const QRegularExpression words(u"^[a-z]+(-[a-z]+)?( [a-z]+)*( and [a-z]+(-[a-z]+)?)?$"_s);
    QSet<QString> seen;
    for (int n = 0; n <= 999; ++n) {
        const QString spoken = spokenNumber(n);
        EXPECT_TRUE(words.match(spoken).hasMatch()) << n << ": " << spoken.toStdString();
        EXPECT_EQ(spoken.contains(u" and "_s), n > 100 && n % 100 != 0) << n;
        seen.insert(spoken);
    }
    EXPECT_EQ(seen.size(), 1000);
}
