#include "problemsbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

ProblemsBanner::ProblemsBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_show(new QPushButton(tr("Show problems"), this))
{
    setObjectName(u"problemsBanner"_s);
    m_text->setObjectName(u"problemsBannerText"_s);
    m_show->setObjectName(u"showProblemsButton"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // the folder path comes from the user
    m_icon->setAlignment(Qt::AlignTop);
    setAccessibleName(tr("Bank problems"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 10, 10);
    layout->setSpacing(12);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show, 0, Qt::AlignVCenter);

    connect(m_show, &QPushButton::clicked, this, &ProblemsBanner::showProblemsClicked);
    hide();
}

void ProblemsBanner::setProblemsShown(bool shown)
{
    const bool warningsOnly = property("severity").toString() == u"warning"_s;
    m_show->setText(shown ? (warningsOnly ? tr("Hide warnings") : tr("Hide problems")) : m_showText);
}

QString ProblemsBanner::message() const
{
    return m_text->text();
}

void ProblemsBanner::setProblems(
    const std::vector<Diagnostic> &diagnostics, bool usingUserBank, const QString &folder, bool keptLastGood)
{
    const int errors = countOf(diagnostics, Severity::Error);
    const int warnings = countOf(diagnostics, Severity::Warning);
    if (errors == 0 && warnings == 0) {
        hide();
        return;
    }
    const QString where = folder.isEmpty() ? tr("Your bank folder") : tr("Your bank folder (%1)").arg(folder);
    QString text;
    if (errors > 0 && keptLastGood) {
        text = tr("%1 now has %n error(s); its last version without errors is still in use until they are fixed.",
            nullptr, errors)
                   .arg(where);
        setProperty("severity", u"error"_s);
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(24, 24));
    } else if (errors > 0 || !usingUserBank) {
        const int total = errors + warnings;
        text = (total == 1 ? tr("%1 has 1 problem, so the built-in content is in use.").arg(where)
                           : tr("%1 has %2 problems, so the built-in content is in use.").arg(where).arg(total));
        setProperty("severity", u"error"_s);
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(24, 24));
    } else {
        text = (warnings == 1 ? tr("%1 is in use, with 1 warning.").arg(where)
                              : tr("%1 is in use, with %2 warnings.").arg(where).arg(warnings));
        setProperty("severity", u"warning"_s);
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(24, 24));
    }
    m_text->setText(text);
    m_showText = warnings > 0 && errors == 0 ? tr("Show warnings") : tr("Show problems");
    m_show->setText(m_showText);
    // The style sheet keys on the severity property; re-polish so the new colour applies.
    style()->unpolish(this);
    style()->polish(this);
    show();
}

} // namespace lumbar::ui
