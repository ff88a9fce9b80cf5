// LegExtentPicker: a picture of the lower back and leg, seen from behind, on which the user marks how far down the
// leg their symptoms reach (back only, buttock, thigh, below the knee, foot) by clicking or with the arrow keys.
#pragma once

#include "core/history.h"

#include <QPainterPath>
#include <QWidget>

#include <array>
#include <optional>

namespace lumbar::ui {

class LegExtentPicker : public QWidget
{
    Q_OBJECT

public:
    explicit LegExtentPicker(QWidget *parent = nullptr);

    std::optional<LegExtent> extent() const { return m_extent; }
    void setExtent(std::optional<LegExtent> extent);
    // What the user reads for each level ("Below the knee").
    static QString extentName(LegExtent extent);
    // The same in a sentence, after "reach": "only your back", "your thigh", "below the knee", "your foot".
    static QString reachPhrase(LegExtent extent);
    // Where the label of `extent` is drawn, in widget coordinates (clicking it picks it too; tests click here).
    QRect labelRect(LegExtent extent) const;
    // The middle of the picture's region for `extent` (this leg's), in widget coordinates.
    QPoint regionCentre(LegExtent extent) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void extentChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The regions in the picture's own 200 × 300 space, top to bottom, and the transform into the widget.
    static const std::array<QPainterPath, legExtentCount> &regions();
    QTransform toWidget() const;
    qreal scale() const;
    int labelWidth() const;
    std::optional<LegExtent> levelAt(QPoint point) const;
    void pick(std::optional<LegExtent> extent);
    void updateAccessibleText();

    std::optional<LegExtent> m_extent;
    std::optional<LegExtent> m_hover;
};

} // namespace lumbar::ui
