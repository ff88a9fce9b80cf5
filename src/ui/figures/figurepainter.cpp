#include "figurepainter.h"

#include "ui/widgets/theme.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QSvgGenerator>

#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace lumbar::ui {

namespace {

constexpr double kLimbWidth = 6.0; // centimetres: a figure that reads from across a room
constexpr double kMargin = 0.06; // of the frame, on every side

void include(QRectF &box, Point p, double pad = 0)
{
    const QRectF dot(p.x - pad, p.y - pad, 2 * pad, 2 * pad);
    box = box.isNull() ? dot : box.united(dot);
}

void includeBody(QRectF &box, const BodyPoints &b)
{
    for (const Point &p : {b.pelvis, b.waist, b.shoulders, b.neckTop})
        include(box, p, kLimbWidth);
    include(box, b.headCentre, b.headRadius + 1);
    for (const BodyPoints::Limb *limb : {&b.left, &b.right})
        for (const Point &p : {limb->elbow, limb->wrist, limb->handTip, limb->knee, limb->ankle, limb->toes})
            include(box, p, kLimbWidth);
}

QPointF qp(Point p)
{
    return {p.x, p.y};
}

bool has(const std::vector<Prop> &props, Prop prop)
{
    return std::find(props.begin(), props.end(), prop) != props.end();
}

QPointF mid(Point a, Point b)
{
    return {(a.x + b.x) / 2, (a.y + b.y) / 2};
}

// The stationary bike, fitted to the rider's starting position: the pedals turn where the feet go round.
struct Bike
{
    QPointF crank; // the pedals' centre: midway between the feet, which start half a turn apart
    double crankRadius = 0;
    QPointF seat; // under the pelvis
    QPointF handlebar; // at the near hand
    QPointF flywheel;
    double flywheelRadius = 20;

    QRectF extent() const
    {
        const double left = std::min(seat.x() - 10, crank.x() - 30);
        const double right = std::max(handlebar.x() + 4, flywheel.x() + flywheelRadius);
        return {left, 0, right - left, std::max(seat.y(), handlebar.y()) + 3};
    }
};

// The extent of each prop, placed from the starting position, in centimetres.
struct PropPlacement
{
    QRectF mat, cushion, pillow, towel, chairSeat, step, water;
    double wallX = 0;
    Bike bike;
};

PropPlacement place(const BodyPoints &start, const QRectF &body)
{
    PropPlacement p;
    p.mat = QRectF(body.left() - 6, 0, body.width() + 12, 2.5);
    // Under the head, from the floor up to it.
    const double underHead = std::max(3.0, start.headCentre.y - start.headRadius);
    p.cushion = QRectF(start.headCentre.x - 13, 0, 26, underHead);
    // Under the knees, from the floor up to them (a stack of pillows when the knees are high).
    p.pillow = QRectF(start.left.knee.x - 14, 0, 28, std::max(6.0, start.left.knee.y - 7));
    p.towel = QRectF(start.waist.x - 5, std::max(0.0, start.waist.y - 9), 10, 8);
    p.chairSeat = QRectF(start.pelvis.x - 22, std::max(0.0, start.pelvis.y - 8), 34, 4);
    p.step = QRectF(start.left.ankle.x - 18, 0, 40, 18);
    p.water = QRectF(body.left() - 20, 0, body.width() + 40, 110);
    p.wallX = std::min({start.pelvis.x, start.shoulders.x, start.headCentre.x - start.headRadius}) - 9;
    p.bike.crank = mid(start.left.ankle, start.right.ankle);
    p.bike.crankRadius =
        std::hypot(start.left.ankle.x - start.right.ankle.x, start.left.ankle.y - start.right.ankle.y) / 2;
    p.bike.seat = QPointF(start.pelvis.x, start.pelvis.y - 5);
    p.bike.handlebar = QPointF(start.left.wrist.x, start.left.wrist.y);
    p.bike.flywheel = QPointF(p.bike.handlebar.x() + 16, p.bike.flywheelRadius + 3);
    return p;
}

// The body's front: the trunk's direction turned a quarter clockwise, or anticlockwise when the drawing is
// mirrored.
QPointF frontOf(const BodyPoints &b, bool mirrored)
{
    const double dx = b.shoulders.x - b.pelvis.x;
    const double dy = b.shoulders.y - b.pelvis.y;
    const double length = std::hypot(dx, dy);
    if (length <= 0)
        return {mirrored ? -1.0 : 1.0, 0};
    return mirrored ? QPointF(-dy / length, dx / length) : QPointF(dy / length, -dx / length);
}

QPointF polar(QPointF centre, double rx, double ry, double degrees)
{
    const double r = qDegreesToRadians(degrees);
    return centre + QPointF(rx * std::cos(r), ry * std::sin(r));
}

// A cue arrow as a line with a head at either end or both, in centimetres.
struct CueShape
{
    std::vector<QPointF> line;
    bool headAtStart = false;
    bool headAtEnd = true;
};

CueShape cueShape(const FigureCue &cue, const BodyPoints &b, bool mirrored)
{
    QPointF at;
    switch (cue.at) {
    case CuePlace::Head:
        at = qp(b.headCentre);
        break;
    case CuePlace::Back:
        at = mid(b.waist, b.shoulders);
        break;
    case CuePlace::Belly:
        at = mid(b.pelvis, b.waist);
        break;
    case CuePlace::Pelvis:
        at = qp(b.pelvis);
        break;
    case CuePlace::Knees: // the near knee: where both are when they move together
        at = qp(mirrored ? b.right.knee : b.left.knee);
        break;
    case CuePlace::Feet:
        at = mid(b.left.ankle, b.right.ankle);
        break;
    case CuePlace::Hands:
        at = qp(mirrored ? b.right.wrist : b.left.wrist);
        break;
    }
    const QPointF front = frontOf(b, mirrored);
    const double frontAngle = qRadiansToDegrees(std::atan2(front.y(), front.x()));
    const auto arc = [](QPointF centre, double rx, double ry, double from, double to) {
        constexpr int kSteps = 24;
        std::vector<QPointF> points;
        points.reserve(kSteps + 1);
        for (int i = 0; i <= kSteps; ++i)
            points.push_back(polar(centre, rx, ry, from + (to - from) * i / kSteps));
        return points;
    };
    CueShape shape;
    switch (cue.arrow) {
    case CueArrow::SideToSide: // half an ellipse seen from the side: a turn across the picture and back
        shape.line = arc(at + QPointF(0, 17), 20, 6, 200, 340);
        shape.headAtStart = true;
        break;
    case CueArrow::Rock:
        shape.line = arc(at, 21, 21, frontAngle - 35, frontAngle + 35);
        shape.headAtStart = true;
        break;
    case CueArrow::In:
        shape.line = {at + front * 26, at + front * 11};
        break;
    case CueArrow::Circle: {
        // Round the way the figure faces: over the top towards the front, as pedals turn.
        const double radius = cue.at == CuePlace::Feet
            ? std::hypot(b.left.ankle.x - b.right.ankle.x, b.left.ankle.y - b.right.ankle.y) / 2 + 7
            : 14;
        shape.line = mirrored ? arc(at, radius, radius, 120, 400) : arc(at, radius, radius, 60, -220);
        break;
    }
    case CueArrow::UpDown:
        shape.line = {at - front * 12, at - front * 30};
        shape.headAtStart = true;
        break;
    }
    return shape;
}

void drawHead(QPainter &painter, QPointF tip, QPointF from, double size)
{
    QPointF d = tip - from;
    const double length = std::hypot(d.x(), d.y());
    if (length <= 0)
        return;
    d /= length;
    const QPointF across(-d.y(), d.x());
    const std::array<QPointF, 3> head{
        tip + d * (size * 0.4), tip - d * size + across * (size * 0.6), tip - d * size - across * (size * 0.6)};
    painter.drawPolygon(head.data(), static_cast<int>(head.size()));
}

// The spine as one smooth curve from the pelvis through the waist to the shoulders, so an arched or rounded back
// reads as a curve: a quadratic whose middle is the waist.
QPainterPath spinePath(const BodyPoints &b, std::optional<FigurePart> half = std::nullopt)
{
    const QPointF control = 2 * qp(b.waist) - (qp(b.pelvis) + qp(b.shoulders)) / 2;
    if (half == FigurePart::LowerBack) { // the curve's first half, split at the waist
        QPainterPath path(qp(b.pelvis));
        path.quadTo((qp(b.pelvis) + control) / 2, qp(b.waist));
        return path;
    }
    if (half == FigurePart::UpperBack) {
        QPainterPath path(qp(b.waist));
        path.quadTo((control + qp(b.shoulders)) / 2, qp(b.shoulders));
        return path;
    }
    QPainterPath path(qp(b.pelvis));
    path.quadTo(control, qp(b.shoulders));
    path.lineTo(qp(b.neckTop));
    return path;
}

} // namespace

FigureColors FigureColors::from(const QPalette &palette)
{
    FigureColors c;
    const QColor text = palette.color(QPalette::WindowText);
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    c.body = dark ? QColor(0xe8, 0xee, 0xed) : QColor(0x24, 0x3b, 0x40);
    c.farBody = c.body;
    c.farBody.setAlphaF(0.38f);
    c.highlight = dark ? QColor(0xff, 0x8a, 0x70) : QColor(0xe0, 0x5a, 0x3c);
    c.highlight.setAlphaF(0.75f);
    c.floor = text;
    c.floor.setAlphaF(0.35f);
    c.prop = dark ? QColor(0x8f, 0xc9, 0xbf) : theme::accent();
    c.propFill = c.prop;
    c.propFill.setAlphaF(0.22f);
    c.cue = dark ? QColor(0xff, 0xd0, 0x6b) : QColor(0xb0, 0x5a, 0x00);
    c.water = QColor(0x3d, 0x8f, 0xd1);
    c.water.setAlphaF(0.18f);
    return c;
}

FigurePainter::FigurePainter(const ExerciseFigure &figure)
    : m_figure(figure)
{
    const FigureMotion &m = figure.motion;
    if (m.isEmpty())
        return;
    // The whole movement on this side: the frame never changes while the figure moves. The other side is this
    // picture mirrored about the frame's centre line, so it fits the same frame exactly.
    QRectF box;
    for (int i = 0; i <= 20; ++i) {
        const double f = i / 20.0;
        includeBody(box, forwardKinematics(m.into(f)));
        includeBody(box, forwardKinematics(m.outOf(f)));
    }
    include(box, {box.left(), 0});
    const PropPlacement props = place(forwardKinematics(m.startPose()), box);
    if (has(figure.props, Prop::Wall))
        box = box.united(QRectF(props.wallX - 3, 0, 3, 170));
    if (has(figure.props, Prop::Chair))
        box = box.united(props.chairSeat.adjusted(0, -props.chairSeat.top(), 0, 45));
    if (has(figure.props, Prop::Step))
        box = box.united(props.step);
    if (has(figure.props, Prop::StationaryBike))
        box = box.united(props.bike.extent());
    for (const FigureCue &cue : figure.cues)
        for (const Pose &pose : {m.startPose(), m.holdPose()})
            for (const QPointF &p : cueShape(cue, forwardKinematics(pose), false).line)
                include(box, {p.x(), p.y()}, 4);
    if (has(figure.props, Prop::Cushion))
        box = box.united(props.cushion);
    const double mx = box.width() * kMargin;
    const double my = box.height() * kMargin;
    m_frame = box.adjusted(-mx, -my, mx, my);
    m_axis = m_frame.center().x();
}

BodyPoints FigurePainter::pointsFor(const Pose &pose, bool otherSide) const
{
    if (!otherSide)
        return forwardKinematics(pose);
    return forwardKinematics(pose.withSidesSwapped()).mirrored(m_axis);
}

void FigurePainter::paint(
    QPainter &painter, const QRectF &target, const Pose &pose, bool otherSide, const FigureColors &colors) const
{
    if (m_figure.motion.isEmpty() || m_frame.isEmpty() || target.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(target, Qt::IntersectClip); // round caps and the mat's ends must not spill over
    // Fit the frame into the target, centred, keeping its shape; y grows upwards in the figure.
    const double scale = std::min(target.width() / m_frame.width(), target.height() / m_frame.height());
    const QPointF centre = target.center();
    painter.translate(centre.x(), centre.y());
    painter.scale(scale, -scale);
    painter.translate(-m_frame.center().x(), -m_frame.center().y());

    const BodyPoints b = pointsFor(pose, otherSide);
    QRectF body;
    includeBody(body, pointsFor(m_figure.motion.startPose(), false));
    const PropPlacement props = place(pointsFor(m_figure.motion.startPose(), false), body);
    const auto side = [&](const QRectF &r) {
        return otherSide ? QRectF(2 * m_axis - r.right(), r.top(), r.width(), r.height()) : r;
    };
    const double wallX = otherSide ? 2 * m_axis - props.wallX : props.wallX;
    const auto pen = [scale](const QColor &color, double widthCm) {
        return QPen(color, std::max(widthCm, 1.2 / scale), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    };
    const std::vector<Prop> &wanted = m_figure.props;

    // Behind the body: water, the wall, the chair, the mat, the step, the floor.
    if (has(wanted, Prop::Water)) {
        painter.fillRect(side(props.water), colors.water);
    }
    painter.setPen(pen(colors.floor, 1.0));
    painter.drawLine(QPointF(m_frame.left(), 0), QPointF(m_frame.right(), 0));
    if (has(wanted, Prop::Wall)) {
        painter.fillRect(QRectF(wallX - (otherSide ? 0 : 3), 0, 3, m_frame.bottom()), colors.prop);
    }
    if (has(wanted, Prop::Chair)) {
        const QRectF seat = side(props.chairSeat);
        painter.setPen(pen(colors.prop, 2.5));
        painter.setBrush(colors.propFill);
        painter.drawRect(seat);
        painter.drawLine(QPointF(seat.left() + 2, seat.top()), QPointF(seat.left() + 2, 0));
        painter.drawLine(QPointF(seat.right() - 2, seat.top()), QPointF(seat.right() - 2, 0));
        const double backX = otherSide ? seat.right() - 1 : seat.left() + 1;
        painter.drawLine(QPointF(backX, seat.bottom()), QPointF(backX, seat.bottom() + 42));
    }
    if (has(wanted, Prop::Mat)) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.propFill);
        painter.drawRoundedRect(side(props.mat), 1.2, 1.2);
    }
    if (has(wanted, Prop::Step)) {
        painter.setPen(pen(colors.prop, 2));
        painter.setBrush(colors.propFill);
        painter.drawRect(side(props.step));
    }
    if (has(wanted, Prop::StationaryBike)) {
        const auto x = [&](QPointF p) { return otherSide ? QPointF(2 * m_axis - p.x(), p.y()) : p; };
        const Bike &bike = props.bike;
        const QPointF crank = x(bike.crank);
        const QPointF seat = x(bike.seat);
        const QPointF bar = x(bike.handlebar);
        const QPointF fly = x(bike.flywheel);
        const double ahead = otherSide ? -1 : 1;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(pen(colors.prop, 3));
        painter.drawLine(seat, crank);
        painter.drawLine(crank, fly);
        painter.drawLine(fly, bar);
        painter.drawLine(crank, QPointF(crank.x() - ahead * 28, 1.5)); // the back foot of the frame
        painter.drawLine(fly, QPointF(fly.x() + ahead * 10, 1.5));
        painter.drawLine(QPointF(crank.x() - ahead * 36, 1.5), QPointF(crank.x() - ahead * 20, 1.5));
        painter.drawLine(QPointF(fly.x() + ahead * 2, 1.5), QPointF(fly.x() + ahead * 18, 1.5));
        painter.setPen(pen(colors.prop, 5));
        painter.drawLine(seat - QPointF(ahead * 9, 0), seat + QPointF(ahead * 7, 0));
        painter.drawLine(bar - QPointF(ahead * 2, 3), bar + QPointF(ahead * 3, 2));
        painter.setPen(pen(colors.prop, 2));
        painter.setBrush(colors.propFill);
        painter.drawEllipse(fly, bike.flywheelRadius, bike.flywheelRadius);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(pen(colors.prop, 1.2));
        painter.drawEllipse(crank, bike.crankRadius, bike.crankRadius);
    }

    // The highlighted parts, as a glow under the lines.
    const BodyPoints::Limb &leftLimb = otherSide ? b.right : b.left;
    const BodyPoints::Limb &rightLimb = otherSide ? b.left : b.right;
    painter.setPen(pen(colors.highlight, kLimbWidth * 2.2));
    for (const FigurePart part : m_figure.highlight) {
        switch (part) {
        case FigurePart::Neck:
            painter.drawLine(qp(b.shoulders), qp(b.neckTop));
            break;
        case FigurePart::UpperBack:
        case FigurePart::LowerBack:
            painter.drawPath(spinePath(b, part));
            break;
        case FigurePart::Buttocks:
            painter.drawPoint(qp(b.pelvis));
            break;
        case FigurePart::LeftArm:
        case FigurePart::RightArm: {
            const BodyPoints::Limb &l = part == FigurePart::LeftArm ? leftLimb : rightLimb;
            painter.drawPolyline(std::array<QPointF, 3>{qp(b.shoulders), qp(l.elbow), qp(l.handTip)}.data(), 3);
            break;
        }
        case FigurePart::LeftThigh:
            painter.drawLine(qp(b.pelvis), qp(leftLimb.knee));
            break;
        case FigurePart::RightThigh:
            painter.drawLine(qp(b.pelvis), qp(rightLimb.knee));
            break;
        case FigurePart::LeftLowerLeg:
            painter.drawLine(qp(leftLimb.knee), qp(leftLimb.ankle));
            break;
        case FigurePart::RightLowerLeg:
            painter.drawLine(qp(rightLimb.knee), qp(rightLimb.ankle));
            break;
        case FigurePart::LeftFoot:
            painter.drawLine(qp(leftLimb.ankle), qp(leftLimb.toes));
            break;
        case FigurePart::RightFoot:
            painter.drawLine(qp(rightLimb.ankle), qp(rightLimb.toes));
            break;
        }
    }

    // The body: the far limbs first and paler, then the trunk and head, then the near limbs. Seen from the
    // figure's left, its left limbs are near; on the other side, its right ones.
    const BodyPoints::Limb &near = otherSide ? b.right : b.left;
    const BodyPoints::Limb &far = otherSide ? b.left : b.right;
    const auto limbs = [&](const BodyPoints::Limb &l, const QColor &color) {
        painter.setPen(pen(color, kLimbWidth));
        const std::array<QPointF, 4> leg{qp(b.pelvis), qp(l.knee), qp(l.ankle), qp(l.toes)};
        painter.drawPolyline(leg.data(), static_cast<int>(leg.size()));
        const std::array<QPointF, 4> arm{qp(b.shoulders), qp(l.elbow), qp(l.wrist), qp(l.handTip)};
        painter.drawPolyline(arm.data(), static_cast<int>(arm.size()));
    };
    painter.setBrush(Qt::NoBrush);
    limbs(far, colors.farBody);
    if (has(wanted, Prop::Cushion)) {
        painter.setPen(pen(colors.prop, 1.5));
        painter.setBrush(colors.propFill);
        painter.drawRoundedRect(side(props.cushion), 3, 3);
    }
    if (has(wanted, Prop::Pillow)) {
        painter.setPen(pen(colors.prop, 1.5));
        painter.setBrush(colors.propFill);
        painter.drawRoundedRect(side(props.pillow), 4, 4);
    }
    if (has(wanted, Prop::Towel)) {
        painter.setPen(pen(colors.prop, 1.5));
        painter.setBrush(colors.propFill);
        painter.drawEllipse(side(props.towel));
    }
    painter.setPen(pen(colors.body, kLimbWidth * 1.35));
    painter.drawPath(spinePath(b));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors.body);
    painter.drawEllipse(qp(b.headCentre), b.headRadius, b.headRadius);
    painter.setBrush(Qt::NoBrush);
    limbs(near, colors.body);
    if (has(wanted, Prop::Strap)) {
        painter.setPen(pen(colors.prop, 1.5));
        painter.drawLine(qp(near.handTip), qp(near.toes));
    }

    // Cue arrows on top: what the side view cannot show.
    for (const FigureCue &cue : m_figure.cues) {
        const CueShape shape = cueShape(cue, b, otherSide);
        if (shape.line.size() < 2)
            continue;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(pen(colors.cue, 1.8));
        painter.drawPolyline(shape.line.data(), static_cast<int>(shape.line.size()));
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.cue);
        const double head = std::max(4.5, 7.0 / scale);
        if (shape.headAtEnd)
            drawHead(painter, shape.line.back(), shape.line[shape.line.size() - 2], head);
        if (shape.headAtStart)
            drawHead(painter, shape.line.front(), shape.line[1], head);
    }
    painter.restore();
}

QImage FigurePainter::keyPose(const ExerciseFigure &figure, QSize size, const FigureColors &colors, bool otherSide)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (figure.motion.isEmpty())
        return image;
    QPainter painter(&image);
    FigurePainter(figure).paint(
        painter, QRectF(QPointF(0, 0), QSizeF(size)), figure.motion.holdPose(), otherSide, colors);
    return image;
}

QByteArray FigurePainter::keyPoseSvg(
    const ExerciseFigure &figure, QSize size, const FigureColors &colors, const QString &title, bool otherSide)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    svg.setDescription(QCoreApplication::translate("FigurePainter", "Lumbar Relief exercise figure"));
    QPainter painter(&svg);
    if (!figure.motion.isEmpty())
        FigurePainter(figure).paint(
            painter, QRectF(QPointF(0, 0), QSizeF(size)), figure.motion.holdPose(), otherSide, colors);
    painter.end();
    return buffer.data();
}

} // namespace lumbar::ui
