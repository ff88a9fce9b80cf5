#include "countdownring.h"

#include "ui/widgets/theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace lumbar::ui {

CountdownRing::CountdownRing(QWidget *parent)
    : QWidget(parent)
    , m_color(theme::accent())
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // The ring is opaque where it paints and the rest is the parent's background: no need to erase first.
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void CountdownRing::setState(double fraction, const QString &number, const QString &caption, const QColor &color)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    // Repaint only when what is drawn changes: a countdown in whole seconds changes once a second.
    const bool same =
        std::abs(fraction - m_fraction) < 1e-4 && number == m_number && caption == m_caption && color == m_color;
    if (same)
        return;
    m_fraction = fraction;
    m_number = number;
    m_caption = caption;
    m_color = color;
    setAccessibleDescription(caption.isEmpty() ? number : number + u' ' + caption);
    update();
}

void CountdownRing::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int side = std::min(width(), height());
    const qreal thickness = std::max<qreal>(6.0, side * 0.075);
    const QRectF ring((width() - side) / 2.0 + thickness / 2, (height() - side) / 2.0 + thickness / 2, side - thickness,
        side - thickness);

    QColor track = m_color;
    track.setAlphaF(0.16f);
    p.setPen(QPen(track, thickness, Qt::SolidLine, Qt::FlatCap));
    p.drawEllipse(ring);
    if (m_fraction > 0.0) {
        p.setPen(QPen(m_color, thickness, Qt::SolidLine, Qt::RoundCap));
        // Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock; the arc starts at 12 and runs clockwise.
        const int span = static_cast<int>(-m_fraction * 360.0 * 16.0);
        p.drawArc(ring, 90 * 16, span);
    }

    QFont numberFont = font();
    numberFont.setPixelSize(std::max(12, static_cast<int>(side * (m_number.size() > 4 ? 0.2 : 0.27))));
    numberFont.setWeight(QFont::DemiBold);
    p.setFont(numberFont);
    p.setPen(theme::text());
    const QRectF inner = ring.adjusted(thickness, thickness, -thickness, -thickness);
    QRectF numberRect = inner;
    numberRect.setBottom(inner.center().y() + side * 0.12);
    p.drawText(numberRect, Qt::AlignHCenter | Qt::AlignBottom, m_number);

    if (!m_caption.isEmpty()) {
        QFont captionFont = font();
        captionFont.setPixelSize(std::max(10, static_cast<int>(side * 0.065)));
        p.setFont(captionFont);
        p.setPen(theme::mutedText());
        QRectF captionRect = inner;
        captionRect.setTop(inner.center().y() + side * 0.14);
        p.drawText(captionRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_caption);
    }
}

} // namespace lumbar::ui
