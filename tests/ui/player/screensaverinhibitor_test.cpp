// ScreenSaverInhibitor: quiet failure without a bus, and the real calls against a fake org.freedesktop.ScreenSaver
// on a private bus (a dbus-daemon of the test's own, when the machine has one).
#include "testsupport.h"

#include "ui/player/screensaverinhibitor.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lumbar::ui;
using lumbar::ui::test::MessageRecorder;

namespace {

const QString kService = u"org.freedesktop.ScreenSaver"_s;

// What a fake service was asked, read from the test's thread while the service answers on its own.
struct Calls
{
    QStringList inhibits; // "application|reason"
    QList<uint> uninhibits;
};

// The fake org.freedesktop.ScreenSaver, living in a thread of its own: the inhibitor's calls block the test's thread
// until answered. A virtual object (it handles the raw messages), so the test needs no moc; one that does not answer
// stands for a hung desktop component.
class FakeScreenSaver : public QDBusVirtualObject
{
public:
    enum class Answers { Yes, Never };

    explicit FakeScreenSaver(Answers answers = Answers::Yes)
        : m_answers(answers)
    {
    }

    Calls calls() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_calls;
    }

    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        const QMutexLocker lock(&m_mutex);
        const QList<QVariant> args = message.arguments();
        if (message.interface() != kService)
            return false;
        if (message.member() == u"Inhibit"_s && message.signature() == u"ss"_s) {
            m_calls.inhibits << args.at(0).toString() + u'|' + args.at(1).toString();
            const auto cookie = 41 + static_cast<uint>(m_calls.inhibits.size()); // 42, 43, …
            if (m_answers == Answers::Yes)
                connection.send(message.createReply(QVariant::fromValue(cookie)));
            return true;
        }
        if (message.member() == u"UnInhibit"_s && message.signature() == u"u"_s) {
            m_calls.uninhibits << args.at(0).toUInt();
            if (m_answers == Answers::Yes)
                connection.send(message.createReply());
            return true;
        }
        return false;
    }

private:
    const Answers m_answers;
    mutable QMutex m_mutex;
    Calls m_calls;
};

// A dbus-daemon of the test's own, with a client connection (the inhibitor's) and a service connection (the fake's,
// whose object lives in a thread of its own).
class ScreenSaverInhibitorBus : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        if (daemon.isEmpty())
            GTEST_SKIP() << "needs dbus-daemon (Debian package dbus-daemon)";
        ASSERT_TRUE(m_dir.isValid());
        const QString config = m_dir.filePath(u"bus.conf"_s);
        QFile file(config);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        // A bare session bus: no activatable services, anyone may own any name.
        QByteArray text = R"(<busconfig>
  <type>session</type>
  <listen>unix:dir=)";
        text += QFile::encodeName(m_dir.path());
        text += R"(</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";
        ASSERT_EQ(file.write(text), text.size());
        file.close();

        // Its stderr is kept for a failure message: as root in a container it always complains that it cannot raise
        // its file limit, which is noise.
        m_daemon.start(daemon, {u"--config-file="_s + config, u"--nofork"_s, u"--nopidfile"_s, u"--print-address"_s});
        ASSERT_TRUE(m_daemon.waitForStarted(10000));
        while (!m_daemon.canReadLine())
            ASSERT_TRUE(m_daemon.waitForReadyRead(10000))
                << "dbus-daemon printed no address: " << m_daemon.readAllStandardError().toStdString();
        const QString address = QString::fromUtf8(m_daemon.readLine()).trimmed();

        m_client = std::make_unique<QDBusConnection>(QDBusConnection::connectToBus(address, u"lumbar-test-client"_s));
        m_service = std::make_unique<QDBusConnection>(QDBusConnection::connectToBus(address, u"lumbar-test-service"_s));
        ASSERT_TRUE(m_client->isConnected()) << m_client->lastError().message().toStdString();
        ASSERT_TRUE(m_service->isConnected()) << m_service->lastError().message().toStdString();
        m_thread.start();
    }

    void TearDown() override
    {
        if (m_service) {
            m_service->unregisterService(kService);
            for (const QString &path : m_registered)
                m_service->unregisterObject(path);
        }
        m_thread.quit();
        m_thread.wait();
        m_objects.clear(); // the thread has stopped, so nothing can be delivering to them now
        m_client.reset();
        m_service.reset();
        QDBusConnection::disconnectFromBus(u"lumbar-test-client"_s);
        QDBusConnection::disconnectFromBus(u"lumbar-test-service"_s);
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            if (!m_daemon.waitForFinished(10000))
                m_daemon.kill();
            m_daemon.waitForFinished(10000);
        }
    }

    // Serves a fake at each path, and takes the service name.
    FakeScreenSaver *serve(const QStringList &paths, FakeScreenSaver::Answers answers = FakeScreenSaver::Answers::Yes)
    {
        auto object = std::make_unique<FakeScreenSaver>(answers);
        object->moveToThread(&m_thread);
        for (const QString &path : paths) {
            EXPECT_TRUE(m_service->registerVirtualObject(path, object.get())) << path.toStdString();
            m_registered << path;
        }
        EXPECT_TRUE(m_service->registerService(kService));
        auto *raw = object.get();
        m_objects.push_back(std::move(object));
        return raw;
    }

    QDBusConnection &client() { return *m_client; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QThread m_thread;
    std::unique_ptr<QDBusConnection> m_client;
    std::unique_ptr<QDBusConnection> m_service;
    std::vector<std::unique_ptr<QObject>> m_objects;
    QStringList m_registered;
};

} // namespace

TEST(ScreenSaverInhibitor, FalseAndQuietWithoutABus)
{
    MessageRecorder recorder;
    {
        ScreenSaverInhibitor inhibitor(QDBusConnection(u"lumbar-test-never-connected"_s));
        inhibitor.release(); // before anything: safe
        EXPECT_FALSE(inhibitor.inhibit(u"Routine in progress"_s));
        EXPECT_FALSE(inhibitor.isInhibited());
        EXPECT_FALSE(inhibitor.inhibit(u"Routine in progress"_s));
        inhibitor.release();
        inhibitor.release();
        EXPECT_FALSE(inhibitor.isInhibited());
    } // and the destructor's release
    EXPECT_TRUE(recorder.messages().isEmpty()) << recorder.messages().join(u'\n').toStdString();
}

TEST(ScreenSaverInhibitor, UsesTheSessionBusWhenThereIsOne)
{
    ScreenSaverInhibitor inhibitor;
    const bool inhibited = inhibitor.inhibit(u"Routine in progress"_s);
    EXPECT_EQ(inhibited, inhibitor.isInhibited());
    if (!QDBusConnection::sessionBus().isConnected()) {
        EXPECT_FALSE(inhibited); // as here and in CI
    }
    inhibitor.release();
    EXPECT_FALSE(inhibitor.isInhibited());
}

TEST_F(ScreenSaverInhibitorBus, InhibitsAndReleasesThroughTheService)
{
    auto *service = serve({u"/org/freedesktop/ScreenSaver"_s});
    ScreenSaverInhibitor inhibitor(client());
    ASSERT_TRUE(inhibitor.inhibit(u"Routine in progress"_s));
    EXPECT_TRUE(inhibitor.isInhibited());
    EXPECT_EQ(
        service->calls().inhibits, QStringList{QGuiApplication::applicationDisplayName() + u"|Routine in progress"_s});

    // Idempotent: no second inhibition to forget about.
    EXPECT_TRUE(inhibitor.inhibit(u"Another reason"_s));
    EXPECT_EQ(service->calls().inhibits.size(), 1);

    // The call waits for the answer, so the service has it when release() returns.
    inhibitor.release();
    EXPECT_FALSE(inhibitor.isInhibited());
    EXPECT_EQ(service->calls().uninhibits, QList<uint>{42});
    inhibitor.release();
    EXPECT_EQ(service->calls().uninhibits.size(), 1);

    // Again, with the new cookie, released by the destructor.
    {
        ScreenSaverInhibitor again(client());
        ASSERT_TRUE(again.inhibit(u"Routine in progress"_s));
    }
    EXPECT_EQ(service->calls().uninhibits, (QList<uint>{42, 43}));
}

TEST_F(ScreenSaverInhibitorBus, TriesTheShortPathToo)
{
    auto *service = serve({u"/ScreenSaver"_s});
    ScreenSaverInhibitor inhibitor(client());
    ASSERT_TRUE(inhibitor.inhibit(u"Routine in progress"_s));
    inhibitor.release();
    EXPECT_EQ(service->calls().inhibits.size(), 1);
    EXPECT_EQ(service->calls().uninhibits, QList<uint>{42});
}

TEST_F(ScreenSaverInhibitorBus, FalseWhenNoScreenSaverIsOnTheBus)
{
    MessageRecorder recorder;
    ScreenSaverInhibitor inhibitor(client());
    EXPECT_FALSE(inhibitor.inhibit(u"Routine in progress"_s));
    EXPECT_FALSE(inhibitor.isInhibited());
    inhibitor.release();
    EXPECT_TRUE(recorder.messages().isEmpty()) << recorder.messages().join(u'\n').toStdString();
}

TEST_F(ScreenSaverInhibitorBus, AHungServiceCostsOneTimeoutAtMost)
{
    auto *service = serve({u"/org/freedesktop/ScreenSaver"_s, u"/ScreenSaver"_s}, FakeScreenSaver::Answers::Never);
    ScreenSaverInhibitor inhibitor(client());
    inhibitor.setCallTimeout(100);
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(inhibitor.inhibit(u"Routine in progress"_s));
    EXPECT_LT(timer.elapsed(), 5000); // one timeout of 100 ms, with a wide margin for a loaded machine
    EXPECT_FALSE(inhibitor.isInhibited());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !service->calls().inhibits.isEmpty(); }, 5000));
    // One call only: after no answer, the other path is not tried (it would cost a second timeout).
    EXPECT_EQ(service->calls().inhibits.size(), 1);
}
