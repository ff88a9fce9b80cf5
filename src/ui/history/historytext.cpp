#include "historytext.h"

#include "legextentpicker.h"
#include "ui/text/uitext.h"

#include "core/contentbank.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

// Julian day 2440588 is 1970-01-01, the epoch of sys_days.
constexpr qint64 epochJulianDay = 2'440'588;

} // namespace

QDate HistoryText::date(LocalDay day)
{
    return QDate::fromJulianDay(day.time_since_epoch().count() + epochJulianDay);
}

LocalDay HistoryText::day(QDate date)
{
    return LocalDay{std::chrono::days{date.toJulianDay() - epochJulianDay}};
}

QDateTime HistoryText::localTime(WallTime time)
{
    return QDateTime::fromMSecsSinceEpoch(time.time_since_epoch().count());
}

QString HistoryText::resultName(ItemResult result)
{
    switch (result) {
    case ItemResult::Done:
        return tr("done");
    case ItemResult::Partial:
        return tr("partly done");
    case ItemResult::Skipped:
        return tr("skipped");
    case ItemResult::NotReached:
        return tr("not reached");
    case ItemResult::Worse:
        return tr("stopped: made it worse");
    }
    return {};
}

QString HistoryText::trendName(SymptomTrend trend)
{
    switch (trend) {
    case SymptomTrend::Centralised:
        return tr("better: closer to the back");
    case SymptomTrend::Unchanged:
        return tr("no change");
    case SymptomTrend::Spread:
        return tr("worse: further down the leg");
    case SymptomTrend::Unknown:
        break;
    }
    return {};
}

QString HistoryText::painChange(const CheckIn &before, const CheckIn &after)
{
    if (!before.pain && !after.pain)
        return {};
    const auto side = [](const std::optional<int> &pain) { return pain ? QString::number(*pain) : u"?"_s; };
    return side(before.pain) + u" → "_s + side(after.pain);
}

QString HistoryText::extentChangeText(const CheckIn &before, const CheckIn &after)
{
    if (!before.extent && !after.extent)
        return {};
    const auto side = [](const std::optional<LegExtent> &extent) {
        return extent ? LegExtentPicker::extentName(*extent) : u"?"_s;
    };
    return side(before.extent) + u" → "_s + side(after.extent);
}

QString HistoryText::itemsLine(const SessionRecord &session)
{
    const auto done = std::count_if(session.items.begin(), session.items.end(),
        [](const ItemRecord &item) { return item.result == ItemResult::Done || item.result == ItemResult::Partial; });
    return tr("%1 of %2 exercises done").arg(done).arg(session.items.size());
}

QString HistoryText::routineTitle(const ContentBank *bank, const std::string &routineId, const std::string &recorded)
{
    // The recorded title is in whatever language the app was in then; the bank's name follows the language now.
    if (const Routine *routine = bank && !routineId.empty() ? bank->routine(routineId) : nullptr)
        return qs(routine->name);
    return recorded.empty() ? tr("Single exercise") : qs(recorded);
}

QString HistoryText::sessionLine(const SessionRecord &session, const ContentBank *bank)
{
    const QString time = QLocale().toString(localTime(session.startedAt).time(), u"HH:mm"_s);
    const QString title = routineTitle(bank, session.routineId, session.routineTitle);
    QString status;
    if (session.isInterrupted())
        status = tr("not finished (the app closed)");
    else if (session.stoppedEarly)
        status = tr("stopped early");
    else
        status = tr("finished");
    QStringList parts{status, itemsLine(session)};
    if (const QString pain = painChange(session.before, session.after); !pain.isEmpty())
        parts << tr("pain %1").arg(pain);
    if (const QString extent = extentChangeText(session.before, session.after); !extent.isEmpty()) {
        const QString trend = trendName(symptomTrend(session.before.extent, session.after.extent));
        parts << (trend.isEmpty() ? tr("symptoms %1").arg(extent) : tr("symptoms %1 (%2)").arg(extent, trend));
    }
    if (session.guardTriggered)
        parts << tr("symptoms spread: talk to your therapist");
    return time + u"  "_s + title + u" — "_s + parts.join(u" · "_s);
}

QString HistoryText::days(int count)
{
    return count == 1 ? tr("1 day") : tr("%1 days").arg(count);
}

QString HistoryText::number(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    return QLocale().toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 1);
}

} // namespace lumbar::ui
