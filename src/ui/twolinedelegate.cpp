#include "twolinedelegate.h"

#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

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
    const int x = static_cast<int>(card.left()) + kPadX;
    const int width = static_cast<int>(card.width()) - 2 * kPadX;
    const int top = static_cast<int>(card.top()) + kPadY;

    painter->setFont(tf);
    painter->setPen(selected ? QColor(Qt::white) : theme::text());
    const QString title = tm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, width);
    painter->drawText(QRect(x, top, width, tm.height()), Qt::AlignLeft | Qt::AlignVCenter, title);

    painter->setFont(sf);
    painter->setPen(selected ? QColor(0xe6, 0xf4, 0xf1) : theme::mutedText());
    const QString subtitle = sm.elidedText(index.data(m_subtitleRole).toString(), Qt::ElideRight, width);
    painter->drawText(
        QRect(x, top + tm.height() + kGap, width, sm.height()), Qt::AlignLeft | Qt::AlignVCenter, subtitle);

    painter->restore();
}

} // namespace lumbar::ui
