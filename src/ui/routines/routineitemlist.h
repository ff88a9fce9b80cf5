// RoutineItemList and ExercisePicker: the routine builder's two lists. The picker drags exercises out as their ids;
// the item list takes those and its own rows as drops, and Ctrl+Up/Down and Delete as keys, but changes nothing
// itself: it asks, and the builder makes the edit (so it can be undone) and shows the result.
#pragma once

#include <QListWidget>

namespace lumbar::ui {

// The drag-and-drop formats: an exercise id from the picker, a row number from the item list.
QString exerciseIdMimeType();
QString routineRowMimeType();

class ExercisePicker : public QListWidget
{
    Q_OBJECT

public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
};

class RoutineItemList : public QListWidget
{
    Q_OBJECT

public:
    using QListWidget::QListWidget;

signals:
    void addRequested(const QString &exerciseId, int at);
    void moveRequested(int from, int to);
    void removeRequested(int at);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The row a drop at `pos` puts things before: below the last row means at the end.
    int dropRow(QPoint pos) const;
};

} // namespace lumbar::ui
