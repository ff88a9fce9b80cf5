#include "remindertray.h"

#include "reminders.h"
#include "ui/widgets/icons.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

ReminderTray::ReminderTray(Reminders *reminders, QObject *parent)
    : QObject(parent)
    , m_reminders(reminders)
    , m_menu(new QMenu)
{
    setObjectName(u"reminderTray"_s);
    m_menu->setObjectName(u"trayMenu"_s);
    QAction *open = m_menu->addAction(tr("Open Lumbar Relief"), this, &ReminderTray::openRequested);
    open->setObjectName(u"trayOpen"_s);
    m_start = m_menu->addAction(
        tr("Start the routine"), this, [this] { emit startRequested(m_reminders->settings().routineId); });
    m_start->setObjectName(u"trayStart"_s);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"), this, &ReminderTray::quitRequested);
    quit->setObjectName(u"trayQuit"_s);
    connect(m_reminders, &Reminders::due, this, &ReminderTray::remind);
}

ReminderTray::~ReminderTray()
{
    delete m_icon;
    delete m_menu;
}

bool ReminderTray::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool ReminderTray::isShown() const
{
    return m_icon && m_icon->isVisible();
}

void ReminderTray::setRoutineName(const QString &name)
{
    m_routineName = name;
    m_start->setText(name.isEmpty() ? tr("Start the routine") : tr("Start %1").arg(name));
    if (m_icon)
        m_icon->setToolTip(tr("Lumbar Relief: reminders for %1").arg(name));
}

void ReminderTray::refresh()
{
    const bool wanted = m_reminders->isOn() && isAvailable();
    if (wanted && !m_icon) {
        m_icon = new QSystemTrayIcon(icons::appIcon());
        m_icon->setContextMenu(m_menu);
        m_icon->setToolTip(tr("Lumbar Relief: reminders for %1").arg(m_routineName));
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit openRequested();
        });
        // A click on the reminder starts the routine it was for.
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
            emit startRequested(m_remindedRoutine.isEmpty() ? m_reminders->settings().routineId : m_remindedRoutine);
        });
    }
    if (m_icon)
        m_icon->setVisible(wanted);
}

void ReminderTray::showMessage(const QString &title, const QString &text)
{
    if (isShown())
        m_icon->showMessage(title, text, icons::appIcon(), 30'000);
}

QString ReminderTray::reminderTitle() const
{
    return tr("Time for your exercises");
}

QString ReminderTray::reminderText() const
{
    return m_routineName.isEmpty() ? tr("Click to start.") : tr("%1: click to start.").arg(m_routineName);
}

void ReminderTray::remind(const QString &routineId)
{
    m_remindedRoutine = routineId;
    showMessage(reminderTitle(), reminderText());
}

} // namespace lumbar::ui
