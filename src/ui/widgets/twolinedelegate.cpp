#include "twolinedelegate.h"

#include "icons.h"
#include "theme.h"

#include "core/contenttypes.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace lumbar::ui {

namespace {

constexpr int kPadX = 14;
constexpr int kPadY = 9;
constexpr int kGap = 3;
constexpr int kMargin = 4; // space around the rounded selection, so rows don't touch

QFont titleFont(const QStyleOptionViewItem &option)
{
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 1.08);
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont subtitleFont(const QStyleOptionViewItem &option)
{
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 0.92);
    return f;
}

} // namespace

TwoLineDelegate::TwoLineDelegate(int subtitleRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_subtitleRole(subtitleRole)
{
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics title(titleFont(option));
    const QFontMetrics subtitle(subtitleFont(option));
    return {200, 2 * kMargin + 2 * kPadY + title.height() + kGap + subtitle.height()};
}

void TwoLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QRectF card = QRectF(option.rect).adjusted(kMargin + 2, kMargin, -kMargin - 2, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool focused = option.state & QStyle::State_HasFocus;

    if (selected || hovered) {
        QPainterPath path;
        path.addRoundedRect(card, 8, 8);
        painter->fillPath(path, selected ? theme::accent() : theme::accentSoft());
    }
    if (focused && !selected) {
        painter->setPen(QPen(theme::accent(), 1.5));
        painter->drawRoundedRect(card, 8, 8);
    }

    const QFont tf = titleFont(option);
    const QFont sf = subtitleFont(option);
    const QFontMetrics tm(tf);
    const QFontMetrics sm(sf);
    int x = static_cast<int>(card.left()) + kPadX;
    int width = static_cast<int>(card.width()) - 2 * kPadX;
    const int top = static_cast<int>(card.top()) + kPadY;

    if (m_positionRole >= 0) {
        const auto keyPose = index.data(Qt::DecorationRole).value<QImage>();
        if (const auto position = enumFromString<Position>(index.data(m_positionRole).toString().toStdString())) {
            const qreal side = card.height() - 2 * (kPadY - 3);
            const QRectF tile(card.left() + kPadX - 4, card.top() + kPadY - 3, side, side);
            QPainterPath rounded;
            rounded.addRoundedRect(tile, 6, 6);
            painter->fillPath(rounded, selected ? QColor(255, 255, 255, 40) : theme::accentSoft());
            if (!keyPose.isNull()) {
                // The exercise's own figure in its held pose.
                painter->setRenderHint(QPainter::SmoothPixmapTransform);
                painter->drawImage(tile.adjusted(1, 1, -1, -1), keyPose);
            } else {
                icons::drawPositionFigure(
                    *painter, tile.adjusted(3, 3, -3, -3), *position, selected ? QColor(Qt::white) : theme::accent());
            }
            const int shift = static_cast<int>(side) + 8;
            x += shift - 4;
            width -= shift - 4;
        }
    }

    painter->setFont(tf);
    painter->setPen(selected ? theme::onAccent() : theme::text());
    const QString fullTitle = index.data(Qt::DisplayRole).toString();
    const QString title = tm.elidedText(fullTitle, Qt::ElideRight, width);
    const QList<int> spans = m_highlightRole >= 0 ? index.data(m_highlightRole).value<QList<int>>() : QList<int>();
    if (spans.isEmpty()) {
        painter->drawText(QRect(x, top, width, tm.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
    } else {
        // Matched parts: accent and heavier on a plain row, underlined on the selected (accent) row.
        const auto visible = static_cast<int>(title == fullTitle ? title.size() : title.size() - 1); // "…"
        QList<QTextLayout::FormatRange> formats;
        for (qsizetype i = 0; i + 1 < spans.size(); i += 2) {
            const int begin = spans[i];
            const int end = std::min(spans[i + 1], visible);
            if (begin >= end)
                continue;
            QTextLayout::FormatRange range;
            range.start = begin;
            range.length = end - begin;
            range.format.setFontWeight(QFont::Bold);
            range.format.setForeground(selected ? QColor(Qt::white) : theme::accent());
            range.format.setFontUnderline(selected);
            formats << range;
        }
        QTextLayout layout(title, tf, painter->device());
        layout.setFormats(formats);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(width);
        layout.endLayout();
        painter->save();
        painter->setClipRect(QRect(x, top, width, tm.height()));
        layout.draw(painter, QPointF(x, top + (tm.height() - line.height()) / 2));
        painter->restore();
    }

    painter->setFont(sf);
    painter->setPen(selected ? theme::onAccent() : theme::mutedText());
    QString second = index.data(m_subtitleRole).toString();
    // A warning takes the second line, in the safety colour, so a marked exercise stands out in the list.
    if (const QString warning = m_warningRole >= 0 ? index.data(m_warningRole).toString() : QString();
        !warning.isEmpty()) {
        second = warning;
        QFont bold = sf;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(selected ? theme::onAccent() : theme::danger());
    }
    const QString subtitle = QFontMetrics(painter->font()).elidedText(second, Qt::ElideRight, width);
    painter->drawText(
        QRect(x, top + tm.height() + kGap, width, sm.height()), Qt::AlignLeft | Qt::AlignVCenter, subtitle);

    painter->restore();
}

} // namespace lumbar::ui
