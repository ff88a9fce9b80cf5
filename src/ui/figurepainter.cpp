#include "figurepainter.h"

#include "theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <array>

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

// The extent of each prop, placed from the starting position, in centimetres.
struct PropPlacement
{
    QRectF mat, cushion, pillow, towel, chairSeat, step, water;
    double wallX = 0;
    QPointF bikeWheel;
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
    p.bikeWheel = QPointF(start.left.knee.x + 25, 30);
    return p;
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
        box = box.united(QRectF(props.bikeWheel.x() - 30, 0, 60, 60));
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
    const BodyPoints start = pointsFor(m_figure.motion.startPose(), otherSide);
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
        QPointF wheel = props.bikeWheel;
        if (otherSide)
            wheel.setX(2 * m_axis - wheel.x());
        painter.setPen(pen(colors.prop, 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(wheel, 26, 26);
        painter.drawLine(wheel, QPointF(start.pelvis.x, start.pelvis.y - 6));
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
            painter.drawLine(qp(b.waist), qp(b.shoulders));
            break;
        case FigurePart::LowerBack:
            painter.drawLine(qp(b.pelvis), qp(b.waist));
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
    const std::array<QPointF, 4> spine{qp(b.pelvis), qp(b.waist), qp(b.shoulders), qp(b.neckTop)};
    painter.drawPolyline(spine.data(), static_cast<int>(spine.size()));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors.body);
    painter.drawEllipse(qp(b.headCentre), b.headRadius, b.headRadius);
    painter.setBrush(Qt::NoBrush);
    limbs(near, colors.body);
    if (has(wanted, Prop::Strap)) {
        painter.setPen(pen(colors.prop, 1.5));
        painter.drawLine(qp(near.handTip), qp(near.toes));
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

} // namespace lumbar::ui
