#include "safetyframe.h"

#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

SafetyFrame::SafetyFrame(const QString &name, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(name);
    restyle();
    connect(theme::Notifier::instance(), &theme::Notifier::changed, this, &SafetyFrame::restyle);
    m_title->setObjectName(name + u"Title"_s);
    m_title->setWordWrap(true);
    theme::setRelativeFont(m_title, 1.3, true);
    m_text->setObjectName(name + u"Text"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons->addStretch(1);
    m_layout->setContentsMargins(16, 12, 16, 12);
    m_layout->setSpacing(6);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_text);
    m_layout->addLayout(m_buttons);
}

void SafetyFrame::setCalm(bool calm)
{
    if (calm == m_calm)
        return;
    m_calm = calm;
    restyle();
}

void SafetyFrame::restyle()
{
    const QColor soft = m_calm ? theme::warningSoft() : theme::dangerSoft();
    const QColor strong = m_calm ? theme::warning() : theme::danger();
    setStyleSheet(
        u"QFrame#%4 { background: %1; border: 2px solid %2; border-radius: 10px; }"
        "QFrame#%4 QLabel { background: transparent; color: %3; }"
        "QLabel#%4Title { color: %2; }"_s.arg(soft.name(), strong.name(), theme::text().name(), objectName()));
}

void SafetyFrame::addAboveButtons(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_buttons), widget);
}

QString SafetyFrame::title() const
{
    return m_title->text();
}

QString SafetyFrame::text() const
{
    return m_text->text();
}

} // namespace lumbar::ui
