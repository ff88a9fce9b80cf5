#include "routineitemlist.h"

#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

QString exerciseIdMimeType()
{
    return u"application/x-lumbar-exercise-id"_s;
}

QString routineRowMimeType()
{
    return u"application/x-lumbar-routine-row"_s;
}

QStringList ExercisePicker::mimeTypes() const
{
    return {exerciseIdMimeType()};
}

QMimeData *ExercisePicker::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(exerciseIdMimeType(), items.front()->data(Qt::UserRole).toString().toUtf8());
    return mime;
}

QStringList RoutineItemList::mimeTypes() const
{
    return {exerciseIdMimeType(), routineRowMimeType()};
}

QMimeData *RoutineItemList::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(routineRowMimeType(), QByteArray::number(row(items.front())));
    return mime;
}

void RoutineItemList::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(exerciseIdMimeType()) || event->mimeData()->hasFormat(routineRowMimeType()))
        event->acceptProposedAction();
}

void RoutineItemList::dragMoveEvent(QDragMoveEvent *event)
{
    QListWidget::dragMoveEvent(event); // draws the drop indicator
    if (event->mimeData()->hasFormat(exerciseIdMimeType()) || event->mimeData()->hasFormat(routineRowMimeType()))
        event->acceptProposedAction();
}

void RoutineItemList::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const int at = dropRow(event->position().toPoint());
    if (mime->hasFormat(exerciseIdMimeType())) {
        emit addRequested(QString::fromUtf8(mime->data(exerciseIdMimeType())), at);
    } else if (mime->hasFormat(routineRowMimeType())) {
        const int from = mime->data(routineRowMimeType()).toInt();
        emit moveRequested(from, at > from ? at - 1 : at);
    }
    event->setDropAction(Qt::IgnoreAction); // the builder has already shown the change
    event->accept();
}

void RoutineItemList::keyPressEvent(QKeyEvent *event)
{
    const int at = currentRow();
    if (at >= 0 && event->modifiers() == Qt::ControlModifier && event->key() == Qt::Key_Up) {
        emit moveRequested(at, at - 1);
        return;
    }
    if (at >= 0 && event->modifiers() == Qt::ControlModifier && event->key() == Qt::Key_Down) {
        emit moveRequested(at, at + 1);
        return;
    }
    if (at >= 0 && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        emit removeRequested(at);
        return;
    }
    QListWidget::keyPressEvent(event);
}

int RoutineItemList::dropRow(QPoint pos) const
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return count();
    const QRect rect = visualRect(index);
    return pos.y() > rect.center().y() ? index.row() + 1 : index.row();
}

} // namespace lumbar::ui
