// CarePage: the Symptoms & care section — the warning-signs check and its notice on top, then two tabs: the
// symptoms guide (body map → suggestions) and the conditions and care notes as one readable page.
#pragma once

#include "core/history.h"

#include <QWidget>

class QPushButton;
class QTabWidget;

#include <memory>
#include <vector>

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class SafeTextBrowser;
class SafetyState;
class SymptomGuidePanel;
class UrgentNotice;

class CarePage : public QWidget
{
    Q_OBJECT

public:
    explicit CarePage(QWidget *parent = nullptr);

    void setBank(std::shared_ptr<const ContentBank> bank);
    // The red-flag answers: the check button asks them, the notice shows what to do when any is yes.
    void setSafety(SafetyState *safety);
    // The user's standing marks, for the guide (which never suggests a marked exercise).
    void setFlags(std::vector<ExerciseFlag> flags);
    // Opens the warning-signs questions (non-modal to the rest of the app's code: it uses open()).
    void openCheck();
    // The page's parts, built now if the page has not been shown yet.
    UrgentNotice *notice();
    // The conditions and care notes page, rendered now if it has not been yet.
    SafeTextBrowser *browser();
    SymptomGuidePanel *guide();
    QTabWidget *tabs();
    // Shows the conditions and care notes tab at `anchor` ("condition-<id>", "treatment-<id>", "care-notes").
    void showCareNote(const QString &anchor);
    void showGuide();

protected:
    // The page is built, and its long care notes rendered, when first shown — not at start-up, when the Library is
    // on screen.
    void showEvent(QShowEvent *event) override;

signals:
    void exerciseLinkClicked(const QString &exerciseId);
    void routineLinkClicked(const QString &routineId);

private:
    void build();
    void render();

    std::shared_ptr<const ContentBank> m_bank;
    std::vector<ExerciseFlag> m_flags;
    QTabWidget *m_tabs = nullptr;
    SymptomGuidePanel *m_guide = nullptr;
    SafeTextBrowser *m_browser = nullptr;
    UrgentNotice *m_notice = nullptr;
    QPushButton *m_check = nullptr;
    SafetyState *m_safety = nullptr;
    bool m_rendered = false;
};

} // namespace lumbar::ui
