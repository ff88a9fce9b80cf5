#include "aboutdialog.h"

#include "ui/text/detailpagebuilder.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/safetextbrowser.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

AboutDialog::AboutDialog(const ContentBank &bank, QWidget *parent)
    : QDialog(parent)
    , m_browser(new SafeTextBrowser(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Lumbar Relief"));
    resize(680, 600);

    auto *icon = new QLabel(this);
    icon->setPixmap(icons::appIcon().pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);

    m_browser->setObjectName(u"aboutBrowser"_s);
    m_browser->setAccessibleDescription(tr("What the app is, its version, and the sources of its content."));
    m_browser->setAccessibleName(tr("About Lumbar Relief"));
    m_browser->document()->setDefaultStyleSheet(DetailPageBuilder::styleSheet());
    m_browser->document()->setDocumentMargin(16);
    m_browser->setHtml(DetailPageBuilder(bank).aboutPage(QStringLiteral(LUMBAR_VERSION)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this window"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
}

} // namespace lumbar::ui
