#include "screensaverinhibitor.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QGuiApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

const auto kService = u"org.freedesktop.ScreenSaver"_s;
const auto kInterface = u"org.freedesktop.ScreenSaver"_s;

// The spec's path first; some desktops (older KDE, a few others) only serve the short one.
QStringList objectPaths()
{
    return {u"/org/freedesktop/ScreenSaver"_s, u"/ScreenSaver"_s};
}

// The service is there but not at this path or without this method: worth trying the next path. Anything else (no
// service, no answer in time, refused) would only fail again, or take as long again.
bool tryNextPath(const QDBusMessage &reply)
{
    const QDBusError::ErrorType type = QDBusError(reply).type();
    return type == QDBusError::UnknownObject || type == QDBusError::UnknownMethod ||
        type == QDBusError::UnknownInterface;
}

} // namespace

ScreenSaverInhibitor::ScreenSaverInhibitor(QObject *parent)
    : QObject(parent)
{
}

ScreenSaverInhibitor::ScreenSaverInhibitor(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(std::make_unique<QDBusConnection>(bus))
{
}

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    release();
}

QDBusConnection ScreenSaverInhibitor::connection() const
{
    if (m_bus)
        return *m_bus;
    // Without an application object (an inhibitor outliving it) the session bus must not be touched: Qt would warn
    // and create a connection it cannot clean up.
    if (!QCoreApplication::instance())
        return QDBusConnection(QString());
    return QDBusConnection::sessionBus();
}

bool ScreenSaverInhibitor::inhibit(const QString &reason)
{
    if (m_inhibited)
        return true;
    const QDBusConnection bus = connection();
    if (!bus.isConnected())
        return false;
    const QString appName = QGuiApplication::applicationDisplayName();
    for (const QString &path : objectPaths()) {
        QDBusMessage call = QDBusMessage::createMethodCall(kService, path, kInterface, u"Inhibit"_s);
        call << appName << reason;
        const QDBusMessage reply = bus.call(call, QDBus::Block, m_timeoutMs);
        if (reply.type() == QDBusMessage::ReplyMessage && reply.arguments().size() == 1 &&
            reply.arguments().constFirst().metaType() == QMetaType::fromType<uint>()) {
            m_cookie = reply.arguments().constFirst().toUInt();
            m_path = path;
            m_inhibited = true;
            return true;
        }
        if (!tryNextPath(reply))
            break;
    }
    return false;
}

void ScreenSaverInhibitor::release()
{
    if (!m_inhibited)
        return;
    m_inhibited = false;
    const QDBusConnection bus = connection();
    if (!bus.isConnected())
        return; // the bus went away, and the service forgets a client that left
    QDBusMessage call = QDBusMessage::createMethodCall(kService, m_path, kInterface, u"UnInhibit"_s);
    call << m_cookie;
    // The answer does not matter, only that the call went out; the timeout keeps a hung bus from stalling us.
    bus.call(call, QDBus::Block, m_timeoutMs);
}

bool ScreenSaverInhibitor::isInhibited() const
{
    return m_inhibited;
}

void ScreenSaverInhibitor::setCallTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

} // namespace lumbar::ui
