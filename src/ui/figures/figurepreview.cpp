#include "figurepreview.h"

#include "figureview.h"

#include <QGridLayout>
#include <QString>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

FigurePreview::FigurePreview(QWidget *parent, const Clock *clock)
    : QWidget(parent)
    , m_view(new FigureView(this))
    , m_play(new QToolButton(this))
    , m_timer(new QTimer(this))
    , m_clock(Clock::orSystem(clock))
{
    m_play->setObjectName(QStringLiteral("showMovementButton"));
    m_play->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_play->setCursor(Qt::PointingHandCursor);
    m_play->setFocusPolicy(Qt::StrongFocus);
    // The button sits in the figure's top corner: the figure stands or lies on its mat at the bottom, and its head and
    // limbs keep to the middle.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 0, 0);
    layout->addWidget(m_play, 0, 0, Qt::AlignRight | Qt::AlignTop);
    // About thirty frames a second while it plays; nothing at all while it is still.
    m_timer->setInterval(33);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &FigurePreview::advance);
    connect(m_play, &QToolButton::clicked, this, [this] { setPlaying(!isPlaying()); });
    updateButton();
}

void FigurePreview::setExercise(const Exercise *exercise)
{
    setPlaying(false);
    const bool has = exercise && exercise->figure;
    m_view->setFigure(has ? exercise->figure : std::nullopt);
    if (has) {
        m_motion = exercise->figure->motion;
        const std::optional<Sides> sides = exercise->dosage.sides;
        m_style.bothSides = sides == Sides::EachSide || sides == Sides::Alternate;
        m_style.pauses = !exercise->dosage.durationMinutes; // walking and pedalling just keep going
    } else {
        m_motion.reset();
    }
    // A figure that does not move has nothing to play.
    m_play->setVisible(m_motion && previewPeriod(*m_motion, m_style) > 0);
    setVisible(has);
}

bool FigurePreview::isPlaying() const
{
    return m_timer->isActive();
}

void FigurePreview::setPlaying(bool on)
{
    on = on && m_motion && previewPeriod(*m_motion, m_style) > 0;
    if (on == isPlaying())
        return;
    if (on) {
        m_started = m_clock.steady();
        m_timer->start();
        advance();
    } else {
        m_timer->stop();
        if (m_motion)
            m_view->setPose(m_motion->holdPose(), false);
    }
    updateButton();
}

void FigurePreview::advance()
{
    if (!m_motion || !isPlaying())
        return;
    const double seconds = std::chrono::duration<double>(m_clock.steady() - m_started).count();
    const FigureShot shot = previewAt(*m_motion, seconds, m_style);
    m_view->setPose(shot.pose, shot.otherSide);
}

void FigurePreview::hideEvent(QHideEvent *event)
{
    setPlaying(false); // no drawing for a page nobody sees
    QWidget::hideEvent(event);
}

void FigurePreview::updateButton()
{
    const bool playing = isPlaying();
    // The play and stop marks are text, so they take the button's colour in every scheme (the style's icons are
    // black, lost on a dark button).
    m_play->setText((playing ? u"■  "_s + tr("Stop") : u"▶  "_s + tr("Show the movement")));
    m_play->setAccessibleName(playing ? tr("Stop showing the movement") : tr("Show the movement"));
    m_play->setToolTip(playing ? tr("Stop the figure and show the held position")
                               : tr("Play the movement in a loop, on both sides where it has them"));
}

} // namespace lumbar::ui
