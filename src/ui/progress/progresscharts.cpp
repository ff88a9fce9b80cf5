#include "progresscharts.h"

#include "ui/history/historytext.h"
#include "ui/history/legextentpicker.h"
#include "ui/text/uitext.h"
#include "ui/widgets/theme.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <map>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

// A day's ratings sit at its middle, so the points of one day line up whatever time they were given.
qreal noonOf(LocalDay day)
{
    return static_cast<qreal>(HistoryText::date(day).startOfDay().addSecs(12LL * 3600).toMSecsSinceEpoch());
}

qreal timeOf(const SessionRecord &session)
{
    return static_cast<qreal>(session.startedAt.time_since_epoch().count());
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(theme::text());
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(theme::surface());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(theme::text());
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

// The days of `range` along the bottom, whole days at both ends.
QDateTimeAxis *dayAxis(QChart *chart, DayRange range)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(u"d MMM"_s);
    axis->setRange(HistoryText::date(range.from).startOfDay(), HistoryText::date(range.to).endOfDay());
    const auto days = (range.to - range.from).count() + 1;
    const int most = static_cast<int>(std::clamp<long long>(days, 2, 7));
    axis->setTickCount(most);
    // As many dates as fit side by side: fewer when the chart is narrow, the text large or the month names long, so
    // that no date is cut short to "12 n…".
    QObject::connect(chart, &QChart::plotAreaChanged, axis, [axis, chart, most](const QRectF &plot) {
        const QFontMetrics metrics(axis->labelsFont());
        int widest = 1;
        for (int month = 1; month <= 12; ++month)
            widest = std::max(
                widest, metrics.horizontalAdvance(chart->locale().toString(QDate(2026, month, 28), axis->format())));
        const int fit = static_cast<int>(plot.width() / (widest * 1.25)) + 1;
        if (const int ticks = std::clamp(fit, 2, most); ticks != axis->tickCount())
            axis->setTickCount(ticks);
    });
    axis->setLabelsColor(theme::mutedText());
    axis->setGridLineColor(theme::border());
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QLineSeries *line(const QString &name, const QColor &color, Qt::PenStyle style = Qt::SolidLine)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color, 2.5);
    pen.setStyle(style);
    series->setPen(pen);
    series->setPointsVisible(true);
    series->setMarkerSize(7);
    return series;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

QColor ProgressCharts::activityColor(std::size_t index)
{
    const std::array<QColor, 4> colors{
        theme::accent(), QColor(0x3d, 0x5a, 0xa8), QColor(0x9a, 0x4d, 0x8e), QColor(0xa8, 0x6a, 0x1c)};
    return colors.at(index % colors.size());
}

QString ProgressCharts::beforeName()
{
    return tr("Before");
}

QString ProgressCharts::afterName()
{
    return tr("After");
}

QString ProgressCharts::spreadName()
{
    return tr("Symptoms spread");
}

QChart *ProgressCharts::painChart(const std::vector<SessionRecord> &sessions, DayRange range)
{
    QChart *chart = newChart(tr("Pain before and after each session (0–10)"));
    QLineSeries *before = line(beforeName(), theme::warning(), Qt::DashLine);
    QLineSeries *after = line(afterName(), theme::accent());
    for (const SessionRecord &session : sessions) {
        if (!range.contains(session.day))
            continue;
        if (session.before.pain)
            before->append(timeOf(session), *session.before.pain);
        if (session.after.pain)
            after->append(timeOf(session), *session.after.pain);
    }
    QDateTimeAxis *x = dayAxis(chart, range);
    auto *y = new QValueAxis;
    y->setRange(0, 10);
    y->setTickCount(6);
    y->setLabelFormat(u"%d"_s);
    y->setLabelsColor(theme::mutedText());
    y->setGridLineColor(theme::border());
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, before, x, y);
    attach(chart, after, x, y);
    return chart;
}

QChart *ProgressCharts::extentChart(const std::vector<SessionRecord> &sessions, DayRange range)
{
    QChart *chart = newChart(tr("How far down the leg symptoms reached"));
    QLineSeries *before = line(beforeName(), theme::warning(), Qt::DashLine);
    QLineSeries *after = line(afterName(), theme::accent());
    auto *spread = new QScatterSeries;
    spread->setName(spreadName());
    spread->setColor(theme::danger());
    spread->setBorderColor(theme::danger());
    spread->setMarkerSize(13);
    for (const SessionRecord &session : sessions) {
        if (!range.contains(session.day))
            continue;
        if (session.before.extent)
            before->append(timeOf(session), static_cast<int>(*session.before.extent));
        if (session.after.extent)
            after->append(timeOf(session), static_cast<int>(*session.after.extent));
        if (session.guardTriggered) {
            const std::optional<LegExtent> at = session.after.extent ? session.after.extent : session.before.extent;
            spread->append(timeOf(session), at ? static_cast<int>(*at) : legExtentCount - 1);
        }
    }
    QDateTimeAxis *x = dayAxis(chart, range);
    // Worse is further down the leg, so the foot is at the bottom and the back at the top.
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setStartValue(-0.4);
    for (int level = 0; level < legExtentCount; ++level)
        y->append(LegExtentPicker::extentName(static_cast<LegExtent>(level)), level);
    y->setRange(-0.4, legExtentCount - 1 + 0.4);
    y->setReverse(true);
    y->setLabelsColor(theme::mutedText());
    y->setGridLineColor(theme::border());
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, before, x, y);
    attach(chart, after, x, y);
    attach(chart, spread, x, y);
    return chart;
}

QChart *ProgressCharts::psfsChart(
    const std::vector<PsfsActivity> &activities, const std::vector<PsfsRating> &ratings, DayRange range)
{
    QChart *chart = newChart(tr("Activities you find hard (0 cannot do – 10 as before)"));
    QDateTimeAxis *x = dayAxis(chart, range);
    auto *y = new QValueAxis;
    y->setRange(psfsMinScore, psfsMaxScore);
    y->setTickCount(6);
    y->setLabelFormat(u"%d"_s);
    y->setLabelsColor(theme::mutedText());
    y->setGridLineColor(theme::border());
    chart->addAxis(y, Qt::AlignLeft);
    chart->legend()->hide();
    for (std::size_t index = 0; index < activities.size(); ++index) {
        const PsfsActivity &activity = activities[index];
        // The scale's own rule for one activity: the last rating of a day stands.
        std::map<LocalDay, int> byDay;
        for (const PsfsRating &rating : ratings)
            if (rating.activityId == activity.id && range.contains(rating.day) && validScore(rating.score))
                byDay[rating.day] = rating.score;
        if (byDay.empty())
            continue;
        QLineSeries *series = line(qs(activity.name), activityColor(index));
        for (const auto &[day, score] : byDay)
            series->append(noonOf(day), score);
        attach(chart, series, x, y);
    }
    return chart;
}

} // namespace lumbar::ui
