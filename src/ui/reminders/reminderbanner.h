// ReminderBanner: a reminder shown in the window, for desktops without a system tray — "Time for your exercises:
// Desk break" with Start now and Later.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace lumbar::ui {

class ReminderBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReminderBanner(QWidget *parent = nullptr);

    // Shows the reminder for routine `routineId`, called `name`.
    void showReminder(const QString &routineId, const QString &name);
    QString text() const;

signals:
    void startRequested(const QString &routineId);

private:
    QLabel *m_text;
    QPushButton *m_start;
    QPushButton *m_later;
    QString m_routineId;
};

} // namespace lumbar::ui
