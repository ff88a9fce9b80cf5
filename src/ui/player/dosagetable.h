// DosageTable: the before-you-start list — each exercise of the session with its hold, reps and sets in boxes the
// user can change for this session only, and how long each takes.
#pragma once

#include "core/sessionplan.h"

#include <QTableWidget>

#include <string>

namespace lumbar::ui {

class DosageTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { ExerciseColumn, HoldColumn, RepsColumn, SetsColumn, TimeColumn, ColumnCount };

    explicit DosageTable(QWidget *parent = nullptr);

    // One row per item of `plan`, each box starting at the plan's dose.
    void fill(const SessionPlan &plan);
    // What the user changed in row `row`: only the boxes that differ from where they started.
    DosageChange changeInRow(int row) const;
    // The same in words for the history ("hold 20 s (was 30 s), reps 5 (was 10)"); empty when nothing changed.
    std::string changeText(int row) const;
    // How long each item of `plan` (the table's rows, changes applied) takes.
    void showTimes(const SessionPlan &plan);

signals:
    // A box changed: the session is planned again.
    void doseChanged();
};

} // namespace lumbar::ui
