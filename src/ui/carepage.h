// CarePage: warning signs first, then conditions and care notes, as one readable page.
#pragma once

#include <QWidget>

#include <memory>

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class SafeTextBrowser;

class CarePage : public QWidget
{
    Q_OBJECT

public:
    explicit CarePage(QWidget *parent = nullptr);

    void setBank(std::shared_ptr<const ContentBank> bank);
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
    bool m_rendered = false;
};

} // namespace lumbar::ui
