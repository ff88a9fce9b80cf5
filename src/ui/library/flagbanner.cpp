#include "flagbanner.h"

#include "ui/history/historytext.h"
#include "ui/history/legextentpicker.h"
#include "ui/widgets/wrappingcheckbox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

FlagBanner::FlagBanner(QWidget *parent)
    : SafetyFrame(u"flagBanner"_s, parent)
    , m_confirm(new WrappingCheckBox(tr("My therapist says this exercise is right for me now"), this))
    , m_clear(new QPushButton(tr("Clear the mark"), this))
{
    setAccessibleName(tr("This exercise is marked"));
    m_confirm->box()->setObjectName(u"flagConfirm"_s);
    m_confirm->box()->setAccessibleDescription(tr("Tick this once your therapist has said so; then the mark can be "
                                                  "cleared"));
    m_clear->setObjectName(u"flagClear"_s);
    m_clear->setEnabled(false);
    m_clear->setAccessibleDescription(tr("Takes the mark off this exercise; the history keeps what happened"));
    // On its own line, so the sentence can wrap in a narrow pane or at a large text size.
    addAboveButtons(m_confirm);
    buttonRow()->addWidget(m_clear);
    hide();
    connect(m_confirm->box(), &QCheckBox::toggled, m_clear, &QPushButton::setEnabled);
    connect(m_clear, &QPushButton::clicked, this, &FlagBanner::clearRequested);
}

void FlagBanner::showFlags(const QString &name, const std::vector<ExerciseFlag> &flags)
{
    m_confirm->box()->setChecked(false);
    if (flags.empty()) {
        hide();
        return;
    }
    const ExerciseFlag &latest = flags.back();
    const QString day = QLocale().toString(HistoryText::date(latest.day), u"d MMMM"_s);
    QString what;
    switch (latest.reason) {
    case FlagReason::Spread:
        what = latest.extent ? tr("On %1 your symptoms spread further down the leg after it, to %2.")
                                   .arg(day, LegExtentPicker::reachPhrase(*latest.extent))
                             : tr("On %1 your symptoms spread further down the leg after it.").arg(day);
        break;
    case FlagReason::NumbnessOrWeakness:
        what = tr("On %1 you had new numbness or weakness after it.").arg(day);
        break;
    case FlagReason::MadeWorse:
        what = tr("On %1 you stopped it because it made things worse.").arg(day);
        break;
    }
    if (flags.size() > 1)
        what += u" "_s + tr("It has been marked %1 times.").arg(flags.size());
    titleLabel()->setText(tr("Leave out %1 until you have talked to your therapist").arg(name));
    textLabel()->setText(what + u"\n\n"_s +
        tr("Symptoms moving further down the leg are a sign that an exercise is not right for you at the moment. "
           "Your therapist may change it or give you another. Once they say it is right for you, clear the mark."));
    show();
}

} // namespace lumbar::ui
