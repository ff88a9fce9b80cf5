#include "icons.h"

#include "theme.h"

#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace lumbar::ui::icons {

namespace {

constexpr int kSize = 64; // drawn on a 64-unit grid, scaled by QIcon

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
    case Glyph::Search: {
        p.drawEllipse(QPointF(27, 27), 15, 15);
        p.drawLine(QPointF(38, 38), QPointF(54, 54));
        break;
    }
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

} // namespace lumbar::ui::icons
