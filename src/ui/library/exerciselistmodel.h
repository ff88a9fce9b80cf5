// ExerciseListModel: the bank's exercises as a flat list for views and proxies, one row per exercise, with the
// search index built once per bank.
#pragma once

#include "core/contentbank.h"
#include "core/exerciseindex.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QSet>

#include <memory>

namespace lumbar::ui {

class ExerciseListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the bank id
        CategoryRole, // QString: the bank spelling ("nerve-mobility")
        PositionRole, // QString: the bank spelling ("lying-on-back")
        DifficultyRole, // QString: the bank spelling ("easy")
        SummaryRole, // QString
        SubtitleRole, // QString: "Stretch · Lying on back · Easy", the list's second line
        FlagRole, // QString: why the exercise is marked for this user, empty when it is not
    };
    Q_ENUM(Role)

    explicit ExerciseListModel(QObject *parent = nullptr);

    // The bank is shared, not copied; the model keeps it alive for as long as it shows it.
    void setBank(std::shared_ptr<const ContentBank> bank);
    const ContentBank *bank() const { return m_bank.get(); }
    // The search index of the bank shown (rows are its exercise positions); empty without a bank.
    const ExerciseIndex &searchIndex() const { return m_index; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // nullptr for an invalid index or one from another model.
    const Exercise *exerciseAt(const QModelIndex &index) const;
    // The row of the exercise with this id, or an invalid index.
    QModelIndex indexOfId(const QString &id) const;
    // The exercises marked for this user (see LibraryPage::setFlags), by id.
    void setFlagged(const QSet<QString> &ids);

private:
    std::shared_ptr<const ContentBank> m_bank;
    ExerciseIndex m_index;
    QSet<QString> m_flagged;
    mutable QHash<QString, QImage> m_keyPoses; // drawn when a row first shows, by exercise id
};

} // namespace lumbar::ui
