// CarePage: warning signs first, then conditions and care notes, as one readable page.
#pragma once

#include <QWidget>

class QPushButton;

#include <memory>

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class SafeTextBrowser;
class SafetyState;
class UrgentNotice;

class CarePage : public QWidget
{
    Q_OBJECT

public:
    explicit CarePage(QWidget *parent = nullptr);

    void setBank(std::shared_ptr<const ContentBank> bank);
    // The red-flag answers: the check button asks them, the notice shows what to do when any is yes.
    void setSafety(SafetyState *safety);
    // Opens the warning-signs questions (non-modal to the rest of the app's code: it uses open()).
    void openCheck();
    UrgentNotice *notice() const { return m_notice; }
    // The page, rendered now if it has not been yet.
    SafeTextBrowser *browser();

protected:
    // The page is long; it is rendered when first shown, not at start-up when the Library is on screen.
    void showEvent(QShowEvent *event) override;

signals:
    void exerciseLinkClicked(const QString &exerciseId);

private:
    void render();

    std::shared_ptr<const ContentBank> m_bank;
    SafeTextBrowser *m_browser;
    UrgentNotice *m_notice;
    QPushButton *m_check;
    SafetyState *m_safety = nullptr;
    bool m_rendered = false;
};

} // namespace lumbar::ui
