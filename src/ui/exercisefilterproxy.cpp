#include "exercisefilterproxy.h"

#include "exerciselistmodel.h"

#include "core/exercisesearch.h"

namespace lumbar::ui {

ExerciseFilterProxy::ExerciseFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ExerciseFilterProxy::setExerciseModel(ExerciseListModel *model)
{
    m_model = model;
    QSortFilterProxyModel::setSourceModel(model);
}

void ExerciseFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_query = text.toStdString();
    invalidateRowsFilter();
}

const Exercise *ExerciseFilterProxy::exerciseAt(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this)
        return nullptr;
    return m_model->exerciseAt(mapToSource(proxyIndex));
}

bool ExerciseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model)
        return true;
    const Exercise *exercise = m_model->exerciseAt(m_model->index(sourceRow, 0, sourceParent));
    return exercise && exerciseMatches(*exercise, m_query);
}

} // namespace lumbar::ui
