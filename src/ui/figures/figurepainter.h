// FigurePainter: draws an exercise's line figure with QPainter — floor, props, the body (the far limbs paler), and
// the parts being worked highlighted — scaled into any rectangle, on either side. One framing per exercise, so the
// figure never jumps in size while it moves or switches side.
#pragma once

#include "core/contenttypes.h"

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QRectF>

class QPainter;
class QPalette;

namespace lumbar::ui {

struct FigureColors
{
    QColor body;
    QColor farBody; // the limbs on the far side
    QColor highlight;
    QColor floor;
    QColor prop;
    QColor propFill;
    QColor water;
    QColor cue; // the arrows that show a movement the picture cannot

    // Colours that read on the palette's window colour, light or dark.
    static FigureColors from(const QPalette &palette);
};

class FigurePainter
{
public:
    explicit FigurePainter(const ExerciseFigure &figure);

    // The area the whole movement (with its props and the floor) takes, in centimetres, y up. The other side is
    // drawn mirrored in the same frame.
    const QRectF &frame() const { return m_frame; }

    // Draws `pose` fitted into `target`. `otherSide`: the right side's turn — sides swapped and the drawing
    // mirrored, so the working limb stays the near one.
    void paint(
        QPainter &painter, const QRectF &target, const Pose &pose, bool otherSide, const FigureColors &colors) const;

    // The held pose as a picture, for lists and handouts. Transparent where nothing is drawn.
    static QImage keyPose(const ExerciseFigure &figure, QSize size, const FigureColors &colors, bool otherSide = false);
    // The held pose as an SVG document of `size` pixels, `title` as its title: sharp at any size in print.
    static QByteArray keyPoseSvg(const ExerciseFigure &figure, QSize size, const FigureColors &colors,
        const QString &title, bool otherSide = false);

private:
    BodyPoints pointsFor(const Pose &pose, bool otherSide) const;

    const ExerciseFigure &m_figure;
    double m_axis = 0; // the vertical line the other side is mirrored in: the frame's centre
    QRectF m_frame;
};

} // namespace lumbar::ui
