#include "carepage.h"

#include "ui/widgets/theme.h"

#include "redflagcheckdialog.h"
#include "regionsetting.h"
#include "safetystate.h"
#include "symptomguidepanel.h"
#include "ui/text/detailpagebuilder.h"
#include "ui/widgets/safetextbrowser.h"
#include "urgentnotice.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

CarePage::CarePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"carePage"_s);
}

void CarePage::build()
{
    if (m_tabs)
        return;
    m_tabs = new QTabWidget(this);
    m_guide = new SymptomGuidePanel(this);
    m_browser = new SafeTextBrowser(this);
    m_notice = new UrgentNotice(this);
    m_check = new QPushButton(tr("Check for warning signs…"), this);
    m_browser->setObjectName(u"careBrowser"_s);
    m_browser->setAccessibleDescription(
        tr("The common causes of sciatica and what helps, with the sources. Tab moves between its links."));
    m_browser->setAccessibleName(tr("Symptoms and care"));
    m_browser->document()->setDefaultStyleSheet(DetailPageBuilder::styleSheet());
    m_browser->document()->setDocumentMargin(28);
    theme::setRelativeFont(m_browser, 1.12);
    // Long lines are hard to read; keep the page to a comfortable measure and centre it.

    m_check->setObjectName(u"redFlagCheckButton"_s);
    m_check->setProperty("primary", true);
    m_check->setMinimumHeight(38);
    m_check->setToolTip(tr("Answer the warning-sign questions: if any answer is yes, you will see what to do now"));
    m_check->setEnabled(m_safety != nullptr);
    connect(m_check, &QPushButton::clicked, this, &CarePage::openCheck);

    m_tabs->setObjectName(u"careTabs"_s);
    // With large text the tabs may not fit and the bar shows arrows to scroll them; say what they do.
    for (auto *arrow : m_tabs->tabBar()->findChildren<QToolButton *>())
        arrow->setAccessibleDescription(tr("Shows the tabs that do not fit"));
    m_tabs->tabBar()->setAccessibleDescription(
        tr("Left and Right switch between the symptoms guide and the conditions and care notes."));
    m_tabs->addTab(m_guide, tr("Symptoms guide"));
    m_tabs->addTab(m_browser, tr("Conditions && care notes"));
    m_tabs->setTabToolTip(0, tr("Mark where you feel it and what it feels like"));
    m_tabs->setTabToolTip(1, tr("Warning signs, the common causes of a pinched nerve, and what helps"));
    // The check applies to both tabs, so it sits on the tab bar rather than inside one of them.
    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 2);
    m_check->setMinimumHeight(0);
    cornerLayout->addWidget(m_check);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);
    // The warning signs give the numbers of the reader's region.
    connect(region::Notifier::instance(), &region::Notifier::changed, this, [this] {
        m_rendered = false;
        if (isVisible())
            render();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_browser)
            render();
    });

    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(m_notice);
    column->addWidget(m_tabs, 1);
    auto *centred = new QWidget(this);
    centred->setLayout(column);
    centred->setMaximumWidth(1180);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addStretch(0);
    layout->addWidget(centred, 1);
    layout->addStretch(0);
    // Built while the page is being shown, the new children would otherwise stay hidden.
    centred->show();

    connect(m_browser, &SafeTextBrowser::internalLinkClicked, this, [this](const QString &target, const QString &id) {
        if (target == u"exercise"_s)
            emit exerciseLinkClicked(id);
    });
    connect(m_guide, &SymptomGuidePanel::exerciseLinkClicked, this, &CarePage::exerciseLinkClicked);
    connect(m_guide, &SymptomGuidePanel::routineLinkClicked, this, &CarePage::routineLinkClicked);
    connect(m_guide, &SymptomGuidePanel::careLinkClicked, this, &CarePage::showCareNote);
    connect(m_guide, &SymptomGuidePanel::checkRequested, this, &CarePage::openCheck);
    m_guide->setBank(m_bank);
    m_guide->setFlags(m_flags);
    if (m_safety) {
        m_notice->setSafety(m_safety);
        m_guide->setSafety(m_safety);
    }
}

UrgentNotice *CarePage::notice()
{
    build();
    return m_notice;
}

SymptomGuidePanel *CarePage::guide()
{
    build();
    return m_guide;
}

QTabWidget *CarePage::tabs()
{
    build();
    return m_tabs;
}

void CarePage::showCareNote(const QString &anchor)
{
    build();
    render();
    m_tabs->setCurrentWidget(m_browser);
    m_browser->scrollToAnchor(anchor);
}

void CarePage::showGuide()
{
    build();
    m_tabs->setCurrentWidget(m_guide);
}

void CarePage::setBank(std::shared_ptr<const ContentBank> bank)
{
    m_bank = std::move(bank);
    m_rendered = false;
    if (!m_tabs)
        return;
    m_guide->setBank(m_bank);
    if (isVisible())
        render();
}

void CarePage::setFlags(std::vector<ExerciseFlag> flags)
{
    m_flags = std::move(flags);
    if (m_guide)
        m_guide->setFlags(m_flags);
}

void CarePage::setSafety(SafetyState *safety)
{
    m_safety = safety;
    if (!m_tabs)
        return;
    m_notice->setSafety(safety);
    m_guide->setSafety(safety);
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
    build();
    render();
    return m_browser;
}

void CarePage::showEvent(QShowEvent *event)
{
    build();
    render();
    QWidget::showEvent(event);
}

void CarePage::render()
{
    build();
    if (m_rendered)
        return;
    m_rendered = true;
    m_browser->setHtml(m_bank ? DetailPageBuilder(*m_bank).carePage() : QString());
}

} // namespace lumbar::ui
