#include "dosagetable.h"

#include "playertext.h"

#include "ui/text/dosagewords.h"
#include "ui/text/uitext.h"
#include "ui/widgets/wheelsafespinbox.h"

#include "core/contentbank.h"

#include <QHeaderView>
#include <QSpinBox>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

Millis itemLength(const SessionPlan &plan, std::size_t item)
{
    Millis total{0};
    for (std::size_t p = plan.itemBegin(item); p < plan.itemEnd(item); ++p)
        total += plan.phases[p].duration;
    return total;
}

} // namespace

DosageTable::DosageTable(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(u"dosageTable"_s);
    setAccessibleDescription(
        tr("Each exercise of the routine with its hold, reps and sets for this session, which you can change."));
    // Tab goes from one number to the next and then on, rather than round the table's cells for ever.
    setTabKeyNavigation(false);
    setAccessibleName(tr("Exercises and their dosage for this session"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Exercise"), tr("Hold (seconds)"), tr("Reps"), tr("Sets"), tr("Takes")});
    horizontalHeader()->setSectionResizeMode(ExerciseColumn, QHeaderView::Stretch);
    for (int c = HoldColumn; c < ColumnCount; ++c)
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    verticalHeader()->setVisible(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
}

void DosageTable::fill(const SessionPlan &plan)
{
    setRowCount(0);
    setRowCount(static_cast<int>(plan.items.size()));
    for (std::size_t i = 0; i < plan.items.size(); ++i) {
        const int row = static_cast<int>(i);
        const PlanItem &item = plan.items[i];
        auto *name = new QTableWidgetItem(qs(item.exercise->name));
        name->setToolTip(plainToolTip(DosageWords::describe(item.dosage)));
        setItem(row, ExerciseColumn, name);
        const bool timed = item.dosage.holdSeconds || item.dosage.tempoSecondsPerRep;
        const auto spin = [&](int column, const std::optional<Range> &value, int max, int fallback) {
            if (!value && !(timed && column != HoldColumn)) {
                setItem(row, column, new QTableWidgetItem(u"—"_s));
                return;
            }
            auto *box = new WheelSafeSpinBox(this);
            box->setRange(1, max);
            const int initial = value ? value->value : fallback;
            box->setValue(initial);
            box->setProperty("initial", initial);
            box->setAccessibleName(horizontalHeaderItem(column)->text() + u" — "_s + qs(item.exercise->name));
            box->setAccessibleDescription(tr("For this session only: the routine itself stays as it is."));
            if (value && value->isRange())
                box->setToolTip(tr("The sources suggest %1").arg(DosageWords::range(*value)));
            setCellWidget(row, column, box);
            connect(box, &QSpinBox::valueChanged, this, &DosageTable::doseChanged);
        };
        spin(HoldColumn, item.dosage.holdSeconds, 600, 0);
        spin(RepsColumn, item.dosage.reps, 100, 1);
        spin(SetsColumn, item.dosage.sets, 10, 1);
        setItem(row, TimeColumn, new QTableWidgetItem);
    }
}

DosageChange DosageTable::changeInRow(int row) const
{
    const auto changed = [&](int column) -> std::optional<int> {
        const auto *box = qobject_cast<QSpinBox *>(cellWidget(row, column));
        if (!box || box->value() == box->property("initial").toInt())
            return std::nullopt;
        return box->value();
    };
    return DosageChange{changed(HoldColumn), changed(RepsColumn), changed(SetsColumn)};
}

std::string DosageTable::changeText(int row) const
{
    QStringList parts;
    const QStringList names{tr("hold %1 s (was %2 s)"), tr("reps %1 (was %2)"), tr("sets %1 (was %2)")};
    for (int column = HoldColumn; column <= SetsColumn; ++column) {
        const auto *box = qobject_cast<QSpinBox *>(cellWidget(row, column));
        if (box && box->value() != box->property("initial").toInt())
            parts << names[column - HoldColumn].arg(box->value()).arg(box->property("initial").toInt());
    }
    return parts.join(u", "_s).toStdString();
}

void DosageTable::showTimes(const SessionPlan &plan)
{
    for (std::size_t i = 0; i < plan.items.size(); ++i)
        if (QTableWidgetItem *cell = item(static_cast<int>(i), TimeColumn))
            cell->setText(
                plan.phases[plan.itemEnd(i) - 1].isTimed() ? PlayerText::clock(itemLength(plan, i)) : tr("your pace"));
}

} // namespace lumbar::ui
