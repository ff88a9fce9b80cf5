// RedFlagCheckDialog: the warning-signs questions with Yes / No for each, the most serious first, and what to do now
// as soon as any answer is yes. The answers are kept (SafetyState) and gate the player.
#pragma once

#include <QDialog>

#include <functional>

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
    // Taking back a "yes" that holds the routines (or clearing every answer while one does) unlocks them: asked
    // first, so a stray arrow key or click cannot. `take` runs only when the user says so.
    bool holdsRoutines() const;
    void askBeforeUnlocking(const QString &text, const QString &confirm, std::function<void()> take);

    SafetyState *m_safety;
    UrgentNotice *m_notice;
    std::vector<std::pair<QString, QButtonGroup *>> m_groups; // red flag id → its Yes/No pair
};

} // namespace lumbar::ui
