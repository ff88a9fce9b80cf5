// TwoLineDelegate: paints a list row as a name with a quieter second line, for the exercise and routine lists; the
// parts of the name a search matched are drawn in the accent colour, and exercises get a small figure tile.
#pragma once

#include <QStyledItemDelegate>

namespace lumbar::ui {

class TwoLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // `subtitleRole` is the model role that holds the second line.
    explicit TwoLineDelegate(int subtitleRole, QObject *parent = nullptr);

    // The role holding QList<int> begin, end, begin, end… of the name's parts to highlight; -1 (default) for none.
    void setHighlightRole(int role) { m_highlightRole = role; }
    // The role holding the exercise's starting position (bank spelling): at the start of the row the exercise's
    // key pose is drawn (Qt::DecorationRole, a QImage) or, without one, a small figure in that position. -1
    // (default) for neither.
    void setPositionRole(int role) { m_positionRole = role; }
    // The role holding a warning that, when not empty, replaces the second line in the safety colour; -1 for none.
    void setWarningRole(int role) { m_warningRole = role; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_subtitleRole;
    int m_highlightRole = -1;
    int m_positionRole = -1;
    int m_warningRole = -1;
};

} // namespace lumbar::ui
