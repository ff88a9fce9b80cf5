// PlayerView: what a routine looks like while it plays — the phase, the countdown ring, the steps with the current
// one marked, the stop rules, what comes next, the progress and the summary at the end. It only shows what the
// PlayerController says; the main window's player and the presentation screen are two of these on one controller.
#pragma once

#include "core/routinesession.h"

#include <QWidget>

class QBoxLayout;
class QFrame;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QTimer;
class QVariantAnimation;

namespace lumbar::ui {

class CountdownRing;
class FigureView;
class PlayerController;

class PlayerView : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerView(PlayerController *controller, QWidget *parent = nullptr);

    // Room-sized type for a projector or a second screen.
    void setPresentation(bool on);
    bool isPresentation() const { return m_presentation; }

    // A brief wash of colour over the view: the visual cue that goes with every sound and spoken cue.
    void flash(const QColor &color);
    bool isFlashing() const;

    // For tests and the accessible description: the texts on screen now.
    QString phaseTitle() const;
    QString phaseDetail() const;
    QString exerciseTitle() const;
    FigureView *figure() const { return m_figure; }
    // True while the figure is being redrawn many times a second (it is moving); a hold costs nothing.
    bool isAnimatingFigure() const;
    // What the figure's timer does many times a second, for tests on a fake clock.
    void refreshFigureForTest() { refreshFigure(); }
    bool showsSummary() const;

    // The colour that marks a phase kind (get ready amber, holds teal, rests grey…).
    static QColor phaseColor(PhaseKind kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildBanner();
    void setUpWidgets();
    QWidget *buildPlaying();
    QWidget *buildSummary();
    void setUpFlash();
    void refresh(); // everything: a new phase, state or session
    void refreshTime(); // only the ring, the figure and the time left
    void refreshFigure(); // the figure's pose now; animates it smoothly only while it moves
    void showItem(std::size_t index);
    void showSummary();
    void applyFonts();
    void applyLayout(); // the shares of the columns: the figure is bigger on the presentation screen
    qreal presentationScale() const;

    PlayerController *m_controller;
    bool m_presentation = false;
    qreal m_appliedScale = 1.0;
    std::size_t m_shownItem = static_cast<std::size_t>(-1);
    const void *m_shownPlan = nullptr;

    QStackedWidget *m_stack;
    QFrame *m_banner;
    QLabel *m_phaseTitle;
    QLabel *m_position;
    QLabel *m_exerciseTitle;
    QLabel *m_phaseDetail;
    QLabel *m_hint;
    QLabel *m_paused;
    CountdownRing *m_ring;
    FigureView *m_figure;
    QTimer *m_figureTimer;
    QLabel *m_stepsHeading;
    QListWidget *m_steps;
    QLabel *m_stopRules;
    QLabel *m_note;
    QLabel *m_next;
    QProgressBar *m_progress;
    QLabel *m_timeLeft;

    QLabel *m_summaryTitle;
    QLabel *m_summaryCounts;
    QListWidget *m_summaryList;

    QBoxLayout *m_body = nullptr; // what to do | how to do it
    QBoxLayout *m_doing = nullptr; // the figure | the ring

    QWidget *m_flash;
    QVariantAnimation *m_flashAnimation;
};

} // namespace lumbar::ui
