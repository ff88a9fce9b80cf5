// ScreenSaverInhibitor: keeps the screen from blanking while a routine runs (org.freedesktop.ScreenSaver over D-Bus,
// where there is one).
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QDBusConnection;

namespace lumbar::ui {

class ScreenSaverInhibitor : public QObject
{
    Q_OBJECT

public:
    // Long enough for any live screensaver service, short enough that a hung bus cannot stall the player.
    static constexpr int kDefaultCallTimeoutMs = 500;

    // Uses the session bus, looked up on the first inhibit().
    explicit ScreenSaverInhibitor(QObject *parent = nullptr);
    // Uses the given bus instead (tests: a private bus).
    explicit ScreenSaverInhibitor(const QDBusConnection &bus, QObject *parent = nullptr);
    ~ScreenSaverInhibitor() override; // releases

    ScreenSaverInhibitor(const ScreenSaverInhibitor &) = delete;
    ScreenSaverInhibitor &operator=(const ScreenSaverInhibitor &) = delete;

    // True if a screensaver service accepted it. Idempotent: true at once while inhibited (the first reason stays).
    // False, quietly, when there is no bus or no service, or the service does not answer in time.
    bool inhibit(const QString &reason);
    // Lets the screen blank again; safe to call at any time.
    void release();
    bool isInhibited() const;

    // How long one D-Bus call may take.
    void setCallTimeout(int milliseconds);

private:
    QDBusConnection connection() const;

    std::unique_ptr<QDBusConnection> m_bus; // null: the session bus
    QString m_path; // the object that accepted the inhibition
    uint m_cookie = 0;
    bool m_inhibited = false;
    int m_timeoutMs = kDefaultCallTimeoutMs;
};

} // namespace lumbar::ui
