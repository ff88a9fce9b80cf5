// ExerciseFilterProxy: narrows an ExerciseListModel to the exercises a search and the library's filters match,
// best match first, with the matched parts of each name for highlighting (matching and ranking are the core's).
#pragma once

#include "core/exerciseindex.h"

#include <QSortFilterProxyModel>

#include <vector>

namespace lumbar {
struct Exercise;
}

namespace lumbar::ui {

class ExerciseListModel;

class ExerciseFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Role {
        // QList<int>: begin, end, begin, end… of the search's matches in the name (QString positions), sorted.
        NameHighlightRole = Qt::UserRole + 100,
    };
    Q_ENUM(Role)

    explicit ExerciseFilterProxy(QObject *parent = nullptr);

    // Typed source: the proxy needs the exercises themselves, not their display text.
    void setExerciseModel(ExerciseListModel *model);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    void setFilters(const ExerciseFilters &filters);
    const ExerciseFilters &filters() const { return m_filters; }

    // The search behind the rows shown: hits, facet counts. Stays valid until the next change.
    const SearchResult &searchResult() const;

    // The exercise behind a row of this proxy; nullptr for an invalid index.
    const Exercise *exerciseAt(const QModelIndex &proxyIndex) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    // After every change of the search text, the filters or the bank's rows.
    void searchResultChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    using QSortFilterProxyModel::setSourceModel; // use setExerciseModel

    void research();
    void ensureCurrent() const;
    const SearchHit *hitFor(int sourceRow) const;

    ExerciseListModel *m_model = nullptr;
    QString m_searchText;
    ExerciseFilters m_filters;
    // Refreshed lazily as well: the bank can change under the proxy (a model reset) before it is told.
    mutable SearchResult m_result;
    mutable QString m_searchedText; // the text m_result is for
    mutable std::vector<int> m_hitOfRow; // source row → position in m_result.hits(), or -1
};

} // namespace lumbar::ui
