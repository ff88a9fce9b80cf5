#include "legextentpicker.h"

#include "ui/widgets/theme.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

constexpr qreal pictureWidth = 200;
constexpr int labelGap = 14;
// The part of the 200 × 300 picture the two legs fill: what is fitted into the widget beside the labels.
constexpr QRectF drawn(44, 4, 112, 294);
// Never drawn larger than this: a giant leg on a big window reads as a warning.
constexpr qreal maxScale = 1.5;

QPainterPath polygon(std::initializer_list<QPointF> points)
{
    QPainterPath path;
    path.addPolygon(QPolygonF(QList<QPointF>(points)));
    path.closeSubpath();
    return path;
}

QPainterPath roundedRect(const QRectF &rect, qreal radius)
{
    QPainterPath path;
    path.addRoundedRect(rect, radius, radius);
    return path;
}

// The same region for the other leg, drawn faded so the picture reads as a body.
QPainterPath mirrored(const QPainterPath &path)
{
    return QTransform(-1, 0, 0, 1, pictureWidth, 0).map(path);
}

QColor levelColour(int level)
{
    // From amber at the back to red at the foot: the further down, the more it matters.
    const QColor from = theme::warning().lighter(190);
    const QColor to = theme::danger().lighter(130);
    const float t = static_cast<float>(level) / (legExtentCount - 1);
    const auto mix = [t](float a, float b) { return a + (b - a) * t; };
    return QColor::fromRgbF(
        mix(from.redF(), to.redF()), mix(from.greenF(), to.greenF()), mix(from.blueF(), to.blueF()));
}

} // namespace

LegExtentPicker::LegExtentPicker(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"legExtentPicker"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("How far down the leg symptoms reach"));
    setToolTip(tr("Click the lowest place your symptoms reach, in either leg. Arrow keys move up and down."));
    updateAccessibleText();
}

QString LegExtentPicker::extentName(LegExtent extent)
{
    switch (extent) {
    case LegExtent::BackOnly:
        return tr("Back only");
    case LegExtent::Buttock:
        return tr("Buttock");
    case LegExtent::Thigh:
        return tr("Thigh");
    case LegExtent::BelowKnee:
        return tr("Below the knee");
    case LegExtent::Foot:
        return tr("Foot");
    }
    return {};
}

QString LegExtentPicker::reachPhrase(LegExtent extent)
{
    switch (extent) {
    case LegExtent::BackOnly:
        return tr("only your back");
    case LegExtent::Buttock:
        return tr("your buttock");
    case LegExtent::Thigh:
        return tr("your thigh");
    case LegExtent::BelowKnee:
        return tr("below the knee");
    case LegExtent::Foot:
        return tr("your foot");
    }
    return {};
}

const std::array<QPainterPath, legExtentCount> &LegExtentPicker::regions()
{
    static const std::array<QPainterPath, legExtentCount> paths{
        roundedRect(QRectF(48, 8, 104, 84), 22),
        roundedRect(QRectF(101, 96, 52, 48), 20),
        polygon({{103, 148}, {153, 148}, {146, 226}, {111, 226}}),
        polygon({{111, 230}, {146, 230}, {139, 270}, {117, 270}}),
        roundedRect(QRectF(113, 274, 36, 20), 7),
    };
    return paths;
}

QSize LegExtentPicker::sizeHint() const
{
    return {static_cast<int>(drawn.width()) + labelGap + labelWidth() + 16, 320};
}

QSize LegExtentPicker::minimumSizeHint() const
{
    return {static_cast<int>(drawn.width() * 0.7) + labelGap + labelWidth() + 8, 220};
}

int LegExtentPicker::labelWidth() const
{
    // The widest name in bold (the chosen one is), so no label is ever cut off.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (int i = 0; i < legExtentCount; ++i)
        widest = std::max(widest, metrics.horizontalAdvance(extentName(static_cast<LegExtent>(i))));
    return widest + 4;
}

qreal LegExtentPicker::scale() const
{
    const qreal byHeight = (height() - 8) / drawn.height();
    const qreal byWidth = (width() - 8 - labelGap - labelWidth()) / drawn.width();
    return std::clamp(std::min(byHeight, byWidth), 0.3, maxScale);
}

// The legs and their labels as one group, centred in the widget.
QTransform LegExtentPicker::toWidget() const
{
    const qreal s = scale();
    const qreal groupWidth = drawn.width() * s + labelGap + labelWidth();
    const qreal left = std::max<qreal>(4, (width() - groupWidth) / 2);
    const qreal top = std::max<qreal>(4, (height() - drawn.height() * s) / 2);
    QTransform transform;
    transform.translate(left - drawn.left() * s, top - drawn.top() * s);
    transform.scale(s, s);
    return transform;
}

QRect LegExtentPicker::labelRect(LegExtent extent) const
{
    const QRectF region = toWidget().mapRect(regions().at(static_cast<std::size_t>(extent)).boundingRect());
    const int left = static_cast<int>(toWidget().map(drawn.topRight()).x()) + labelGap;
    const int lineHeight = fontMetrics().height() + 6;
    return {left, static_cast<int>(region.center().y()) - lineHeight / 2, labelWidth(), lineHeight};
}

QPoint LegExtentPicker::regionCentre(LegExtent extent) const
{
    return toWidget().map(regions().at(static_cast<std::size_t>(extent)).boundingRect().center()).toPoint();
}

std::optional<LegExtent> LegExtentPicker::levelAt(QPoint point) const
{
    const QPointF inPicture = toWidget().inverted().map(QPointF(point));
    for (int i = legExtentCount - 1; i >= 0; --i) {
        const auto extent = static_cast<LegExtent>(i);
        if (regions().at(static_cast<std::size_t>(i)).contains(inPicture) || labelRect(extent).contains(point))
            return extent;
    }
    return std::nullopt;
}

void LegExtentPicker::setExtent(std::optional<LegExtent> extent)
{
    if (m_extent == extent)
        return;
    m_extent = extent;
    updateAccessibleText();
    update();
}

void LegExtentPicker::pick(std::optional<LegExtent> extent)
{
    if (m_extent == extent)
        return;
    setExtent(extent);
    emit extentChanged();
}

void LegExtentPicker::updateAccessibleText()
{
    const QString now = m_extent ? tr("Symptoms reach: %1").arg(extentName(*m_extent)) : tr("Not marked");
    setAccessibleDescription(now);
    QAccessibleValueChangeEvent event(this, now);
    QAccessible::updateAccessibility(&event);
}

void LegExtentPicker::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.save();
    painter.setTransform(toWidget());
    const auto &paths = regions();
    // The other leg, faded.
    painter.setPen(QPen(theme::border(), 1.5));
    painter.setBrush(theme::window());
    for (std::size_t i = 1; i < paths.size(); ++i)
        painter.drawPath(mirrored(paths.at(i)));
    const int chosen = m_extent ? static_cast<int>(*m_extent) : -1;
    for (int i = 0; i < legExtentCount; ++i) {
        const bool marked = i <= chosen;
        QColor fill = marked ? levelColour(i) : theme::surface();
        if (!marked && m_hover && i <= static_cast<int>(*m_hover))
            fill = theme::accentSoft();
        painter.setPen(QPen(i == chosen ? theme::danger() : theme::mutedText(), i == chosen ? 2.5 : 1.2));
        painter.setBrush(fill);
        painter.drawPath(paths.at(static_cast<std::size_t>(i)));
    }
    painter.restore();

    for (int i = 0; i < legExtentCount; ++i) {
        const auto extent = static_cast<LegExtent>(i);
        const QRect rect = labelRect(extent);
        QFont font = this->font();
        font.setBold(i == chosen);
        painter.setFont(font);
        painter.setPen(i == chosen ? theme::danger() : theme::text());
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, extentName(extent));
    }
    if (hasFocus()) {
        painter.setPen(QPen(theme::accent(), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(rect().adjusted(1, 1, -1, -1), 6, 6);
    }
}

void LegExtentPicker::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (const auto level = levelAt(event->position().toPoint()))
        pick(level);
}

void LegExtentPicker::mouseMoveEvent(QMouseEvent *event)
{
    const auto level = levelAt(event->position().toPoint());
    if (level != m_hover) {
        m_hover = level;
        setCursor(level ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void LegExtentPicker::leaveEvent(QEvent *)
{
    m_hover.reset();
    update();
}

void LegExtentPicker::keyPressEvent(QKeyEvent *event)
{
    const int current = m_extent ? static_cast<int>(*m_extent) : -1;
    switch (event->key()) {
    case Qt::Key_Down:
        pick(static_cast<LegExtent>(std::min(current + 1, legExtentCount - 1)));
        break;
    case Qt::Key_Up:
        if (current > 0)
            pick(static_cast<LegExtent>(current - 1));
        break;
    case Qt::Key_Home:
        pick(LegExtent::BackOnly);
        break;
    case Qt::Key_End:
        pick(LegExtent::Foot);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        pick(std::nullopt);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace lumbar::ui
