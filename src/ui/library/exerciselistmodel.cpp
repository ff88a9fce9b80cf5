#include "exerciselistmodel.h"

#include "ui/figures/figurepainter.h"
#include "ui/text/uitext.h"

#include <QPalette>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

ExerciseListModel::ExerciseListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ExerciseListModel::setBank(std::shared_ptr<const ContentBank> bank)
{
    beginResetModel();
    m_bank = std::move(bank);
    m_index = m_bank ? ExerciseIndex(*m_bank, bankLanguage()) : ExerciseIndex();
    m_keyPoses.clear();
    endResetModel();
}

int ExerciseListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_bank)
        return 0;
    return static_cast<int>(m_bank->exercises().size());
}

const Exercise *ExerciseListModel::exerciseAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || !m_bank || index.column() != 0)
        return nullptr;
    const auto row = static_cast<std::size_t>(index.row());
    return row < m_bank->exercises().size() ? &m_bank->exercises()[row] : nullptr;
}

QModelIndex ExerciseListModel::indexOfId(const QString &id) const
{
    if (!m_bank)
        return {};
    const std::string key = toStd(id);
    const auto &all = m_bank->exercises();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].id == key)
            return index(static_cast<int>(i));
    return {};
}

QVariant ExerciseListModel::data(const QModelIndex &index, int role) const
{
    const Exercise *e = exerciseAt(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return qs(e->name);
    case Qt::DecorationRole: {
        // The held pose, for exercises with a figure; the list draws a stand-in for the rest.
        if (!e->figure)
            return {};
        const QString id = qs(e->id);
        auto it = m_keyPoses.find(id);
        if (it == m_keyPoses.end())
            it = m_keyPoses.insert(
                id, FigurePainter::keyPose(*e->figure, QSize(96, 96), FigureColors::from(QPalette())));
        return it.value();
    }
    case Qt::ToolTipRole:
        return plainToolTip(qs(e->summary));
    case SummaryRole:
        return qs(e->summary);
    case IdRole:
        return qs(e->id);
    case CategoryRole:
        return qs(toString(e->category));
    case PositionRole:
        return qs(toString(e->position));
    case DifficultyRole:
        return qs(toString(e->difficulty));
    case FlagRole:
        return m_flagged.contains(qs(e->id)) ? tr("Marked: talk to your therapist first") : QString();
    case SubtitleRole:
        return QString(
            enumLabel(e->category) + u" · "_s + enumLabel(e->position) + u" · "_s + enumLabel(e->difficulty));
    default:
        return {};
    }
}

void ExerciseListModel::setFlagged(const QSet<QString> &ids)
{
    if (ids == m_flagged)
        return;
    m_flagged = ids;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {FlagRole});
}

QHash<int, QByteArray> ExerciseListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "exerciseId");
    names.insert(CategoryRole, "category");
    names.insert(PositionRole, "position");
    names.insert(DifficultyRole, "difficulty");
    names.insert(SummaryRole, "summary");
    names.insert(SubtitleRole, "subtitle");
    names.insert(FlagRole, "flag");
    return names;
}

} // namespace lumbar::ui
