#include "carepage.h"

#include "detailpagebuilder.h"
#include "redflagcheckdialog.h"
#include "safetextbrowser.h"
#include "safetystate.h"
#include "urgentnotice.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

CarePage::CarePage(QWidget *parent)
    : QWidget(parent)
    , m_browser(new SafeTextBrowser(this))
    , m_notice(new UrgentNotice(this))
    , m_check(new QPushButton(tr("Check for warning signs…"), this))
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

    m_check->setObjectName(u"redFlagCheckButton"_s);
    m_check->setProperty("primary", true);
    m_check->setMinimumHeight(38);
    m_check->setToolTip(tr("Answer the warning-sign questions: if any answer is yes, you will see what to do now"));
    m_check->setEnabled(false);
    connect(m_check, &QPushButton::clicked, this, &CarePage::openCheck);

    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    auto *top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(m_check);
    column->addLayout(top);
    column->addWidget(m_notice);
    column->addWidget(m_browser, 1);
    auto *centred = new QWidget(this);
    centred->setLayout(column);
    centred->setMaximumWidth(980);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addStretch(0);
    layout->addWidget(centred, 1);
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

void CarePage::setSafety(SafetyState *safety)
{
    m_safety = safety;
    m_notice->setSafety(safety);
    m_check->setEnabled(true);
}

void CarePage::openCheck()
{
    if (!m_safety)
        return;
    auto *dialog = new RedFlagCheckDialog(m_safety, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
