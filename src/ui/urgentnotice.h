// UrgentNotice: the red box that says what to do now when the user has answered "yes" to a warning sign, with the
// button that confirms care has been sought. Shown by the warning-signs check, the Care page and the player.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace lumbar::ui {

class SafetyState;

class UrgentNotice : public QFrame
{
    Q_OBJECT

public:
    explicit UrgentNotice(QWidget *parent = nullptr);

    // Follows `safety` from now on; hidden while there is no "yes".
    void setSafety(SafetyState *safety);
    QString title() const;
    QString text() const;
    QPushButton *confirmButton() const { return m_confirm; }

private:
    void refresh();

    SafetyState *m_safety = nullptr;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_confirm;
};

} // namespace lumbar::ui
