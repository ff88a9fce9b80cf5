// BodyMap: a front and back outline of a body, drawn in code, where the user marks where they feel their symptoms
// (lower back, buttock, hip, thigh, lower leg, foot; left or right) by clicking or from the keyboard.
#pragma once

#include "core/symptomguide.h"

#include <QPainterPath>
#include <QWidget>

#include <vector>

namespace lumbar::ui {

class BodyMap : public QWidget
{
    Q_OBJECT

public:
    enum class View { Front, Back };

    explicit BodyMap(QWidget *parent = nullptr);

    // The marked spots, in the order of the map's regions (back to feet, left before right).
    std::vector<BodySpot> spots() const;
    void setSpots(const std::vector<BodySpot> &spots);
    bool isMarked(BodySpot spot) const;
    void toggle(BodySpot spot);
    void clear();

    // Readable names: "Left thigh", "Lower back".
    static QString regionLabel(BodyRegion region);
    static QString spotLabel(BodySpot spot);

    // Where a spot is drawn in `view`, in widget coordinates (its centre); null when the view does not show it.
    // Also what tests click.
    QPointF spotCentre(BodySpot spot, View view) const;
    // The spot under a widget point, if any.
    std::optional<BodySpot> spotAt(QPointF point) const;
    // The spot the keyboard is on (drawn with a focus ring while the map has the focus).
    BodySpot currentSpot() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void spotsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Hotspot
    {
        BodySpot spot;
        View view;
        QPainterPath shape; // in figure units
    };

    QTransform figureTransform(View view) const;
    void updateDescription();
    void moveCurrent(int step);

    QPainterPath m_silhouette; // one figure, in figure units
    std::vector<Hotspot> m_hotspots;
    std::vector<BodySpot> m_order; // keyboard order: every spot once
    std::vector<BodySpot> m_marked;
    std::optional<BodySpot> m_hover;
    std::size_t m_current = 0;
};

} // namespace lumbar::ui
