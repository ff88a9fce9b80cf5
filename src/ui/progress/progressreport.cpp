#include "progressreport.h"

#include "progresscharts.h"
#include "ui/app/atomicfile.h"
#include "ui/history/historytext.h"
#include "ui/history/legextentpicker.h"
#include "ui/text/pdffile.h"
#include "ui/text/uitext.h"

#include "core/contentbank.h"
#include "core/historycsv.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QGraphicsScene>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QXYSeries>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

// What fits one page: the most recent of each list.
constexpr std::size_t maxFlags = 6;
constexpr std::size_t maxNotes = 3;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString styleSheet()
{
    return uR"(
body { color: %ink%; font-size: 9.5pt; }
h1 { font-size: 18pt; font-weight: 700; margin-top: 0px; margin-bottom: 2px; color: %ink%; }
.section { font-size: 11pt; font-weight: 700; margin-top: 12px; margin-bottom: 3px; color: %accent%; }
p { margin-top: 2px; margin-bottom: 3px; }
.brand { color: %accent%; font-weight: 700; font-size: 8.5pt; }
.muted { color: %muted%; }
.figure { font-size: 13pt; font-weight: 700; color: %ink%; }
.label { font-size: 8pt; color: %muted%; }
.alert { color: %danger%; font-weight: 700; }
th { text-align: left; color: %muted%; font-weight: 600; font-size: 8.5pt; }
)"_s.replace(u"%ink%"_s, print::ink)
        .replace(u"%muted%"_s, print::muted)
        .replace(u"%accent%"_s, print::accent)
        .replace(u"%danger%"_s, print::danger);
}

QString dayText(LocalDay day)
{
    return QLocale().toString(HistoryText::date(day), u"d MMM yyyy"_s);
}

QString shortDay(LocalDay day)
{
    return QLocale().toString(HistoryText::date(day), u"d MMM"_s);
}

QString cell(const QString &figure, const QString &label)
{
    return u"<td width=\"33%\" style=\"padding: 6px 8px; background-color: "_s + print::soft +
        u"\"><span class=\"label\">"_s + esc(label) + u"</span><br/><span class=\"figure\">"_s + figure +
        u"</span></td>"_s;
}

std::unique_ptr<QTextDocument> documentOf(const QString &html, double width, QPagedPaintDevice &device)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultStyleSheet(styleSheet());
    doc->documentLayout()->setPaintDevice(&device);
    doc->setHtml(u"<body>"_s + html + u"</body>"_s);
    doc->setTextWidth(width);
    doc->setDocumentMargin(0);
    return doc;
}

void drawDocument(QPainter &painter, QTextDocument &doc, QPointF at, double maxHeight)
{
    painter.save();
    painter.translate(at);
    const QRectF clip(0, 0, doc.textWidth(), maxHeight);
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, QColor(print::ink));
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

// Draws `chart` into `target` (device units), laid out at `size` in screen units so its type is print-sized.
void drawChart(QPainter &painter, QChart *chart, const QRectF &target, QSizeF size)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it now
    QFont font = chart->font();
    font.setPointSizeF(7);
    for (QAbstractAxis *axis : chart->axes())
        axis->setLabelsFont(font);
    chart->legend()->setFont(font);
    // Print-sized points and lines: the screen's would crowd a small chart.
    for (QAbstractSeries *series : chart->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            xy->setMarkerSize(xy->markerSize() * 0.55);
            QPen pen = xy->pen();
            pen.setWidthF(1.6);
            xy->setPen(pen);
        }
    }
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(8.5);
    chart->setTitleFont(titleFont);
    chart->resize(size);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, target, scene.sceneRect());
}

} // namespace

ProgressReport::ProgressReport(std::vector<SessionRecord> sessions, std::vector<PsfsActivity> activities,
    std::vector<PsfsRating> ratings, std::vector<ExerciseFlag> flags, std::shared_ptr<const ContentBank> bank,
    DayRange range, QDate made)
    : m_sessions(std::move(sessions))
    , m_activities(std::move(activities))
    , m_ratings(std::move(ratings))
    , m_flags(std::move(flags))
    , m_bank(std::move(bank))
    , m_range(range)
    , m_made(made)
    , m_summary(summarize(
          m_sessions, [this](const std::string &id) { return timesPerDay(id); }, m_range))
{
}

bool ProgressReport::saveCsv(const std::vector<SessionRecord> &sessions, const QString &path, QString *error)
{
    const std::string text = historyCsv(sessions, [](WallTime time) {
        return toStd(QLocale::c().toString(HistoryText::localTime(time), u"yyyy-MM-dd HH:mm"_s));
    });
    return writeAtomically(path, QByteArrayView(text), error);
}

int ProgressReport::timesPerDay(const std::string &routineId) const
{
    const Routine *routine = m_bank ? m_bank->routine(routineId) : nullptr;
    return routine && routine->timesPerDay ? std::max(routine->timesPerDay->value, 1) : 1;
}

QString ProgressReport::exerciseName(const std::string &id) const
{
    const Exercise *exercise = m_bank ? m_bank->exercise(id) : nullptr;
    if (exercise)
        return qs(exercise->name);
    // An exercise no longer in the bank: the name its sessions knew it by.
    for (const SessionRecord &session : m_sessions)
        for (const ItemRecord &item : session.items)
            if (item.exerciseId == id)
                return qs(item.exerciseName);
    return qs(id);
}

QString ProgressReport::headHtml() const
{
    const ProgressSummary &s = m_summary;
    QString html = u"<p class=\"brand\">"_s + esc(tr("LUMBAR RELIEF · PROGRESS SUMMARY")) + u"</p>"_s;
    html += u"<h1>"_s +
        esc(tr("How the last %1 went")
                .arg(HistoryText::days(static_cast<int>((m_range.to - m_range.from).count()) + 1))) +
        u"</h1>"_s;
    html += u"<p class=\"muted\">"_s +
        esc(tr("%1 to %2 · made on %3 · kept by the patient on their own computer")
                .arg(dayText(m_range.from), dayText(m_range.to), QLocale().toString(m_made, u"d MMM yyyy"_s))) +
        u"</p>"_s;

    const QString none = esc(tr("not recorded"));
    QString sessions = QString::number(s.sessions);
    const QString sessionsLabel = tr("Sessions (%1 finished, %2 stopped early, %3 not finished)")
                                      .arg(s.finished)
                                      .arg(s.stoppedEarly)
                                      .arg(s.interrupted);
    const QString streak = esc(HistoryText::days(s.streaks.current));
    const QString streakLabel = tr("Current streak (longest %1)").arg(HistoryText::days(s.streaks.longest));
    QString pain = none;
    if (s.painFirstWeek && s.painLastWeek)
        pain = HistoryText::number(*s.painFirstWeek) + u" → "_s + HistoryText::number(*s.painLastWeek);
    else if (s.painLastWeek)
        pain = HistoryText::number(*s.painLastWeek);
    const QString painLabel = s.painFirstWeek ? tr("Pain before sessions, first week → last week (0–10)")
                                              : tr("Pain before sessions, last week (0–10)");
    const QString relief = s.relief ? HistoryText::number(*s.relief) : none;
    QString extent = none;
    if (s.extent.first && s.extent.latest)
        extent = esc(
            LegExtentPicker::extentName(*s.extent.first) + u" → "_s + LegExtentPicker::extentName(*s.extent.latest));
    const QString trend = HistoryText::trendName(s.extent.trend);
    const QString extentLabel =
        trend.isEmpty() ? tr("Lowest point symptoms reached") : tr("Symptoms reached, first → latest (%1)").arg(trend);
    const QString guard = s.guardEvents == 0 ? esc(tr("none"))
                                             : u"<span class=\"alert\">"_s +
            esc(s.guardEvents == 1 ? tr("1 session") : tr("%1 sessions").arg(s.guardEvents)) + u"</span>"_s;

    html += u"<table width=\"100%\" cellspacing=\"6\" cellpadding=\"0\"><tr>"_s + cell(sessions, sessionsLabel) +
        cell(streak, streakLabel) + cell(pain, painLabel) + u"</tr><tr>"_s +
        cell(relief, tr("Pain eased by a session, on average")) + cell(extent, extentLabel) +
        cell(guard, tr("Symptoms spread or new numbness (the app said stop)")) + u"</tr></table>"_s;
    return html;
}

QString ProgressReport::tablesHtml() const
{
    const ProgressSummary &s = m_summary;
    QString html = u"<p class=\"section\">"_s + esc(tr("Keeping to the routines")) + u"</p>"_s;
    if (s.adherence.empty()) {
        html += u"<p class=\"muted\">"_s + esc(tr("No routine was done in this period.")) + u"</p>"_s;
    } else {
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>"_s + esc(tr("Routine")) +
            u"</th><th>"_s + esc(tr("Asked for")) + u"</th><th>"_s + esc(tr("Since")) + u"</th><th>"_s +
            esc(tr("Done of planned")) + u"</th></tr>"_s;
        for (const RoutineAdherence &entry : s.adherence) {
            const Adherence &a = entry.adherence;
            html += u"<tr><td>"_s + esc(HistoryText::routineTitle(m_bank.get(), entry.routineId, entry.title)) +
                u"</td><td>"_s + esc(tr("%1 a day").arg(entry.timesPerDay)) + u"</td><td>"_s +
                esc(a.days.empty() ? QString() : shortDay(a.days.front().day)) + u"</td><td>"_s +
                esc(tr("%1 of %2 (%3%)").arg(a.done).arg(a.expected).arg(std::lround(a.ratio() * 100.0))) +
                u"</td></tr>"_s;
        }
        html += u"</table>"_s;
    }

    html += u"<p class=\"section\">"_s +
        esc(tr("Activities the patient finds hard (Patient-Specific Functional Scale)")) + u"</p>"_s;
    std::vector<const PsfsActivity *> rated;
    for (const PsfsActivity &activity : m_activities)
        if (std::any_of(m_ratings.begin(), m_ratings.end(),
                [&](const PsfsRating &r) { return r.activityId == activity.id && m_range.contains(r.day); }))
            rated.push_back(&activity);
    if (rated.empty()) {
        html += u"<p class=\"muted\">"_s + esc(tr("No activity was rated in this period.")) + u"</p>"_s;
    } else {
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>"_s + esc(tr("Activity")) +
            u"</th><th>"_s + esc(tr("First rating")) + u"</th><th>"_s + esc(tr("Latest")) + u"</th><th>"_s +
            esc(tr("Change")) + u"</th></tr>"_s;
        std::vector<PsfsRating> inRange;
        std::copy_if(m_ratings.begin(), m_ratings.end(), std::back_inserter(inRange),
            [this](const PsfsRating &r) { return m_range.contains(r.day); });
        for (const PsfsActivity *activity : rated) {
            std::map<LocalDay, int> byDay;
            for (const PsfsRating &r : inRange)
                if (r.activityId == activity->id && validScore(r.score))
                    byDay[r.day] = r.score;
            if (byDay.empty())
                continue;
            const auto &[firstDay, first] = *byDay.begin();
            const auto &[lastDay, last] = *byDay.rbegin();
            const std::optional<int> change = activityChange(inRange, activity->id);
            html += u"<tr><td>"_s + esc(qs(activity->name)) +
                (activity->retired ? esc(tr(" (no longer rated)")) : QString()) + u"</td><td>"_s +
                esc(tr("%1 on %2").arg(first).arg(shortDay(firstDay))) + u"</td><td>"_s +
                esc(tr("%1 on %2").arg(last).arg(shortDay(lastDay))) + u"</td><td>"_s +
                esc(change ? (*change > 0 ? u"+"_s : QString()) + QString::number(*change) : QString()) +
                u"</td></tr>"_s;
        }
        html += u"</table>"_s;
        if (const auto change = psfsChange(psfsSittings(inRange)))
            html += u"<p class=\"muted\">"_s +
                esc(tr("The mean of the scores changed by %1 over the period (higher is better).")
                        .arg((*change > 0 ? u"+"_s : QString()) + HistoryText::number(*change))) +
                u"</p>"_s;
    }

    std::vector<const ExerciseFlag *> flags;
    for (const ExerciseFlag &flag : m_flags)
        if (!flag.cleared)
            flags.push_back(&flag);
    if (!flags.empty()) {
        html += u"<p class=\"section\">"_s + esc(tr("Exercises marked as making things worse")) + u"</p><ul>"_s;
        const std::size_t from = flags.size() > maxFlags ? flags.size() - maxFlags : 0;
        for (std::size_t i = flags.size(); i-- > from;) {
            const ExerciseFlag &flag = *flags[i];
            QString why;
            switch (flag.reason) {
            case FlagReason::Spread:
                why = flag.extent ? tr("symptoms spread to %1").arg(LegExtentPicker::reachPhrase(*flag.extent))
                                  : tr("symptoms spread further down the leg");
                break;
            case FlagReason::NumbnessOrWeakness:
                why = tr("new numbness or weakness");
                break;
            case FlagReason::MadeWorse:
                why = tr("stopped as making it worse");
                break;
            }
            html += u"<li><b>"_s + esc(exerciseName(flag.exerciseId)) + u"</b>, "_s + esc(shortDay(flag.day)) +
                u": "_s + esc(why) + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }

    QStringList notes;
    for (auto it = m_sessions.rbegin(); it != m_sessions.rend() && static_cast<std::size_t>(notes.size()) < maxNotes;
         ++it)
        if (m_range.contains(it->day) && !it->notes.empty())
            notes << u"<li><b>"_s + esc(shortDay(it->day)) + u"</b>: "_s + esc(qs(it->notes)) + u"</li>"_s;
    if (!notes.isEmpty())
        html += u"<p class=\"section\">"_s + esc(tr("The patient's latest notes")) + u"</p><ul>"_s +
            notes.join(QString()) + u"</ul>"_s;
    return html;
}

void ProgressReport::paint(QPagedPaintDevice &device) const
{
    const double mm = device.logicalDpiY() / 25.4;
    const QRectF paper(0, 0, device.width(), device.height());
    const QRectF body = paper.marginsRemoved(QMarginsF(15 * mm, 13 * mm, 15 * mm, 16 * mm));
    QPainter painter(&device);

    const std::unique_ptr<QTextDocument> head = documentOf(headHtml(), body.width(), device);
    drawDocument(painter, *head, body.topLeft(), head->size().height());
    double y = body.top() + head->size().height() + 4 * mm;

    // The two charts side by side, laid out at their printed size in screen units (96 per inch).
    const double gap = 6 * mm;
    const double chartWidth = (body.width() - gap) / 2;
    const double chartHeight = 62 * mm;
    const double screenUnits = 96.0 / device.logicalDpiX();
    const QSizeF chartSize(chartWidth * screenUnits, chartHeight * screenUnits);
    drawChart(painter, ProgressCharts::painChart(m_sessions, m_range), QRectF(body.left(), y, chartWidth, chartHeight),
        chartSize);
    drawChart(painter, ProgressCharts::extentChart(m_sessions, m_range),
        QRectF(body.left() + chartWidth + gap, y, chartWidth, chartHeight), chartSize);
    y += chartHeight + 2 * mm;

    const std::unique_ptr<QTextDocument> tables = documentOf(tablesHtml(), body.width(), device);
    drawDocument(painter, *tables, QPointF(body.left(), y), body.bottom() - y);

    QFont small = painter.font();
    small.setPointSizeF(7.5);
    painter.setFont(small);
    painter.setPen(QColor(print::muted));
    const QRectF foot(body.left(), body.bottom() + 4 * mm, body.width(), 8 * mm);
    painter.drawLine(QPointF(body.left(), foot.top() - 1.5 * mm), QPointF(body.right(), foot.top() - 1.5 * mm));
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignTop,
        tr("Recorded by the patient in Lumbar Relief: a record to discuss, not a diagnosis."));
    painter.drawText(foot, Qt::AlignRight | Qt::AlignTop, tr("Page 1 of 1"));
}

bool ProgressReport::savePdf(const QString &path, QString *error) const
{
    return print::savePdf(
        path, tr("Progress summary"), [this](QPagedPaintDevice &device) { paint(device); }, error);
}

} // namespace lumbar::ui
