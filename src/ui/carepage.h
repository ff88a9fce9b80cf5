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
    SafeTextBrowser *browser() const { return m_browser; }

signals:
    void exerciseLinkClicked(const QString &exerciseId);

private:
    std::shared_ptr<const ContentBank> m_bank;
    SafeTextBrowser *m_browser;
};

} // namespace lumbar::ui
