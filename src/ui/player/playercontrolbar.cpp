#include "playercontrolbar.h"

#include "ui/widgets/theme.h"

#include "playercontroller.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

QPushButton *button(QWidget *parent, const QString &objectName, const QString &text, QStyle::StandardPixmap icon,
    const QString &toolTip)
{
    auto *b = new QPushButton(parent->style()->standardIcon(icon), text, parent);
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
    , m_previous(button(this, u"previousButton"_s, tr("Previous"), QStyle::SP_MediaSkipBackward,
          tr("Go back to the previous exercise (Left arrow or Page Up)")))
    , m_restart(button(this, u"restartButton"_s, tr("Restart"), QStyle::SP_BrowserReload,
          tr("Start this exercise again from the beginning (R)")))
    , m_pause(button(this, u"pauseButton"_s, tr("Pause"), QStyle::SP_MediaPause, tr("Pause or carry on (Space)")))
    , m_next(button(this, u"nextButton"_s, tr("Next"), QStyle::SP_MediaSkipForward,
          tr("Start now, finish an open-ended step, or go on to the next exercise (Right arrow or Page Down)")))
    , m_addTime(
          button(this, u"addTimeButton"_s, tr("+15 s"), QStyle::SP_ArrowUp, tr("Add 15 seconds to this step (+)")))
    , m_stop(button(this, u"stopButton"_s, tr("Stop"), QStyle::SP_MediaStop, tr("End the routine now (Esc)")))
{
    setObjectName(u"playerControls"_s);
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(24, 8, 24, 12);
    rows->setSpacing(8);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(8);
    rows->addLayout(layout);
    auto *second = new QHBoxLayout; // the cue switches and Stop, when the text is too large for one row
    second->setSpacing(8);
    rows->addLayout(second);
    auto *end = new QHBoxLayout;
    end->setSpacing(8);
    layout->addWidget(m_previous);
    layout->addWidget(m_restart);
    layout->addStretch(1);
    layout->addWidget(m_pause);
    layout->addWidget(m_next);
    layout->addWidget(m_addTime);
    layout->addStretch(1);
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
        end->addWidget(m_sound);
        end->addWidget(m_voice);
        // The label says the state: a pressed-in look alone is easy to misread.
        const auto label = [this] {
            m_sound->setText(m_sound->isChecked() ? tr("Beeps on") : tr("Beeps off"));
            m_voice->setText(m_voice->isChecked() ? tr("Voice on") : tr("Voice off"));
        };
        connect(m_sound, &QToolButton::toggled, this, &PlayerControlBar::soundToggled);
        connect(m_voice, &QToolButton::toggled, this, &PlayerControlBar::voiceToggled);
        connect(m_sound, &QToolButton::toggled, this, label);
        connect(m_voice, &QToolButton::toggled, this, label);
        label();
    }
    end->addWidget(m_stop);
    layout->addLayout(end);
    // One row, or the switches and Stop on a second row at large text sizes, so the bar fits the window.
    const auto arrange = [layout, second, end] {
        const bool twoRows = theme::textScale() > 110;
        if (twoRows == (end->parent() == second))
            return;
        (twoRows ? layout : second)->removeItem(end);
        end->setParent(nullptr);
        if (twoRows) {
            if (second->count() == 0)
                second->addStretch(1);
            second->addLayout(end);
        } else {
            layout->addLayout(end);
        }
    };
    arrange();
    connect(theme::Notifier::instance(), &theme::Notifier::changed, this, arrange);
    m_pause->setProperty("primary", true);
    m_pause->setMinimumWidth(130);

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
    add(QKeySequence(Qt::Key_Space), &PlayerController::togglePause);
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
        m_pause->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    } else {
        m_pause->setText(state == SessionState::Ready ? tr("Start") : tr("Resume"));
        m_pause->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    }
}

} // namespace lumbar::ui
