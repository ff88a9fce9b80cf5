// ProgressCharts: the progress charts (Qt Charts) — pain before and after each session, how far down the leg
// symptoms reached, and the functional-scale ratings — built from the history, for the progress page and the
// therapist's PDF summary alike.
#pragma once

#include "core/history.h"
#include "core/progress.h"
#include "core/psfs.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <vector>

class QChart;

namespace lumbar::ui {

class ProgressCharts
{
    Q_DECLARE_TR_FUNCTIONS(ProgressCharts)

public:
    // Each is a new chart for the caller to own (a QChartView takes it over). Series are named so tests and
    // screen readers can tell them apart.
    // "Before" and "After": pain 0–10 at each session's check-ins in `range`.
    static QChart *painChart(const std::vector<SessionRecord> &sessions, DayRange range);
    // "Before" and "After": how far down the leg symptoms reached, back only (0) to foot (4); "Symptoms spread":
    // the sessions in which the guard fired.
    static QChart *extentChart(const std::vector<SessionRecord> &sessions, DayRange range);
    // One line per activity: its ratings in `range`, same-day re-ratings replaced as the scale says. No legend: the
    // panel beside it shows each activity's colour.
    static QChart *psfsChart(
        const std::vector<PsfsActivity> &activities, const std::vector<PsfsRating> &ratings, DayRange range);

    // The colour of the activity at `index` in the list of all activities, in the chart and beside its slider.
    static QColor activityColor(std::size_t index);

    static QString beforeName();
    static QString afterName();
    static QString spreadName();
};

} // namespace lumbar::ui
