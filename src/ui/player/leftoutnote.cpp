#include "leftoutnote.h"

#include "ui/history/historytext.h"
#include "ui/text/uitext.h"
#include "ui/widgets/theme.h"

#include "core/contentbank.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

LeftOutNote::LeftOutNote(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Exercises left out"));
    setStyleSheet(u"QLabel#%1 { background: %2; border: 2px solid %3; border-radius: 6px; padding: 8px; }"_s.arg(
        objectName, theme::warningSoft().name(), theme::warning().name()));
    hide();
}

QString LeftOutNote::reasonText(FlagReason reason)
{
    switch (reason) {
    case FlagReason::Spread:
        return tr("your symptoms spread further down your leg");
    case FlagReason::NumbnessOrWeakness:
        return tr("you had new numbness or weakness");
    case FlagReason::MadeWorse:
        break;
    }
    return tr("it made your symptoms worse");
}

void LeftOutNote::showMarks(const std::vector<ExerciseFlag> &marks, const ContentBank &bank, bool nothingLeft)
{
    if (marks.empty()) {
        hide();
        return;
    }
    QStringList lines;
    lines << (nothingLeft       ? tr("Every exercise of this routine is marked, so there is nothing to play until your "
                                           "therapist has looked at them:")
            : marks.size() == 1 ? tr("Left out until your therapist has looked at it:")
                                : tr("Left out until your therapist has looked at them:"));
    for (const ExerciseFlag &mark : marks) {
        const Exercise *exercise = bank.exercise(mark.exerciseId);
        const QString name = exercise ? qs(exercise->name) : qs(mark.exerciseId);
        const QString day = QLocale().toString(HistoryText::date(mark.day), u"d MMMM"_s);
        lines << tr("•  %1: on %2 %3.").arg(name, day, reasonText(mark.reason));
    }
    lines << tr("When your therapist says an exercise is right for you, clear its mark in the library.");
    setText(lines.join(u'\n'));
    setAccessibleDescription(text());
    show();
}

void LeftOutNote::addLeftOut(const QString &reported, const QStringList &leftOut, bool today)
{
    const QString list = QLocale().createSeparatedList(leftOut);
    const QString line = today ? tr("Left out for the rest of today, to be safe, as the same kind of exercise as %1 "
                                    "(stretches and nerve glides "
                                    "count as one kind): %2.")
                                     .arg(reported, list)
                               : tr("Left out for the rest of this session, to be safe, as the same kind of exercise "
                                    "as %1 (stretches and nerve "
                                    "glides count as one kind): %2.")
                                     .arg(reported, list);
    setText(isHidden() ? line : text() + u"\n\n"_s + line);
    setAccessibleDescription(text());
    show();
}

} // namespace lumbar::ui
