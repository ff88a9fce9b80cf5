#include "icons.h"

#include "theme.h"

#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

using namespace Qt::StringLiterals;

namespace lumbar::ui::icons {

namespace {

constexpr int kSize = 64; // drawn on a 64-unit grid, scaled by QIcon

// A solid triangle pointing right (or left), its tip at `tipX`, for play and skip.
QPolygonF triangle(qreal tipX, qreal backX)
{
    return QPolygonF({QPointF(backX, 14), QPointF(tipX, 32), QPointF(backX, 50)});
}

// The player's controls: filled shapes with rounded corners, one weight, like the section glyphs.
void drawControlGlyph(QPainter &p, Glyph which, const QColor &color)
{
    p.setBrush(color);
    p.setPen(QPen(color, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    switch (which) {
    case Glyph::Previous:
        p.drawLine(QPointF(14, 14), QPointF(14, 50));
        p.drawPolygon(triangle(20, 50));
        break;
    case Glyph::Next:
        p.drawLine(QPointF(50, 14), QPointF(50, 50));
        p.drawPolygon(triangle(44, 14));
        break;
    case Glyph::Play:
        p.drawPolygon(triangle(52, 16));
        break;
    case Glyph::Pause:
        p.drawRect(QRectF(17, 14, 9, 36));
        p.drawRect(QRectF(38, 14, 9, 36));
        break;
    case Glyph::Stop:
        p.drawRect(QRectF(16, 16, 32, 32));
        break;
    case Glyph::Restart: {
        // An open circle with an arrowhead at its end.
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(color, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawArc(QRectF(14, 14, 36, 36), 60 * 16, 290 * 16);
        p.setBrush(color);
        p.setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolygon(QPolygonF({QPointF(30, 6), QPointF(44, 16), QPointF(30, 24)}));
        break;
    }
    case Glyph::AddTime:
        // A clock face: the button's text already says "+15 s".
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(color, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawEllipse(QPointF(32, 32), 19, 19);
        p.drawLine(QPointF(32, 32), QPointF(32, 20));
        p.drawLine(QPointF(32, 32), QPointF(41, 37));
        break;
    default:
        break;
    }
}

void drawGlyph(QPainter &p, Glyph which, const QColor &color)
{
    QPen pen(color, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (which) {
    case Glyph::Library: {
        // An open book.
        QPainterPath left;
        left.moveTo(32, 18);
        left.cubicTo(24, 12, 14, 12, 8, 14);
        left.lineTo(8, 50);
        left.cubicTo(14, 48, 24, 48, 32, 54);
        QPainterPath right;
        right.moveTo(32, 18);
        right.cubicTo(40, 12, 50, 12, 56, 14);
        right.lineTo(56, 50);
        right.cubicTo(50, 48, 40, 48, 32, 54);
        p.drawPath(left);
        p.drawPath(right);
        p.drawLine(QPointF(32, 18), QPointF(32, 54));
        break;
    }
    case Glyph::Routines: {
        // A checklist: three ticks and lines.
        for (int i = 0; i < 3; ++i) {
            const qreal y = 16 + i * 16;
            p.drawLine(QPointF(10, y), QPointF(14, y + 4));
            p.drawLine(QPointF(14, y + 4), QPointF(21, y - 4));
            p.drawLine(QPointF(29, y), QPointF(55, y));
        }
        break;
    }
    case Glyph::Care: {
        // A heart with a plus.
        QPainterPath heart;
        heart.moveTo(32, 54);
        heart.cubicTo(12, 40, 6, 30, 8, 21);
        heart.cubicTo(10, 11, 25, 8, 32, 20);
        heart.cubicTo(39, 8, 54, 11, 56, 21);
        heart.cubicTo(58, 30, 52, 40, 32, 54);
        p.drawPath(heart);
        p.setPen(QPen(color, 4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(32, 24), QPointF(32, 40));
        p.drawLine(QPointF(24, 32), QPointF(40, 32));
        break;
    }
    case Glyph::Progress: {
        // A line chart rising to the right over its axes.
        p.drawLine(QPointF(10, 10), QPointF(10, 54));
        p.drawLine(QPointF(10, 54), QPointF(56, 54));
        QPainterPath trend;
        trend.moveTo(16, 44);
        trend.lineTo(27, 34);
        trend.lineTo(36, 39);
        trend.lineTo(52, 18);
        p.drawPath(trend);
        break;
    }
    case Glyph::Search: {
        p.drawEllipse(QPointF(27, 27), 15, 15);
        p.drawLine(QPointF(38, 38), QPointF(54, 54));
        break;
    }
    default:
        drawControlGlyph(p, which, color);
        break;
    }
}

QPixmap render(Glyph which, const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / qreal(kSize), size / qreal(kSize));
    drawGlyph(p, which, color);
    return pixmap;
}

QPixmap paintedAppIcon(int size)
{
    // Same motif as resources/icons/lumbar-relief.svg: a spine of rounded vertebrae with a leaf.
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 256.0, size / 256.0);
    p.setPen(Qt::NoPen);
    p.setBrush(theme::accent());
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 56, 56);
    p.setBrush(Qt::white);
    const qreal widths[] = {64, 72, 80, 88, 96};
    for (int i = 0; i < 5; ++i) {
        const qreal w = widths[i];
        p.drawRoundedRect(QRectF(100 - w / 2, 40 + i * 36, w, 26), 13, 13);
    }
    QPainterPath leaf;
    leaf.moveTo(158, 190);
    leaf.cubicTo(150, 140, 176, 98, 222, 84);
    leaf.cubicTo(230, 132, 206, 176, 158, 190);
    p.setBrush(QColor(0xbf, 0xe6, 0xd2));
    p.drawPath(leaf);
    p.setPen(QPen(theme::accent(), 5, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(162, 184), QPointF(212, 98));
    return pixmap;
}

} // namespace

QIcon appIcon()
{
    const QString shipped = u":/icons/lumbar-relief.png"_s;
    if (QFile::exists(shipped))
        return QIcon(shipped);
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addPixmap(paintedAppIcon(size));
    return icon;
}

QIcon glyph(Glyph which, const QColor &color)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64})
        icon.addPixmap(render(which, color, size));
    return icon;
}

QIcon navigationIcon(Glyph which, const QColor &normal)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64}) {
        icon.addPixmap(render(which, normal, size), QIcon::Normal);
        icon.addPixmap(render(which, Qt::white, size), QIcon::Selected);
    }
    return icon;
}

void drawPositionFigure(QPainter &painter, const QRectF &box, Position position, const QColor &color)
{
    // Drawn on a 48 × 48 grid, floor at y = 40, the figure facing left.
    painter.save();
    painter.translate(box.topLeft());
    painter.scale(box.width() / 48.0, box.height() / 48.0);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor faint = color;
    faint.setAlphaF(0.35f);
    const QPen limb(color, 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QPen floor(faint, 1.6, Qt::SolidLine, Qt::RoundCap);
    const auto line = [&painter](std::initializer_list<QPointF> points) {
        QPainterPath path(*points.begin());
        for (const auto *it = points.begin() + 1; it != points.end(); ++it)
            path.lineTo(*it);
        painter.drawPath(path);
    };
    const auto head = [&painter, &color](QPointF centre) {
        painter.setBrush(color);
        painter.drawEllipse(centre, 3.6, 3.6);
        painter.setBrush(Qt::NoBrush);
    };
    if (position != Position::InWater) {
        painter.setPen(floor);
        line({{4, 41}, {44, 41}});
    }
    painter.setPen(limb);
    switch (position) {
    case Position::LyingOnBack: // knees bent, feet flat
        head({8, 34});
        line({{12, 36}, {27, 36}, {33, 27}, {39, 37}});
        line({{14, 36}, {22, 38}});
        break;
    case Position::LyingOnFront: // propped on the forearms
        head({9, 28});
        line({{12, 32}, {22, 36}, {42, 37}});
        line({{14, 33}, {12, 38}, {19, 38}});
        break;
    case Position::SideLying: // knees drawn up
        head({8, 30});
        line({{12, 32}, {27, 33}, {34, 29}, {40, 36}});
        line({{14, 33}, {20, 28}});
        break;
    case Position::AllFours:
        head({9, 17});
        line({{14, 20}, {32, 20}, {33, 38}, {42, 38}});
        line({{15, 20}, {15, 38}});
        break;
    case Position::Kneeling: // upright on the knees
        head({22, 9});
        line({{22, 13}, {23, 27}, {24, 38}, {35, 38}});
        line({{22, 16}, {17, 25}});
        break;
    case Position::Sitting: // on a chair
        painter.setPen(floor);
        line({{24, 29}, {34, 29}, {34, 41}});
        line({{34, 29}, {34, 14}});
        painter.setPen(limb);
        head({24, 9});
        line({{25, 13}, {27, 27}, {15, 28}, {14, 40}});
        line({{25, 16}, {19, 24}});
        break;
    case Position::Standing:
        head({24, 8});
        line({{24, 12}, {24, 26}, {20, 40}});
        line({{24, 26}, {28, 40}});
        line({{18, 24}, {24, 16}, {30, 24}});
        break;
    case Position::InWater:
        head({24, 8});
        line({{24, 12}, {24, 26}, {20, 40}});
        line({{24, 26}, {28, 40}});
        line({{16, 18}, {24, 16}, {32, 18}});
        painter.setPen(QPen(faint, 2, Qt::SolidLine, Qt::RoundCap));
        for (const qreal y : {24.0, 31.0}) {
            QPainterPath wave(QPointF(4, y));
            for (int i = 0; i < 5; ++i)
                wave.quadTo(QPointF(8 + 8 * i, y - 3), QPointF(12 + 8 * i, y));
            painter.drawPath(wave);
        }
        break;
    }
    painter.restore();
}

} // namespace lumbar::ui::icons
