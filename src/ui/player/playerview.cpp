#include "playerview.h"

#include "countdownring.h"
#include "playercontroller.h"
#include "playertext.h"
#include "ui/figures/figureview.h"
#include "ui/text/uitext.h"
#include "ui/widgets/theme.h"

#include "core/figuretiming.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

// A translucent layer over the view that fades out: the flash. It never takes mouse events.
class FlashOverlay : public QWidget
{
public:
    explicit FlashOverlay(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        hide();
    }
    void setColor(const QColor &color)
    {
        m_color = color;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), m_color);
    }

private:
    QColor m_color;
};

QLabel *label(QWidget *parent, const char *objectName, bool wrap = false)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(objectName));
    l->setWordWrap(wrap);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QString outcomeMark(ItemOutcome outcome)
{
    switch (outcome) {
    case ItemOutcome::Done:
        return PlayerView::tr("Done");
    case ItemOutcome::Partial:
        return PlayerView::tr("Partly done");
    case ItemOutcome::Skipped:
        return PlayerView::tr("Skipped");
    case ItemOutcome::NotReached:
        return PlayerView::tr("Not reached");
    }
    return {};
}

// A symbol before each exercise in the summary, so the list reads at a glance.
QString outcomeSymbol(ItemOutcome outcome)
{
    switch (outcome) {
    case ItemOutcome::Done:
        return u"✓"_s;
    case ItemOutcome::Partial:
        return u"◐"_s;
    case ItemOutcome::Skipped:
        return u"–"_s;
    case ItemOutcome::NotReached:
        return u"·"_s;
    }
    return {};
}

// White on the phase colours; black on a light one (the high-contrast yellow), whichever reads.
QColor textOn(const QColor &background)
{
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

QColor PlayerView::phaseColor(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::GetReady:
        return QColor(0xb4, 0x6a, 0x00); // amber: not yet, read first
    case PhaseKind::MoveIntoPosition:
    case PhaseKind::Release:
        return QColor(0x2d, 0x6c, 0xa8); // blue: moving
    case PhaseKind::Hold:
    case PhaseKind::PacedRep:
    case PhaseKind::Activity:
    case PhaseKind::SelfPaced:
        return theme::accent(); // teal: the exercise itself
    case PhaseKind::RestBetweenReps:
    case PhaseKind::RestBetweenSets:
        return QColor(0x6b, 0x72, 0x80); // grey: rest
    case PhaseKind::SwitchSide:
        return QColor(0x7b, 0x4f, 0xa6); // purple: change sides
    }
    return theme::accent();
}

PlayerView::PlayerView(PlayerController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_stack(new QStackedWidget(this))
    , m_banner(new QFrame(this))
    , m_phaseTitle(label(this, "phaseTitle"))
    , m_position(label(this, "exercisePosition"))
    , m_exerciseTitle(label(this, "exerciseTitle", true))
    , m_phaseDetail(label(this, "phaseDetail"))
    , m_hint(label(this, "phaseHint", true))
    , m_paused(label(this, "pausedLabel"))
    , m_ring(new CountdownRing(this))
    , m_figure(new FigureView(this))
    , m_figureTimer(new QTimer(this))
    , m_stepsHeading(label(this, "stepsHeading"))
    , m_steps(new QListWidget(this))
    , m_stopRules(label(this, "stopRules", true))
    , m_note(label(this, "itemNote", true))
    , m_next(label(this, "upNext", true))
    , m_progress(new QProgressBar(this))
    , m_timeLeft(label(this, "timeLeft"))
    , m_summaryTitle(label(this, "summaryTitle", true))
    , m_summaryCounts(label(this, "summaryCounts", true))
    , m_summaryList(new QListWidget(this))
    , m_flash(new FlashOverlay(this))
    , m_flashAnimation(new QVariantAnimation(this))
{
    setObjectName(u"playerView"_s);
    setAccessibleName(tr("Routine player"));

    buildBanner();
    setUpWidgets();
    m_stack->addWidget(buildPlaying());
    m_stack->addWidget(buildSummary());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    setUpFlash();

    applyLayout();
    applyFonts();
    connect(theme::Notifier::instance(), &theme::Notifier::changed, this, [this] {
        applyFonts();
        refresh();
    });
    connect(m_controller, &PlayerController::changed, this, &PlayerView::refresh);
    connect(m_controller, &PlayerController::secondsChanged, this, &PlayerView::refreshTime);
    refresh();
}

// The banner: phase name on a band of the phase's colour, so get-ready and hold differ at a glance.
void PlayerView::buildBanner()
{
    m_banner->setObjectName(u"phaseBanner"_s);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(20, 10, 20, 10);
    bannerLayout->addWidget(m_phaseTitle, 1);
    bannerLayout->addWidget(m_paused);
    bannerLayout->addWidget(m_position);
    m_paused->setText(tr("Paused"));
    m_paused->hide();
}

void PlayerView::setUpWidgets()
{
    m_figure->hide();
    // Smooth movement needs more than the once-a-second tick, but only while the figure moves: a hold stays still
    // and costs nothing.
    m_figureTimer->setInterval(33);
    m_figureTimer->setTimerType(Qt::PreciseTimer);
    connect(m_figureTimer, &QTimer::timeout, this, &PlayerView::refreshFigure);
    m_ring->setObjectName(u"countdownRing"_s);
    m_ring->setAccessibleName(tr("Time left in this phase"));
    m_stepsHeading->setText(tr("Steps"));
    m_steps->setObjectName(u"stepList"_s);
    m_steps->setAccessibleName(tr("Steps of this exercise"));
    m_steps->setWordWrap(true);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_steps->setFrameShape(QFrame::NoFrame);
    m_steps->setSpacing(2);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setMinimumHeight(150);
    m_steps->viewport()->installEventFilter(this);
    m_stopRules->setProperty("role", u"stopRules"_s);
    m_progress->setObjectName(u"routineProgress"_s);
    m_progress->setAccessibleName(tr("Progress through the routine"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(10);
    m_hint->setProperty("muted", true);
    m_next->setProperty("muted", true);
    m_timeLeft->setProperty("muted", true);
}

// Left: what to do now. Right: how to do it, and when to stop. Below: what comes next and the way through.
QWidget *PlayerView::buildPlaying()
{
    auto *left = new QVBoxLayout;
    left->setSpacing(6);
    left->addWidget(m_exerciseTitle);
    left->addWidget(m_phaseDetail);
    // The figure beside the ring: what to do, and how long for.
    m_doing = new QHBoxLayout;
    m_doing->setSpacing(12);
    m_doing->addWidget(m_figure);
    m_doing->addWidget(m_ring);
    left->addLayout(m_doing, 1);
    left->addWidget(m_hint);
    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(m_stepsHeading);
    right->addWidget(m_steps, 1);
    right->addWidget(m_note);
    right->addWidget(m_stopRules);
    m_body = new QHBoxLayout;
    m_body->setSpacing(28);
    m_body->addLayout(left);
    m_body->addLayout(right);

    auto *footer = new QGridLayout;
    footer->addWidget(m_next, 0, 0);
    footer->addWidget(m_timeLeft, 0, 1, Qt::AlignRight);
    footer->addWidget(m_progress, 1, 0, 1, 2);

    auto *playing = new QWidget(this);
    auto *playingLayout = new QVBoxLayout(playing);
    playingLayout->setContentsMargins(24, 16, 24, 16);
    playingLayout->setSpacing(12);
    playingLayout->addLayout(m_body, 1);
    playingLayout->addLayout(footer);

    return playing;
}

// The end of a session: what was done, skipped, stopped or left out.
QWidget *PlayerView::buildSummary()
{
    auto *summary = new QWidget(this);
    summary->setObjectName(u"summaryPanel"_s);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(40, 30, 40, 20);
    summaryLayout->setSpacing(12);
    m_summaryList->setObjectName(u"summaryList"_s);
    m_summaryList->setAccessibleName(tr("Exercises in this session"));
    m_summaryList->setFocusPolicy(Qt::NoFocus);
    m_summaryList->setSelectionMode(QAbstractItemView::NoSelection);
    summaryLayout->addWidget(m_summaryTitle);
    summaryLayout->addWidget(m_summaryCounts);
    summaryLayout->addWidget(m_summaryList, 1);

    return summary;
}

// A brief flash of the phase's colour over the view when a phase begins.
void PlayerView::setUpFlash()
{
    m_flashAnimation->setDuration(450);
    m_flashAnimation->setStartValue(1.0);
    m_flashAnimation->setEndValue(0.0);
    m_flashAnimation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_flashAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        auto c = m_flash->property("base").value<QColor>();
        c.setAlphaF(static_cast<float>(0.35 * value.value<double>()));
        static_cast<FlashOverlay *>(m_flash)->setColor(c);
    });
    connect(m_flashAnimation, &QVariantAnimation::finished, m_flash, &QWidget::hide);
}

void PlayerView::setPresentation(bool on)
{
    m_presentation = on;
    applyLayout();
    applyFonts();
}

void PlayerView::applyLayout()
{
    // In the window the steps matter as much as the figure. On the big screen the room watches the figure, so it
    // takes the larger share: the left column widens and the figure gets most of it.
    m_body->setStretch(0, m_presentation ? 3 : 5);
    m_body->setStretch(1, m_presentation ? 2 : 6);
    m_doing->setStretch(0, m_presentation ? 5 : 3);
    m_doing->setStretch(1, 2);
}

void PlayerView::applyFonts()
{
    // Sizes go in a style sheet: with the application's style sheet in force, QWidget::setFont is overridden when
    // the widget is polished.
    const qreal scale = m_presentation ? presentationScale() : 1.0;
    const qreal base = QApplication::font().pointSizeF() > 0 ? QApplication::font().pointSizeF() : 10.0;
    const auto rule = [&](const char *name, qreal factor, bool bold = false) {
        return u"#%1 { font-size: %2pt; %3 }\n"_s.arg(QLatin1StringView(name))
            .arg(base * factor * scale, 0, 'f', 1)
            .arg(bold ? u"font-weight: 600;"_s : QString());
    };
    QString css = rule("phaseTitle", 2.1, true) + rule("pausedLabel", 1.5, true) + rule("exercisePosition", 1.1) +
        rule("exerciseTitle", 1.8, true) + rule("phaseDetail", 1.4) + rule("phaseHint", 1.15) +
        rule("stepsHeading", 1.15, true) + rule("stepList", 1.12) + rule("stopRules", 0.95) + rule("itemNote", 1.05) +
        rule("upNext", 1.1) + rule("timeLeft", 1.1, true) + rule("summaryTitle", 1.9, true) +
        rule("summaryCounts", 1.3) + rule("summaryList", 1.15);
    css += u"QLabel#phaseDetail { color: %1; }\n"_s.arg(theme::text().name());
    css += u"QLabel#phaseHint, QLabel#upNext, QLabel#timeLeft, QLabel#itemNote { color: %1; }\n"_s.arg(
        theme::mutedText().name());
    css += u"QLabel#stopRules { background: %1; border: 1px solid %3; border-radius: 8px; padding: 8px 10px; "
           "color: %2; }\n"_s.arg(theme::dangerSoft().name(), theme::text().name(), theme::danger().name());
    css += u"QLabel#itemNote { background: %1; border-radius: 8px; padding: 8px 12px; }\n"_s.arg(
        theme::accentSoft().name());
    css +=
        u"QListWidget#stepList, QListWidget#summaryList { background: %1; border: 1px solid %2; border-radius: 10px; "
        "padding: 6px; }\n"_s.arg(theme::surface().name(), theme::border().name());
    css += u"QListWidget#summaryList::item { padding: 6px 8px; }\n"_s;
    css += u"QListWidget#stepList::item { padding: 6px 8px; border-radius: 6px; color: %1; }\n"
           "QListWidget#stepList::item:selected { background: %2; color: %3; }\n"_s.arg(
               theme::text().name(), theme::accent().name(), theme::onAccent().name());
    css += u"QProgressBar#routineProgress { border: none; background: %1; border-radius: 4px; }\n"
           "QProgressBar#routineProgress::chunk { background: %2; border-radius: 4px; }\n"_s.arg(
               theme::border().name(), theme::accent().name());
    setStyleSheet(css);
    m_appliedScale = scale;
    m_progress->setFixedHeight(m_presentation ? 16 : 8);
}

void PlayerView::flash(const QColor &color)
{
    m_flash->setProperty("base", color);
    m_flash->setGeometry(rect());
    m_flash->raise();
    m_flash->show();
    m_flashAnimation->stop();
    m_flashAnimation->start();
}

bool PlayerView::isFlashing() const
{
    return m_flashAnimation->state() == QAbstractAnimation::Running;
}

qreal PlayerView::presentationScale() const
{
    // Type for the back of a room, but all of it still on one screen: from 1.3× on a 720-line projector to 2.4×
    // on a 4K screen.
    return std::clamp(height() / 600.0, 1.3, 2.4);
}

bool PlayerView::eventFilter(QObject *watched, QEvent *event)
{
    // When the list gets shorter (a narrow window, larger text) the step being done must stay in sight: once the
    // wrapped rows have their new heights, scroll to it again.
    if (watched == m_steps->viewport() && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (QListWidgetItem *current = m_steps->currentItem())
                    m_steps->scrollToItem(current);
            },
            Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void PlayerView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_flash->setGeometry(rect());
    if (m_presentation && std::abs(presentationScale() - m_appliedScale) > 0.05)
        applyFonts();
}

QString PlayerView::phaseTitle() const
{
    return m_phaseTitle->text();
}

QString PlayerView::phaseDetail() const
{
    return m_phaseDetail->text();
}

QString PlayerView::exerciseTitle() const
{
    return m_exerciseTitle->text();
}

bool PlayerView::showsSummary() const
{
    return m_stack->currentIndex() == 1;
}

void PlayerView::refresh()
{
    if (!m_controller->hasSession())
        return;
    const RoutineSession &session = m_controller->session();
    if (session.plan().items.empty())
        return;
    if (session.isOver()) {
        showSummary();
        return;
    }
    m_stack->setCurrentIndex(0);

    const SessionPlan &plan = session.plan();
    if (m_shownPlan != &plan || m_shownItem != session.itemIndex())
        showItem(session.itemIndex());

    const Phase &phase = session.phase();
    const bool ready = session.state() == SessionState::Ready;
    const QColor color = phaseColor(ready ? PhaseKind::GetReady : phase.kind);
    m_phaseTitle->setText(ready ? tr("Ready when you are") : PlayerText::phaseTitle(phase));
    m_banner->setStyleSheet(
        u"QFrame#phaseBanner { background: %1; } QLabel { color: %2; }"_s.arg(color.name(), textOn(color).name()));
    m_paused->setVisible(session.state() == SessionState::Paused);
    m_phaseDetail->setText(PlayerText::phaseDetail(phase));
    m_phaseDetail->setVisible(!m_phaseDetail->text().isEmpty());
    m_hint->setText(ready ? tr("Press Start (or Space) to begin.") : PlayerText::phaseHint(phase, session.item()));

    const int step = ready ? -1 : currentStepIndex(*session.item().exercise, phase);
    if (step >= 0 && step < m_steps->count()) {
        m_steps->setCurrentRow(step);
        m_steps->scrollToItem(m_steps->item(step));
    } else {
        m_steps->clearSelection();
        m_steps->setCurrentRow(-1);
    }
    for (int i = 0; i < m_steps->count(); ++i) {
        QFont f = m_steps->item(i)->font();
        f.setBold(i == step);
        m_steps->item(i)->setFont(f);
    }
    const QString next = PlayerText::upNext(session);
    m_next->setText(next.isEmpty() ? tr("Last exercise") : tr("Next: %1").arg(next));
    setAccessibleDescription(m_phaseTitle->text() + u". "_s + m_phaseDetail->text());
    refreshTime();
}

void PlayerView::refreshTime()
{
    if (!m_controller->hasSession() || m_controller->session().isOver())
        return;
    const RoutineSession &session = m_controller->session();
    if (session.plan().items.empty())
        return;
    const TimePoint now = m_controller->now();
    const Phase &phase = session.phase();
    const bool ready = session.state() == SessionState::Ready;
    const QColor color = phaseColor(ready ? PhaseKind::GetReady : phase.kind);
    if (ready) {
        m_ring->setState(1.0, PlayerText::clock(session.plan().total), tr("in all"), color);
    } else if (!phase.isTimed()) {
        m_ring->setState(1.0, PlayerText::clock(session.elapsedInPhase(now)), tr("so far"), color);
    } else {
        const Millis length = session.phaseLength();
        const Millis left = session.remainingInPhase(now);
        // The ring moves in whole seconds, in step with the number inside it.
        const double seconds = std::ceil(static_cast<double>(left.count()) / 1000.0);
        const double fraction = length.count() > 0 ? seconds * 1000.0 / static_cast<double>(length.count()) : 0.0;
        const int shown = static_cast<int>(seconds);
        const QString number = shown >= 60 ? PlayerText::clock(left) : QString::number(shown);
        m_ring->setState(
            fraction, number, shown >= 60 ? QString() : tr("second(s)", "under the ring's number", shown), color);
    }
    m_progress->setValue(static_cast<int>(session.progress(now) * 1000.0));
    m_timeLeft->setText(tr("%1 left").arg(PlayerText::clock(session.remainingInSession(now))));
    refreshFigure();
}

bool PlayerView::isAnimatingFigure() const
{
    return m_figureTimer->isActive();
}

void PlayerView::refreshFigure()
{
    const bool playing = m_controller->hasSession() && !m_controller->session().isOver() &&
        m_shownPlan == &m_controller->session().plan() && m_shownItem < m_controller->session().plan().items.size();
    const Exercise *exercise = playing ? m_controller->session().plan().items[m_shownItem].exercise : nullptr;
    if (!exercise || !exercise->figure || m_figure->isHidden()) {
        m_figureTimer->stop();
        return;
    }
    const RoutineSession &session = m_controller->session();
    const FigureMotion &motion = exercise->figure->motion;
    if (session.state() == SessionState::Ready) {
        m_figure->setPose(motion.startPose(), false);
        m_figureTimer->stop();
        return;
    }
    const TimePoint now = m_controller->now();
    const FigureShot shot = figureAt(motion, session.phase(), session.elapsedInPhase(now), session.phaseLength());
    m_figure->setPose(shot.pose, shot.otherSide);
    if (shot.moving && session.state() == SessionState::Running)
        m_figureTimer->start();
    else
        m_figureTimer->stop();
}

void PlayerView::showItem(std::size_t index)
{
    const RoutineSession &session = m_controller->session();
    const SessionPlan &plan = session.plan();
    m_shownPlan = &plan;
    m_shownItem = index;
    const PlanItem &item = plan.items[index];
    const Exercise &exercise = *item.exercise;
    m_exerciseTitle->setText(qs(exercise.name));
    m_figure->setFigure(exercise.figure);
    m_figure->setVisible(exercise.figure.has_value());
    m_position->setText(
        plan.items.size() > 1 ? tr("Exercise %1 of %2").arg(index + 1).arg(plan.items.size()) : QString());
    m_steps->clear();
    int number = 1;
    for (const LocalText &step : exercise.steps)
        new QListWidgetItem(u"%1.  %2"_s.arg(number++).arg(qs(step)), m_steps);
    QStringList rules;
    for (const LocalText &rule : exercise.stopRules)
        rules << u"•  "_s + qs(rule);
    m_stopRules->setText(rules.isEmpty() ? QString() : tr("Stop if…") + u"\n"_s + rules.join(u'\n'));
    m_stopRules->setVisible(!rules.isEmpty());
    m_note->setText(item.note ? qs(*item.note) : QString());
    m_note->setVisible(item.note.has_value());
}

void PlayerView::showSummary()
{
    const RoutineSession &session = m_controller->session();
    const SessionSummary s = session.summary();
    m_stack->setCurrentIndex(1);
    m_shownItem = static_cast<std::size_t>(-1);
    const bool finished = session.state() == SessionState::Finished;
    // After "This makes it worse" the session is not praised: it says what happened and what to do.
    bool madeWorse = false;
    for (std::size_t i = 0; i < session.plan().items.size(); ++i)
        madeWorse = madeWorse || session.isLeftOut(i);
    const QColor color = finished && !madeWorse ? theme::accent() : phaseColor(PhaseKind::RestBetweenReps);
    m_banner->setStyleSheet(
        u"QFrame#phaseBanner { background: %1; } QLabel { color: %2; }"_s.arg(color.name(), textOn(color).name()));
    m_phaseTitle->setText(madeWorse ? tr("Done for now") : finished ? tr("Well done") : tr("Stopped"));
    m_paused->hide();
    m_position->clear();
    m_summaryTitle->setText(madeWorse
            ? tr("An exercise made your symptoms worse, so it was stopped and the ones like it were left out. Talk to "
                 "your therapist before the next session.")
            : finished ? tr("You finished the routine.")
                       : tr("You stopped the routine early."));
    // Left-out items are counted as what they are, not as skipped or not reached, so the counts match the list.
    int done = s.done;
    int partial = s.partial;
    int skipped = s.skipped;
    int notReached = s.notReached;
    int stopped = 0;
    int leftOut = 0;
    for (std::size_t i = 0; i < session.plan().items.size(); ++i) {
        if (!session.isLeftOut(i))
            continue;
        switch (session.outcome(i)) {
        case ItemOutcome::Done:
            --done;
            break;
        case ItemOutcome::Partial:
            --partial;
            break;
        case ItemOutcome::Skipped:
            --skipped;
            break;
        case ItemOutcome::NotReached:
            --notReached;
            ++leftOut;
            continue;
        }
        ++stopped;
    }
    QStringList counts;
    counts << tr("%n done", nullptr, done);
    if (partial > 0)
        counts << tr("%n partly done", nullptr, partial);
    if (stopped > 0)
        counts << tr("%n stopped", nullptr, stopped);
    if (leftOut > 0)
        counts << tr("%n left out", nullptr, leftOut);
    counts << tr("%n skipped", nullptr, skipped);
    if (notReached > 0)
        counts << tr("%n not reached", nullptr, notReached);
    QString time = tr("Time taken: %1").arg(PlayerText::clock(s.timeTaken));
    if (s.paused >= Millis{1000})
        time += u" "_s + tr("(%1 of it paused)").arg(PlayerText::clock(s.paused));
    m_summaryCounts->setText(counts.join(u" · "_s) + u"\n"_s + time);
    m_summaryList->clear();
    const SessionPlan &plan = session.plan();
    for (std::size_t i = 0; i < plan.items.size(); ++i) {
        // Left out: the one stopped as making things worse (reached), or one that loads the nerve alike.
        const bool reached = session.outcome(i) != ItemOutcome::NotReached;
        const QString mark = !session.isLeftOut(i) ? outcomeMark(session.outcome(i))
            : reached                              ? tr("Stopped: it made your symptoms worse")
                                                   : tr("Left out: the same kind of exercise");
        new QListWidgetItem(
            u"%1   %2 — %3"_s.arg(outcomeSymbol(session.outcome(i)), qs(plan.items[i].exercise->name), mark),
            m_summaryList);
    }
    setAccessibleDescription(m_summaryTitle->text() + u' ' + m_summaryCounts->text());
}

} // namespace lumbar::ui
