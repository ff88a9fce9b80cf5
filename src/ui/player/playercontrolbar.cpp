#include "playercontrolbar.h"

#include "playercontroller.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

QPushButton *button(
    QWidget *parent, const QString &objectName, const QString &text, icons::Glyph glyph, const QString &toolTip)
{
    auto *b = new QPushButton(text, parent);
    b->setProperty("glyph", static_cast<int>(glyph));
    b->setObjectName(objectName);
    b->setToolTip(toolTip);
    b->setAccessibleDescription(toolTip);
    b->setMinimumHeight(38);
    return b;
}

} // namespace

PlayerControlBar::PlayerControlBar(PlayerController *controller, bool withSettings, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_previous(button(this, u"previousButton"_s, tr("Previous"), icons::Glyph::Previous,
          tr("Go back to the previous exercise (Left arrow or Page Up)")))
    , m_restart(button(this, u"restartButton"_s, tr("Restart"), icons::Glyph::Restart,
          tr("Start this exercise again from the beginning (R)")))
    , m_pause(button(this, u"pauseButton"_s, tr("Pause"), icons::Glyph::Pause, tr("Pause or carry on (Space)")))
    , m_next(button(this, u"nextButton"_s, tr("Next"), icons::Glyph::Next,
          tr("Start now, finish an open-ended step, or go on to the next exercise (Right arrow or Page Down)")))
    , m_addTime(
          button(this, u"addTimeButton"_s, tr("+15 s"), icons::Glyph::AddTime, tr("Add 15 seconds to this step (+)")))
    , m_stop(button(this, u"stopButton"_s, tr("Stop"), icons::Glyph::Stop, tr("End the routine now (Esc)")))
{
    setObjectName(u"playerControls"_s);
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(24, 8, 24, 12);
    rows->setSpacing(8);
    m_first = new QHBoxLayout;
    m_first->setSpacing(8);
    rows->addLayout(m_first);
    m_second = new QHBoxLayout; // the cue switches and Stop, when one row would not fit
    m_second->setSpacing(8);
    m_second->addStretch(1);
    rows->addLayout(m_second);
    m_end = new QHBoxLayout;
    m_end->setSpacing(8);
    m_first->addWidget(m_previous);
    m_first->addWidget(m_restart);
    m_first->addStretch(1);
    m_first->addWidget(m_pause);
    m_first->addWidget(m_next);
    m_first->addWidget(m_addTime);
    m_first->addStretch(1);
    if (withSettings) {
        const auto toggle = [this](const QString &name, const QString &text, const QString &tip) {
            auto *t = new QToolButton(this);
            t->setObjectName(name);
            t->setText(text);
            t->setCheckable(true);
            t->setChecked(true);
            t->setToolTip(tip);
            t->setAccessibleDescription(tip);
            t->setToolButtonStyle(Qt::ToolButtonTextOnly);
            t->setMinimumHeight(38);
            return t;
        };
        m_sound = toggle(
            u"soundToggle"_s, tr("Beeps"), tr("Beep when a hold starts, in its last three seconds and at its end"));
        m_voice = toggle(u"voiceToggle"_s, tr("Voice"), tr("Speak the cues aloud (\"Hold for 20 seconds\")"));
        m_end->addWidget(m_sound);
        m_end->addWidget(m_voice);
        // The label says the state: a pressed-in look alone is easy to misread.
        const auto label = [this] {
            m_sound->setText(m_sound->isChecked() ? tr("Beeps on") : tr("Beeps off"));
            m_voice->setText(m_voice->isChecked() ? tr("Voice on") : tr("Voice off"));
        };
        connect(m_sound, &QToolButton::toggled, this, &PlayerControlBar::soundToggled);
        connect(m_voice, &QToolButton::toggled, this, &PlayerControlBar::voiceToggled);
        connect(m_sound, &QToolButton::toggled, this, label);
        connect(m_voice, &QToolButton::toggled, this, label);
        connect(m_sound, &QToolButton::toggled, this, &PlayerControlBar::arrange);
        connect(m_voice, &QToolButton::toggled, this, &PlayerControlBar::arrange);
        label();
    }
    m_end->addWidget(m_stop);
    m_first->addLayout(m_end);
    m_pause->setProperty("primary", true);
    m_pause->setMinimumWidth(130);
    connect(theme::Notifier::instance(), &theme::Notifier::changed, this, &PlayerControlBar::paintIcons);

    connect(m_previous, &QPushButton::clicked, m_controller, &PlayerController::previous);
    connect(m_restart, &QPushButton::clicked, m_controller, &PlayerController::restartExercise);
    connect(m_pause, &QPushButton::clicked, m_controller, &PlayerController::togglePause);
    connect(m_next, &QPushButton::clicked, m_controller, &PlayerController::next);
    connect(m_addTime, &QPushButton::clicked, m_controller, [this] { m_controller->addTime(15); });
    connect(m_stop, &QPushButton::clicked, this, &PlayerControlBar::stopRequested);
    connect(m_controller, &PlayerController::changed, this, &PlayerControlBar::refresh);
    refresh();
}

void PlayerControlBar::installShortcuts(QWidget *scope, PlayerController *controller, std::function<void()> onEscape)
{
    const auto add = [&](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, scope);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(s, &QShortcut::activated, controller, slot);
    };
    // Space and Enter on a focused button press that button, as everywhere else: Space on the guard's "Stop the
    // routine" used to resume the session instead. Elsewhere Space pauses or carries on.
    const auto pressFocusedButton = [] {
        auto *button = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
        if (button && button->isEnabled() && button->isVisible())
            button->click();
        return button != nullptr;
    };
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), scope);
    space->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(space, &QShortcut::activated, controller, [controller, pressFocusedButton] {
        if (!pressFocusedButton())
            controller->togglePause();
    });
    for (const Qt::Key enter : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *press = new QShortcut(QKeySequence(enter), scope);
        press->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(press, &QShortcut::activated, scope, pressFocusedButton);
    }
    add(QKeySequence(Qt::Key_Right), &PlayerController::next);
    add(QKeySequence(Qt::Key_PageDown), &PlayerController::next);
    add(QKeySequence(Qt::Key_Left), &PlayerController::previous);
    add(QKeySequence(Qt::Key_PageUp), &PlayerController::previous);
    add(QKeySequence(Qt::Key_R), &PlayerController::restartExercise);
    add(QKeySequence(Qt::Key_Plus), [controller] { controller->addTime(15); });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), scope);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(escape, &QShortcut::activated, scope, std::move(onEscape));
}

void PlayerControlBar::setSoundChecked(bool on)
{
    if (m_sound)
        m_sound->setChecked(on);
}

void PlayerControlBar::setVoiceChecked(bool on)
{
    if (m_voice)
        m_voice->setChecked(on);
}

int PlayerControlBar::rowWidth(const QLayout *row) const
{
    int width = 0;
    int items = 0;
    for (int i = 0; i < row->count(); ++i) {
        QLayoutItem *item = row->itemAt(i);
        if (const QLayout *inner = item->layout()) {
            width += rowWidth(inner);
            ++items;
        } else if (const QWidget *w = item->widget()) {
            width += std::max(w->minimumSize().width(), w->minimumSizeHint().width());
            ++items;
        }
    }
    return width + std::max(0, items - 1) * row->spacing();
}

int PlayerControlBar::oneRowWidth() const
{
    const QMargins m = layout()->contentsMargins();
    return m.left() + m.right() + rowWidth(m_first) +
        (m_end->parent() == m_first ? 0 : m_first->spacing() + rowWidth(m_end));
}

QSize PlayerControlBar::minimumSizeHint() const
{
    // As narrow as the two-row arrangement: a one-row bar must never push the window past a small screen's edge,
    // where Stop would be out of reach.
    const QMargins m = layout()->contentsMargins();
    const int firstRow = rowWidth(m_first) - (m_end->parent() == m_first ? m_first->spacing() + rowWidth(m_end) : 0);
    const QSize laidOut = QWidget::minimumSizeHint();
    return {m.left() + m.right() + std::max(firstRow, rowWidth(m_end)), laidOut.height()};
}

void PlayerControlBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void PlayerControlBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        arrange();
}

// One row when the window has room for every button at its size; otherwise the cue switches and Stop move to a
// second row, so no button is ever squeezed or cut.
void PlayerControlBar::arrange()
{
    const bool twoRows = width() < oneRowWidth();
    if (twoRows == (m_end->parent() == m_second))
        return;
    (twoRows ? m_first : m_second)->removeItem(m_end);
    m_end->setParent(nullptr);
    (twoRows ? m_second : m_first)->addLayout(m_end);
    updateGeometry();
}

void PlayerControlBar::refresh()
{
    const bool has = m_controller->hasSession();
    const SessionState state = has ? m_controller->session().state() : SessionState::Ready;
    const bool active = state == SessionState::Running || state == SessionState::Paused;
    for (QPushButton *b : {m_previous, m_restart, m_next, m_addTime, m_stop})
        b->setEnabled(active);
    m_addTime->setEnabled(active && m_controller->session().phase().isTimed());
    m_pause->setEnabled(has && state != SessionState::Finished && state != SessionState::Stopped);
    if (state == SessionState::Running) {
        m_pause->setText(tr("Pause"));
        m_pause->setProperty("glyph", static_cast<int>(icons::Glyph::Pause));
    } else {
        m_pause->setText(state == SessionState::Ready ? tr("Start") : tr("Resume"));
        m_pause->setProperty("glyph", static_cast<int>(icons::Glyph::Play));
    }
    paintIcons();
    arrange(); // "Resume" is wider than "Pause"
}

// The controls' glyphs, drawn in the colour of each button's text: the main button's on the accent, the others'
// in the scheme's text colour; again whenever the scheme changes.
void PlayerControlBar::paintIcons()
{
    for (QPushButton *b : {m_previous, m_restart, m_pause, m_next, m_addTime, m_stop}) {
        const auto glyph = static_cast<icons::Glyph>(b->property("glyph").toInt());
        b->setIcon(icons::glyph(glyph, b->property("primary").toBool() ? theme::onAccent() : theme::text()));
    }
}

} // namespace lumbar::ui
