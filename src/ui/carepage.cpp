#include "carepage.h"

#include "detailpagebuilder.h"
#include "safetextbrowser.h"

#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

CarePage::CarePage(QWidget *parent)
    : QWidget(parent)
    , m_browser(new SafeTextBrowser(this))
{
    setObjectName(u"carePage"_s);
    m_browser->setObjectName(u"careBrowser"_s);
    m_browser->setAccessibleName(tr("Symptoms and care"));
    m_browser->document()->setDefaultStyleSheet(DetailPageBuilder::styleSheet());
    m_browser->document()->setDocumentMargin(28);
    QFont font = m_browser->font();
    font.setPointSizeF(font.pointSizeF() * 1.12);
    m_browser->setFont(font);
    // Long lines are hard to read; keep the page to a comfortable measure and centre it.
    m_browser->setMaximumWidth(980);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addStretch(0);
    layout->addWidget(m_browser, 1);
    layout->addStretch(0);

    connect(m_browser, &SafeTextBrowser::internalLinkClicked, this, [this](const QString &target, const QString &id) {
        if (target == u"exercise"_s)
            emit exerciseLinkClicked(id);
    });
}

void CarePage::setBank(std::shared_ptr<const ContentBank> bank)
{
    m_bank = std::move(bank);
    m_rendered = false;
    if (isVisible())
        render();
}

SafeTextBrowser *CarePage::browser()
{
    render();
    return m_browser;
}

void CarePage::showEvent(QShowEvent *event)
{
    render();
    QWidget::showEvent(event);
}

void CarePage::render()
{
    if (m_rendered)
        return;
    m_rendered = true;
    m_browser->setHtml(m_bank ? DetailPageBuilder(*m_bank).carePage() : QString());
}

} // namespace lumbar::ui
