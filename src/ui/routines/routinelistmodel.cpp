#include "routinelistmodel.h"

#include "ui/text/uitext.h"

using namespace Qt::StringLiterals;

namespace lumbar::ui {

RoutineListModel::RoutineListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void RoutineListModel::setBank(std::shared_ptr<const ContentBank> bank)
{
    beginResetModel();
    m_bank = std::move(bank);
    endResetModel();
}

int RoutineListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_bank)
        return 0;
    return static_cast<int>(m_bank->routines().size());
}

const Routine *RoutineListModel::routineAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || !m_bank || index.column() != 0)
        return nullptr;
    const auto row = static_cast<std::size_t>(index.row());
    return row < m_bank->routines().size() ? &m_bank->routines()[row] : nullptr;
}

QVariant RoutineListModel::data(const QModelIndex &index, int role) const
{
    const Routine *r = routineAt(index);
    if (!r)
        return {};
    const int count = static_cast<int>(r->items.size());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return qs(r->name);
    case Qt::ToolTipRole:
        return plainToolTip(qs(r->purpose));
    case PurposeRole:
        return qs(r->purpose);
    case IdRole:
        return qs(r->id);
    case ItemCountRole:
        return count;
    case SubtitleRole: {
        const QString items = count == 1 ? tr("1 exercise") : tr("%1 exercises").arg(count);
        return QString(items + u" · "_s + qs(r->purpose));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> RoutineListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "routineId");
    names.insert(ItemCountRole, "itemCount");
    names.insert(PurposeRole, "purpose");
    names.insert(SubtitleRole, "subtitle");
    return names;
}

} // namespace lumbar::ui
