#include "urgentnotice.h"

#include "core/contentbank.h"
#include "regionsetting.h"
#include "safetystate.h"
#include "ui/text/uitext.h"
#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <set>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

UrgentNotice::UrgentNotice(QWidget *parent)
    : SafetyFrame(u"urgentNotice"_s, parent)
    , m_confirm(new QPushButton(tr("I have sought medical advice"), this))
{
    setAccessibleName(tr("Urgent care notice"));
    m_confirm->setObjectName(u"careConfirmButton"_s);
    // Said on purpose, with a click or Space: Enter pressed for something else must never unlock the routines.
    m_confirm->setAutoDefault(false);
    m_confirm->setToolTip(tr("Say that you have got medical help or advice for these signs. The player will then "
                             "let you start routines again."));
    buttonRow()->addWidget(m_confirm);
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
    connect(region::Notifier::instance(), &region::Notifier::changed, this, &UrgentNotice::refresh);
    refresh();
}

void UrgentNotice::refresh()
{
    const RedFlagScreen &screen = m_safety->screen();
    const std::optional<Urgency> level = screen.mostUrgent();
    setVisible(level.has_value());
    if (!level)
        return;
    // An appointment to book is advice, not an alarm.
    setCalm(*level == Urgency::SeeDoctor);
    switch (*level) {
    case Urgency::Emergency:
        titleLabel()->setText(tr("Get emergency help now"));
        break;
    case Urgency::Urgent:
        titleLabel()->setText(tr("Speak to a doctor today"));
        break;
    case Urgency::SeeDoctor:
        titleLabel()->setText(tr("See your doctor or physiotherapist"));
        break;
    }
    // What to do at the most urgent level, once per distinct action (a less urgent sign's "carry on gently" must not
    // follow "stop the exercises"); then every sign answered yes.
    QStringList lines;
    std::set<std::string> said;
    for (const RedFlag *flag : screen.positives())
        if (flag->urgency == *level && said.insert(flag->action.english()).second)
            lines << region::action(m_safety->bank(), *flag);
    lines << QString() << tr("You answered yes to:");
    for (const RedFlag *flag : screen.positives())
        lines << u"•  "_s + qs(flag->question);
    const bool locks = m_safety->screen().blocksExercise();
    if (!locks)
        lines << QString()
              << tr("You can go on with the exercises meanwhile. Stop any exercise that causes severe pain or makes "
                    "your symptoms spread further down your leg.");
    else if (m_safety->careConfirmed())
        lines << QString()
              << tr("You have said you sought medical advice. Stop any exercise that makes your symptoms "
                    "worse, and go back to your clinician if anything changes.");
    else
        lines << QString() << tr("Routines stay locked until you confirm that you have sought medical advice.");
    textLabel()->setText(lines.join(u'\n'));
    m_confirm->setVisible(locks && !m_safety->careConfirmed());
}

} // namespace lumbar::ui
