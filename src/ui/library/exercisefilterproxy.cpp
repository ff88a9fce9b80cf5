#include "exercisefilterproxy.h"

#include "exerciselistmodel.h"

namespace lumbar::ui {

ExerciseFilterProxy::ExerciseFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    sort(0); // by rank (lessThan), kept up to date as rows change
}

void ExerciseFilterProxy::setExerciseModel(ExerciseListModel *model)
{
    m_model = model;
    QSortFilterProxyModel::setSourceModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &ExerciseFilterProxy::searchResultChanged);
}

void ExerciseFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    research();
}

void ExerciseFilterProxy::setFilters(const ExerciseFilters &filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    research();
}

void ExerciseFilterProxy::research()
{
    ensureCurrent(); // searches again, narrowing the previous result while the text grows
    invalidate();
    emit searchResultChanged();
}

void ExerciseFilterProxy::ensureCurrent() const
{
    if (!m_model) {
        m_hitOfRow.clear();
        return;
    }
    const ExerciseIndex &index = m_model->searchIndex();
    if (m_result.indexSerial() == index.serial() && m_result.filters() == m_filters && m_searchedText == m_searchText)
        return;
    m_searchedText = m_searchText;
    index.search(m_searchText.toStdString(), m_filters, m_result);
    m_hitOfRow.assign(index.size(), -1);
    const auto hits = m_result.hits();
    for (std::size_t i = 0; i < hits.size(); ++i)
        m_hitOfRow[hits[i].exercise] = static_cast<int>(i);
}

const SearchResult &ExerciseFilterProxy::searchResult() const
{
    ensureCurrent();
    return m_result;
}

const SearchHit *ExerciseFilterProxy::hitFor(int sourceRow) const
{
    ensureCurrent();
    if (sourceRow < 0 || static_cast<std::size_t>(sourceRow) >= m_hitOfRow.size())
        return nullptr;
    const int position = m_hitOfRow[static_cast<std::size_t>(sourceRow)];
    return position < 0 ? nullptr : &m_result.hits()[static_cast<std::size_t>(position)];
}

const Exercise *ExerciseFilterProxy::exerciseAt(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this)
        return nullptr;
    return m_model->exerciseAt(mapToSource(proxyIndex));
}

QVariant ExerciseFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role != NameHighlightRole)
        return QSortFilterProxyModel::data(index, role);
    const Exercise *exercise = exerciseAt(index);
    const SearchHit *hit = exercise ? hitFor(mapToSource(index).row()) : nullptr;
    if (!hit)
        return {};
    // Byte offsets in the UTF-8 name → positions in the QString the view shows.
    const std::string &name = exercise->name.english();
    QList<int> spans;
    for (const TextRange &range : m_result.nameRanges(*hit)) {
        spans << static_cast<int>(QString::fromUtf8(name.data(), range.begin).size())
              << static_cast<int>(QString::fromUtf8(name.data(), range.end).size());
    }
    return QVariant::fromValue(spans);
}

bool ExerciseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model)
        return true;
    return !sourceParent.isValid() && hitFor(sourceRow) != nullptr;
}

bool ExerciseFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Both rows passed the filter, so both have a hit; the hits are already in rank order.
    ensureCurrent();
    const auto at = [this](const QModelIndex &i) {
        const auto row = static_cast<std::size_t>(i.row());
        return row < m_hitOfRow.size() ? m_hitOfRow[row] : i.row();
    };
    return at(left) < at(right);
}

} // namespace lumbar::ui
