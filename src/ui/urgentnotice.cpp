#include "urgentnotice.h"

#include "core/contentbank.h"
#include "safetystate.h"
#include "theme.h"
#include "uitext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <set>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

UrgentNotice::UrgentNotice(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_confirm(new QPushButton(tr("I have sought medical advice"), this))
{
    setObjectName(u"urgentNotice"_s);
    setAccessibleName(tr("Urgent care notice"));
    setStyleSheet(u"QFrame#urgentNotice { background: %1; border: 2px solid %2; border-radius: 10px; }"
                  "QFrame#urgentNotice QLabel { background: transparent; color: %3; }"
                  "QLabel#urgentTitle { color: %2; }"_s.arg(
                      theme::dangerSoft().name(), theme::danger().name(), theme::text().name()));
    m_title->setObjectName(u"urgentTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setObjectName(u"urgentText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirm->setObjectName(u"careConfirmButton"_s);
    m_confirm->setToolTip(tr("Say that you have got medical help or advice for these signs. The player will then "
                             "let you start routines again."));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    hide();
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_safety)
            m_safety->confirmCareSought();
    });
}

void UrgentNotice::setSafety(SafetyState *safety)
{
    m_safety = safety;
    connect(m_safety, &SafetyState::changed, this, &UrgentNotice::refresh);
    refresh();
}

QString UrgentNotice::title() const
{
    return m_title->text();
}

QString UrgentNotice::text() const
{
    return m_text->text();
}

void UrgentNotice::refresh()
{
    const RedFlagScreen &screen = m_safety->screen();
    const std::optional<Urgency> level = screen.mostUrgent();
    setVisible(level.has_value());
    if (!level)
        return;
    switch (*level) {
    case Urgency::Emergency:
        m_title->setText(tr("Get emergency help now"));
        break;
    case Urgency::Urgent:
        m_title->setText(tr("Speak to a doctor today"));
        break;
    case Urgency::SeeDoctor:
        m_title->setText(tr("See your doctor or physiotherapist"));
        break;
    }
    // What to do, once per distinct action, most urgent first; then the signs it is about.
    QStringList lines;
    std::set<std::string> said;
    for (const RedFlag *flag : screen.positives())
        if (said.insert(flag->action.english()).second)
            lines << qs(flag->action);
    lines << QString() << tr("You answered yes to:");
    for (const RedFlag *flag : screen.positives())
        lines << u"•  "_s + qs(flag->question);
    if (m_safety->careConfirmed())
        lines << QString()
              << tr("You have said you sought medical advice. Stop any exercise that makes your symptoms "
                    "worse, and go back to your clinician if anything changes.");
    else
        lines << QString() << tr("Routines stay locked until you confirm that you have sought medical advice.");
    m_text->setText(lines.join(u'\n'));
    m_confirm->setVisible(!m_safety->careConfirmed());
}

} // namespace lumbar::ui
