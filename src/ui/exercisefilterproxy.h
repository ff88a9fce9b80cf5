// ExerciseFilterProxy: narrows an ExerciseListModel to the exercises a search matches (matching is the core's).
#pragma once

#include <QSortFilterProxyModel>

#include <string>

namespace lumbar {
struct Exercise;
}

namespace lumbar::ui {

class ExerciseListModel;

class ExerciseFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ExerciseFilterProxy(QObject *parent = nullptr);

    // Typed source: the proxy needs the exercises themselves, not their display text.
    void setExerciseModel(ExerciseListModel *model);
    ExerciseListModel *exerciseModel() const { return m_model; }

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // The exercise behind a row of this proxy; nullptr for an invalid index.
    const Exercise *exerciseAt(const QModelIndex &proxyIndex) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    using QSortFilterProxyModel::setSourceModel; // use setExerciseModel

    ExerciseListModel *m_model = nullptr;
    QString m_searchText;
    std::string m_query; // UTF-8 copy made once per change, not once per row
};

} // namespace lumbar::ui
