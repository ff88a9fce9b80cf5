// RoutineListModel: the bank's routines as a flat list, one row per routine.
#pragma once

#include "core/contentbank.h"

#include <QAbstractListModel>

#include <memory>

namespace lumbar::ui {

class RoutineListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the bank id
        ItemCountRole, // int: how many exercises the routine has
        PurposeRole, // QString
        SubtitleRole, // QString: "3 exercises · purpose", the list's second line
    };
    Q_ENUM(Role)

    explicit RoutineListModel(QObject *parent = nullptr);

    void setBank(std::shared_ptr<const ContentBank> bank);
    const ContentBank *bank() const { return m_bank.get(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // nullptr for an invalid index or one from another model.
    const Routine *routineAt(const QModelIndex &index) const;

private:
    std::shared_ptr<const ContentBank> m_bank;
};

} // namespace lumbar::ui
