// FigureView: a widget showing an exercise's figure in a given pose, on either side; the player moves it by
// setting poses from the session's timing, and the library shows its held pose.
#pragma once

#include "core/contenttypes.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace lumbar::ui {

class FigurePainter;

class FigureView : public QWidget
{
    Q_OBJECT

public:
    explicit FigureView(QWidget *parent = nullptr);
    ~FigureView() override;

    // A copy of `figure` (or none); shows its held pose on this side until told otherwise.
    void setFigure(std::optional<ExerciseFigure> figure);
    bool hasFigure() const { return m_figure.has_value(); }
    void setPose(const Pose &pose, bool otherSide);
    const Pose &pose() const { return m_pose; }
    bool otherSide() const { return m_otherSide; }

    QSize sizeHint() const override { return {320, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<ExerciseFigure> m_figure;
    std::unique_ptr<FigurePainter> m_painter; // refers to *m_figure
    Pose m_pose;
    bool m_otherSide = false;
};

} // namespace lumbar::ui
