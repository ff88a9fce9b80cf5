// RedFlagCheckDialog: the warning-signs questions with Yes / No for each, the most serious first, and what to do now
// as soon as any answer is yes. The answers are kept (SafetyState) and gate the player.
#pragma once

#include <QDialog>

class QButtonGroup;

namespace lumbar::ui {

class SafetyState;
class UrgentNotice;

class RedFlagCheckDialog : public QDialog
{
    Q_OBJECT

public:
    RedFlagCheckDialog(SafetyState *safety, QWidget *parent = nullptr);

    UrgentNotice *notice() const { return m_notice; }

private:
    void syncButtons();

    SafetyState *m_safety;
    UrgentNotice *m_notice;
    std::vector<std::pair<QString, QButtonGroup *>> m_groups; // red flag id → its Yes/No pair
};

} // namespace lumbar::ui
