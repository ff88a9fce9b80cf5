#include "reminderbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

ReminderBanner::ReminderBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_start(new QPushButton(tr("Start now"), this))
    , m_later(new QPushButton(tr("Later"), this))
{
    setObjectName(u"reminderBanner"_s);
    setAccessibleName(tr("Reminder"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_start->setObjectName(u"reminderStart"_s);
    m_start->setProperty("primary", true);
    m_later->setObjectName(u"reminderLater"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_later);
    layout->addWidget(m_start);
    hide();
    connect(m_later, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_start, &QPushButton::clicked, this, [this] {
        hide();
        emit startRequested(m_routineId);
    });
}

void ReminderBanner::showReminder(const QString &routineId, const QString &name)
{
    m_routineId = routineId;
    m_text->setText(name.isEmpty() ? tr("Time for your exercises.") : tr("Time for your exercises: %1.").arg(name));
    m_start->setEnabled(!name.isEmpty());
    show();
}

QString ReminderBanner::text() const
{
    return m_text->text();
}

} // namespace lumbar::ui
