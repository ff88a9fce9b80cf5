#include "bodymap.h"

#include "ui/widgets/theme.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

// One figure is drawn in a 100 × 230 box ("figure units"); the two stand side by side under their captions.
constexpr qreal kFigureWidth = 100;
constexpr qreal kFigureHeight = 230;
constexpr qreal kGap = 24;
constexpr qreal kCaption = 22;
constexpr qreal kFooter = 18;
constexpr qreal kTotalWidth = 2 * kFigureWidth + kGap;
constexpr qreal kTotalHeight = kCaption + kFigureHeight + kFooter;
// Room for "Left" or "Right" under each foot: half the figure and half the gap beside it.
constexpr qreal kSideLabelWidth = kFigureWidth / 2 + kGap / 2 - 2;

// A smooth closed outline through `points` (Catmull-Rom turned into cubic Béziers).
QPainterPath smoothClosed(const std::vector<QPointF> &points)
{
    QPainterPath path(points.front());
    const std::size_t n = points.size();
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF &p0 = points[(i + n - 1) % n];
        const QPointF &p1 = points[i];
        const QPointF &p2 = points[(i + 1) % n];
        const QPointF &p3 = points[(i + 2) % n];
        path.cubicTo(p1 + (p2 - p0) / 6.0, p2 - (p3 - p1) / 6.0, p2);
    }
    path.closeSubpath();
    return path;
}

// The viewer's right half of a symmetric outline, mirrored to make the left: listed from the top centre down the
// right side to the bottom centre.
QPainterPath symmetric(const std::vector<QPointF> &rightHalf)
{
    std::vector<QPointF> all = rightHalf;
    for (auto it = rightHalf.rbegin() + 1; it != rightHalf.rend() - 1; ++it)
        all.emplace_back(kFigureWidth - it->x(), it->y());
    return smoothClosed(all);
}

QPainterPath mirrored(const QPainterPath &path)
{
    return QTransform(-1, 0, 0, 1, kFigureWidth, 0).map(path);
}

QPainterPath bandPath(qreal x, qreal y, qreal w, qreal h)
{
    QPainterPath p;
    p.addRect(QRectF(x, y, w, h));
    return p;
}

struct Figure
{
    QPainterPath silhouette;
    QPainterPath trunk; // torso and legs, no arms
    QPainterPath legs;
    QPainterPath feet;
};

Figure buildFigure()
{
    Figure f;
    QPainterPath head;
    head.addEllipse(QPointF(50, 15), 10.5, 12.5);
    QPainterPath neck;
    neck.addRoundedRect(QRectF(44.5, 24, 11, 12), 3, 3);
    const QPainterPath torso = symmetric({{50, 33}, {62, 34}, {72, 38}, {75, 46}, {71, 58}, {68, 74}, {66, 88},
        {69, 102}, {70, 114}, {62, 122}, {50, 124}});
    // Arms hang beside the body: a thick stroke through shoulder, elbow and wrist, and a hand.
    QPainterPath armLine(QPointF(71, 41));
    armLine.quadTo(QPointF(77, 60), QPointF(78.5, 80));
    armLine.quadTo(QPointF(80.5, 100), QPointF(81, 116));
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    stroker.setCapStyle(Qt::RoundCap);
    stroker.setJoinStyle(Qt::RoundJoin);
    QPainterPath arm = stroker.createStroke(armLine);
    arm.addEllipse(QPointF(81.5, 123), 4.6, 7);
    const QPainterPath leg = smoothClosed({{60, 108}, {69.5, 114}, {69, 140}, {66, 164}, {67.5, 180}, {64, 203},
        {62.5, 207}, {55.5, 207}, {54.5, 203}, {54, 182}, {53, 164}, {51.5, 140}, {51, 124}});
    const QPainterPath foot = smoothClosed({{55, 204}, {62.5, 204}, {66.5, 213}, {66, 219}, {59, 220}, {54.5, 218}});

    f.legs = leg.united(mirrored(leg));
    f.feet = foot.united(mirrored(foot));
    f.trunk = torso.united(f.legs).united(f.feet);
    f.silhouette = head.united(neck).united(f.trunk).united(arm).united(mirrored(arm)).simplified();
    return f;
}

const Figure &figure()
{
    static const Figure f = buildFigure();
    return f;
}

constexpr std::array<BodyRegion, 6> kRegions = {
    BodyRegion::LowerBack, BodyRegion::Buttock, BodyRegion::Hip, BodyRegion::Thigh, BodyRegion::Calf, BodyRegion::Foot};

bool operator<(const BodySpot &a, const BodySpot &b)
{
    const auto *const ra = std::find(kRegions.begin(), kRegions.end(), a.region);
    const auto *const rb = std::find(kRegions.begin(), kRegions.end(), b.region);
    return ra != rb ? ra < rb : a.side < b.side;
}

} // namespace

BodyMap::BodyMap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"bodyMap"_s);
    setAccessibleName(tr("Body map: where you feel it"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    const Figure &f = figure();
    m_silhouette = f.silhouette;
    // Each region is the part of the outline inside a band; the viewer's left half of a figure is the person's
    // left from behind and their right from the front.
    const auto add = [this](BodyRegion region, View view, const QPainterPath &viewerLeft) {
        const BodySide leftHalf = view == View::Back ? BodySide::Left : BodySide::Right;
        const BodySide rightHalf = leftHalf == BodySide::Left ? BodySide::Right : BodySide::Left;
        m_hotspots.push_back({{region, leftHalf}, view, viewerLeft.simplified()});
        m_hotspots.push_back({{region, rightHalf}, view, mirrored(viewerLeft).simplified()});
    };
    const auto band = [](const QPainterPath &within, qreal x, qreal y, qreal w, qreal h) {
        return within.intersected(bandPath(x, y, w, h));
    };
    QPainterPath buttockShape;
    buttockShape.addEllipse(QPointF(40, 113), 12.5, 13);
    const QPainterPath buttock = f.trunk.intersected(buttockShape).intersected(bandPath(0, 0, 50, 230));
    QPainterPath hipShape;
    hipShape.addEllipse(QPointF(31.5, 108), 7.5, 10);
    const QPainterPath hip = f.trunk.intersected(hipShape);
    for (const View view : {View::Front, View::Back}) {
        if (view == View::Back) {
            add(BodyRegion::LowerBack, view, band(f.trunk, 25, 76, 25, 36).subtracted(buttock));
            add(BodyRegion::Buttock, view, buttock);
        } else {
            add(BodyRegion::Hip, view, hip);
        }
        add(BodyRegion::Thigh, view, band(f.legs, 0, 126, 50, 38).subtracted(buttock));
        add(BodyRegion::Calf, view, band(f.legs, 0, 164, 50, 40));
        add(BodyRegion::Foot, view, band(f.feet, 0, 203, 50, 20));
    }
    for (const BodyRegion region : kRegions)
        for (const BodySide side : {BodySide::Left, BodySide::Right})
            m_order.push_back({region, side});
    updateDescription();
}

QString BodyMap::regionLabel(BodyRegion region)
{
    switch (region) {
    case BodyRegion::LowerBack:
        return tr("Lower back");
    case BodyRegion::Buttock:
        return tr("Buttock");
    case BodyRegion::Hip:
        return tr("Hip");
    case BodyRegion::Thigh:
        return tr("Thigh");
    case BodyRegion::Calf:
        return tr("Lower leg and calf");
    case BodyRegion::Foot:
        return tr("Foot and toes");
    }
    return {};
}

QString BodyMap::spotLabel(BodySpot spot)
{
    const QString region = regionLabel(spot.region).toLower();
    return spot.side == BodySide::Left ? tr("Left %1").arg(region) : tr("Right %1").arg(region);
}

std::vector<BodySpot> BodyMap::spots() const
{
    return m_marked;
}

void BodyMap::setSpots(const std::vector<BodySpot> &spots)
{
    std::vector<BodySpot> sorted;
    for (const BodySpot &s : spots)
        if (std::find(sorted.begin(), sorted.end(), s) == sorted.end())
            sorted.push_back(s);
    std::sort(sorted.begin(), sorted.end(), [](const BodySpot &a, const BodySpot &b) { return a < b; });
    if (sorted == m_marked)
        return;
    m_marked = std::move(sorted);
    updateDescription();
    update();
    emit spotsChanged();
}

bool BodyMap::isMarked(BodySpot spot) const
{
    return std::find(m_marked.begin(), m_marked.end(), spot) != m_marked.end();
}

void BodyMap::toggle(BodySpot spot)
{
    std::vector<BodySpot> next = m_marked;
    if (isMarked(spot))
        std::erase(next, spot);
    else
        next.push_back(spot);
    setSpots(next);
}

void BodyMap::clear()
{
    setSpots({});
}

BodySpot BodyMap::currentSpot() const
{
    return m_order[m_current];
}

QTransform BodyMap::figureTransform(View view) const
{
    const qreal scale = std::min(width() / kTotalWidth, height() / kTotalHeight);
    const qreal left = (width() - kTotalWidth * scale) / 2;
    const qreal top = (height() - kTotalHeight * scale) / 2;
    const qreal x = left + (view == View::Front ? 0 : kFigureWidth + kGap) * scale;
    return QTransform(scale, 0, 0, scale, x, top + kCaption * scale);
}

QPointF BodyMap::spotCentre(BodySpot spot, View view) const
{
    for (const Hotspot &h : m_hotspots)
        if (h.spot == spot && h.view == view)
            return figureTransform(view).map(h.shape.boundingRect().center());
    return {};
}

std::optional<BodySpot> BodyMap::spotAt(QPointF point) const
{
    for (const Hotspot &h : m_hotspots) {
        bool invertible = false;
        const QPointF local = figureTransform(h.view).inverted(&invertible).map(point);
        if (invertible && h.shape.contains(local))
            return h.spot;
    }
    return std::nullopt;
}

QSize BodyMap::sizeHint() const
{
    return QSize(260, heightForWidth(260));
}

QSize BodyMap::minimumSizeHint() const
{
    // Wide enough for the captions over each figure and the side labels under its feet at this text size and in
    // this language.
    QFont captionFont = font();
    captionFont.setWeight(QFont::DemiBold);
    QFont sideFont = font();
    sideFont.setPointSizeF(sideFont.pointSizeF() * 0.85);
    const QFontMetricsF caption(captionFont);
    const QFontMetricsF side(sideFont);
    const qreal captionWidth = std::max(caption.horizontalAdvance(tr("Front")), caption.horizontalAdvance(tr("Back")));
    const qreal sideWidth = std::max(side.horizontalAdvance(tr("Left")), side.horizontalAdvance(tr("Right")));
    const qreal scale = std::max((captionWidth + 8) / kFigureWidth, (sideWidth + 4) / kSideLabelWidth);
    const int width = std::max(200, static_cast<int>(std::ceil(scale * kTotalWidth)));
    return QSize(width, heightForWidth(width));
}

int BodyMap::heightForWidth(int width) const
{
    return static_cast<int>(width * kTotalHeight / kTotalWidth);
}

void BodyMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // Soft greens on light; on dark and high contrast the body is a shade off the background, the seams the
    // background itself (white in high contrast, so every region stands out).
    const theme::Scheme scheme = theme::scheme();
    const bool light = scheme == theme::Scheme::Light;
    const bool contrast = scheme == theme::Scheme::HighContrast;
    const QColor outline = light ? QColor(0x8d, 0xa0, 0x9c) : theme::text();
    const QColor skin = light ? QColor(0xea, 0xf0, 0xef) : (contrast ? QColor(Qt::black) : QColor(0x33, 0x3e, 0x41));
    const QColor region =
        light ? QColor(0xdb, 0xe6, 0xe4) : (contrast ? QColor(0x1c, 0x1c, 0x1c) : QColor(0x3d, 0x4a, 0x4d));
    const QColor hover = light ? QColor(0xc3, 0xdf, 0xd9) : theme::accentSoft();
    const QColor marked = light ? QColor(0xd2, 0x4b, 0x3c) : theme::danger();
    const QColor seam = contrast ? QColor(Qt::white) : (light ? QColor(Qt::white) : theme::window());

    for (const View view : {View::Front, View::Back}) {
        const QTransform t = figureTransform(view);
        const qreal scale = t.m11();
        p.setTransform(t);

        p.setPen(Qt::NoPen);
        p.setBrush(skin);
        p.drawPath(m_silhouette);
        for (const Hotspot &h : m_hotspots) {
            if (h.view != view)
                continue;
            const bool isOn = isMarked(h.spot);
            QColor fill = isOn ? marked : (m_hover == h.spot ? hover : region);
            if (isOn)
                fill.setAlphaF(m_hover == h.spot ? 0.95f : 0.8f);
            // White seams between regions show where one clickable part ends and the next begins.
            p.setPen(QPen(seam, 1.6 / scale));
            p.setBrush(fill);
            p.drawPath(h.shape);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(outline, 1.4 / scale));
        p.drawPath(m_silhouette);
        if (view == View::Back) {
            // A faint spine tells the back from the front at a glance.
            QPen spine(outline, 1.0 / scale, Qt::DotLine);
            p.setPen(spine);
            p.drawLine(QPointF(50, 36), QPointF(50, 100));
        }

        if (hasFocus()) {
            QPen ring(theme::accent(), 2.2 / scale, Qt::DashLine);
            p.setPen(ring);
            for (const Hotspot &h : m_hotspots)
                if (h.view == view && h.spot == currentSpot())
                    p.drawPath(h.shape);
        }

        p.resetTransform();
        QFont captionFont = font();
        captionFont.setWeight(QFont::DemiBold);
        p.setFont(captionFont);
        p.setPen(theme::text());
        const QRectF captionRect = t.mapRect(QRectF(0, -kCaption, kFigureWidth, kCaption));
        p.drawText(captionRect, Qt::AlignCenter, view == View::Front ? tr("Front") : tr("Back"));

        // Which side is which, under the feet: from the front the person's right is on the viewer's left.
        QFont sideFont = font();
        sideFont.setPointSizeF(sideFont.pointSizeF() * 0.85);
        p.setFont(sideFont);
        p.setPen(theme::mutedText());
        const QString viewerLeft = view == View::Front ? tr("Right") : tr("Left");
        const QString viewerRight = view == View::Front ? tr("Left") : tr("Right");
        // Each label has its half of the figure and half the gap beside it, and sits close to the middle.
        const qreal half = kSideLabelWidth;
        p.drawText(t.mapRect(QRectF(kFigureWidth / 2 - 2 - half, kFigureHeight - 8, half, kFooter)),
            Qt::AlignRight | Qt::AlignVCenter, viewerLeft);
        p.drawText(t.mapRect(QRectF(kFigureWidth / 2 + 2, kFigureHeight - 8, half, kFooter)),
            Qt::AlignLeft | Qt::AlignVCenter, viewerRight);
    }
}

void BodyMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const auto spot = spotAt(event->position());
    if (!spot)
        return;
    const auto at = std::find(m_order.begin(), m_order.end(), *spot);
    m_current = static_cast<std::size_t>(at - m_order.begin());
    toggle(*spot);
}

void BodyMap::mouseMoveEvent(QMouseEvent *event)
{
    const auto spot = spotAt(event->position());
    if (spot != m_hover) {
        m_hover = spot;
        setCursor(spot ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void BodyMap::leaveEvent(QEvent *event)
{
    m_hover.reset();
    update();
    QWidget::leaveEvent(event);
}

void BodyMap::moveCurrent(int step)
{
    const int n = static_cast<int>(m_order.size());
    m_current = static_cast<std::size_t>((static_cast<int>(m_current) + step + n) % n);
    updateDescription();
    update();
}

void BodyMap::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        // The other side of the same region.
        moveCurrent(currentSpot().side == BodySide::Left ? 1 : -1);
        return;
    case Qt::Key_Down:
        moveCurrent(2);
        return;
    case Qt::Key_Up:
        moveCurrent(-2);
        return;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        toggle(currentSpot());
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        clear();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void BodyMap::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void BodyMap::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

bool BodyMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const auto spot = spotAt(help->pos()))
            QToolTip::showText(help->globalPos(), spotLabel(*spot), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void BodyMap::updateDescription()
{
    QStringList names;
    for (const BodySpot &s : m_marked)
        names << spotLabel(s);
    const QString marked = names.isEmpty() ? tr("Nothing marked yet.") : tr("Marked: %1.").arg(names.join(u", "_s));
    setAccessibleDescription(
        tr("On: %1 (%2). Arrow keys move, Space marks or unmarks. %3")
            .arg(spotLabel(currentSpot()), isMarked(currentSpot()) ? tr("marked") : tr("not marked"), marked));
}

} // namespace lumbar::ui
