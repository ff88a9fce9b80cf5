// UrgentNotice: the red box that says what to do now when the user has answered "yes" to a warning sign, with the
// button that confirms care has been sought. Shown by the warning-signs check, the Care page and the player.
#pragma once

#include "ui/widgets/safetyframe.h"

class QPushButton;

namespace lumbar::ui {

class SafetyState;

class UrgentNotice : public SafetyFrame
{
    Q_OBJECT

public:
    explicit UrgentNotice(QWidget *parent = nullptr);

    // Follows `safety` from now on; hidden while there is no "yes".
    void setSafety(SafetyState *safety);

private:
    void refresh();

    SafetyState *m_safety = nullptr;
    QPushButton *m_confirm;
};

} // namespace lumbar::ui
