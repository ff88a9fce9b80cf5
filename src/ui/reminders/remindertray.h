// ReminderTray: the tray icon while reminders are on — a menu to open the app, start the routine or quit, and each
// reminder as a tray message that starts the routine when clicked. The app keeps running in the tray when its
// window is closed, so the reminders still come; on a desktop without a tray the window shows them instead.
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace lumbar::ui {

class Reminders;

class ReminderTray : public QObject
{
    Q_OBJECT

public:
    explicit ReminderTray(Reminders *reminders, QObject *parent = nullptr);
    ~ReminderTray() override;

    // Whether this desktop has a tray at all (offscreen and some window managers have none).
    static bool isAvailable();
    // Shown while reminders are on and there is a tray.
    bool isShown() const;
    // The reminded routine's name, for the menu and the messages.
    void setRoutineName(const QString &name);
    // Follows the reminders' settings: shows or hides the icon.
    void refresh();
    // A message from the tray icon (a no-op without one).
    void showMessage(const QString &title, const QString &text);

    QMenu *menu() const { return m_menu; }
    QAction *startAction() const { return m_start; }
    // What a reminder says: "Time for your exercises" and "NHS-style sciatica stretches: click to start".
    QString reminderTitle() const;
    QString reminderText() const;

signals:
    void openRequested();
    void startRequested(const QString &routineId);
    void quitRequested();

private:
    void remind(const QString &routineId);

    Reminders *m_reminders;
    QSystemTrayIcon *m_icon = nullptr; // made when first shown
    QMenu *m_menu;
    QAction *m_start;
    QString m_routineName;
    QString m_remindedRoutine;
};

} // namespace lumbar::ui
