// AboutDialog: version, the medical notice and every source the content bank cites, with links.
#pragma once

#include <QDialog>

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class SafeTextBrowser;

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const ContentBank &bank, QWidget *parent = nullptr);

private:
    SafeTextBrowser *m_browser;
};

} // namespace lumbar::ui
