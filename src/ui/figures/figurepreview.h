// FigurePreview: an exercise's figure in the library — still in its held pose until asked to show the movement, then
// looping it at its natural pace (core previewAt), both sides in turn where the exercise has sides, until stopped,
// another exercise is shown or the page is hidden. Its clock is injected so tests need no waiting.
#pragma once

#include "ui/app/clock.h"

#include "core/contenttypes.h"
#include "core/figuretiming.h"

#include <QWidget>

#include <chrono>
#include <functional>
#include <optional>

class QTimer;
class QToolButton;

namespace lumbar::ui {

class FigureView;

class FigurePreview : public QWidget
{
    Q_OBJECT

public:
    // With no clock, the computer's; it must outlive this.
    explicit FigurePreview(QWidget *parent = nullptr, const Clock *clock = nullptr);

    // Shows `exercise`'s held pose, stopped; nullptr or an exercise without a figure hides the preview.
    void setExercise(const Exercise *exercise);
    bool hasFigure() const { return m_motion.has_value(); }
    FigureView *view() const { return m_view; }

    bool isPlaying() const;
    void setPlaying(bool on);
    // Draws the pose for the clock's time now, as the animation timer does.
    void advance();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void updateButton();

    FigureView *m_view;
    QToolButton *m_play;
    QTimer *m_timer;
    const Clock &m_clock;
    std::chrono::steady_clock::time_point m_started;
    std::optional<FigureMotion> m_motion;
    PreviewStyle m_style;
};

} // namespace lumbar::ui
