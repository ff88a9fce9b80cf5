#include "wrappingcheckbox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>

namespace lumbar::ui {

WrappingCheckBox::WrappingCheckBox(const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_box(new QCheckBox(this))
    , m_label(new QLabel(text, this))
{
    // The box carries the sentence for screen readers; the label only shows it.
    m_box->setAccessibleName(text);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setBuddy(m_box);
    m_label->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_box, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
}

bool WrappingCheckBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton && m_box->isEnabled()) {
        m_box->click();
        m_box->setFocus(Qt::MouseFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lumbar::ui
