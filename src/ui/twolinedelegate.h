// TwoLineDelegate: paints a list row as a name with a quieter second line, for the exercise and routine lists.
#pragma once

#include <QStyledItemDelegate>

namespace lumbar::ui {

class TwoLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // `subtitleRole` is the model role that holds the second line.
    explicit TwoLineDelegate(int subtitleRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_subtitleRole;
};

} // namespace lumbar::ui
