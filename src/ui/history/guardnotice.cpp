#include "guardnotice.h"

#include "legextentpicker.h"
#include "ui/care/regionsetting.h"
#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/contentbank.h"

using namespace Qt::StringLiterals;

namespace lumbar::ui {

GuardNotice::GuardNotice(QWidget *parent)
    : SafetyFrame(u"guardNotice"_s, parent)
    , m_stop(new QPushButton(tr("Stop the routine"), this))
    , m_goOn(new QPushButton(tr("Go on to the next exercise"), this))
{
    setAccessibleName(tr("Stop and talk to your therapist"));
    m_stop->setObjectName(u"guardStopButton"_s);
    m_stop->setProperty("primary", true);
    m_goOn->setObjectName(u"guardGoOnButton"_s);
    buttonRow()->addWidget(m_goOn);
    buttonRow()->addWidget(m_stop);
    hide();
    connect(m_stop, &QPushButton::clicked, this, [this] {
        hide();
        emit stopRoutine();
    });
    connect(m_goOn, &QPushButton::clicked, this, [this] {
        hide();
        emit goOn();
    });
}

void GuardNotice::showVerdict(const GuardVerdict &verdict, const QStringList &exercises,
    std::optional<LegExtent> baseline, std::optional<LegExtent> now, bool midSession)
{
    const QString names = QLocale().createSeparatedList(exercises);
    titleLabel()->setText(exercises.size() == 1 ? tr("Stop %1 and talk to your therapist").arg(names)
                                                : tr("Stop this routine and talk to your therapist"));
    QStringList paragraphs;
    if (verdict.spread && baseline && now)
        paragraphs << tr("Your symptoms now reach %1; before, they reached %2. Symptoms spreading further down the "
                         "leg are a sign to stop, not to push on.")
                          .arg(LegExtentPicker::reachPhrase(*now), LegExtentPicker::reachPhrase(*baseline));
    if (verdict.numbnessOrWeakness)
        paragraphs << tr("You noticed new numbness or weakness. That is a sign to stop, not to push on.");
    if (paragraphs.isEmpty())
        paragraphs << tr("You stopped %1 because it made your symptoms worse.").arg(names);
    paragraphs << (exercises.size() == 1
            ? tr("Do not do %1 again until your therapist has looked at it. It is marked in your history and in "
                 "the library, and your routines leave it out.")
                  .arg(names)
            : tr("Talk to your therapist before you do this routine again. The exercises you did (%1) are marked in "
                 "your history and in the library, and your routines leave them out.")
                  .arg(names));
    // The numbers of the reader's region, from the bank; without one, the generic phrases.
    const ContentBank empty;
    const ContentBank &bank = m_bank ? *m_bank : empty;
    paragraphs << tr("If you have numbness between your legs or around your bottom, cannot control your bladder or "
                     "bowels, or both legs are weak, get emergency help now: %1.")
                      .arg(region::emergencyPhrase(bank));
    paragraphs
        << tr("If numbness or weakness gets worse quickly, get advice today: %1.").arg(region::urgentPhrase(bank));
    textLabel()->setText(paragraphs.join(u"\n\n"_s));
    m_stop->setVisible(midSession);
    m_goOn->setVisible(midSession);
    show();
}

} // namespace lumbar::ui
