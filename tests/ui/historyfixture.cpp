#include "historyfixture.h"

#include "ui/history/historystore.h"
#include "ui/history/historytext.h"

#include <QFile>
#include <QTime>

#include <nlohmann/json.hpp>

#include <vector>

using namespace Qt::StringLiterals;

namespace lumbar::ui::test {

namespace {

CheckIn checkInOf(const nlohmann::json &j)
{
    CheckIn c;
    if (j.contains("pain"))
        c.pain = j.at("pain").get<int>();
    if (j.contains("extent"))
        c.extent = legExtentFromKey(j.at("extent").get<std::string>());
    c.newNumbnessOrWeakness = j.value("numb", false);
    return c;
}

WallTime wallTimeAt(QDate date, const std::string &hhmm, int plusMinutes = 0)
{
    const QTime time = QTime::fromString(QString::fromStdString(hhmm), u"HH:mm"_s);
    const QDateTime at(date, time.isValid() ? time : QTime(9, 0));
    return WallTime{std::chrono::milliseconds{at.addSecs(plusMinutes * 60LL).toMSecsSinceEpoch()}};
}

} // namespace

QString monthFixturePath()
{
    return QStringLiteral(LUMBAR_SOURCE_DIR "/tests/data/history-month.json");
}

bool seedHistory(HistoryStore &store, const QString &path, QDate today, FixtureCounts *counts, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray bytes = file.readAll();
    const nlohmann::json fixture = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (fixture.is_discarded() || !fixture.is_object())
        return fail(u"%1 is not JSON"_s.arg(path));
    FixtureCounts done;
    std::vector<std::int64_t> sessionIds;
    try {
        for (const nlohmann::json &s : fixture.at("sessions")) {
            const QDate date = today.addDays(s.at("day").get<int>());
            SessionRecord session;
            session.routineId = s.value("routine", std::string());
            session.routineTitle = s.value("title", std::string());
            session.startedAt = wallTimeAt(date, s.at("start").get<std::string>());
            session.day = HistoryText::day(date);
            session.before = checkInOf(s.value("before", nlohmann::json::object()));
            int position = 0;
            for (const nlohmann::json &i : s.at("items")) {
                ItemRecord item;
                item.position = position++;
                item.exerciseId = i.at("exercise").get<std::string>();
                item.exerciseName = i.at("name").get<std::string>();
                item.result = itemResultFromKey(i.at("result").get<std::string>()).value_or(ItemResult::Done);
                item.dosageChange = i.value("change", std::string());
                if (i.contains("extentWhenStopped"))
                    item.extentWhenStopped = legExtentFromKey(i.at("extentWhenStopped").get<std::string>());
                session.items.push_back(item);
            }
            const std::int64_t id = store.beginSession(session);
            if (id == 0)
                return fail(store.lastError());
            sessionIds.push_back(id);
            const std::string status = s.value("status", std::string("finished"));
            if (status != "interrupted" &&
                !store.finishSession(id, wallTimeAt(date, s.at("start").get<std::string>(), s.value("minutes", 15)),
                    status == "stopped-early"))
                return fail(store.lastError());
            if (s.contains("after") &&
                !store.saveAfterCheckIn(id, checkInOf(s.at("after")), s.value("notes", std::string())))
                return fail(store.lastError());
            if (s.value("guard", false) && !store.markGuardTriggered(id))
                return fail(store.lastError());
            ++done.sessions;
        }
        for (const nlohmann::json &f : fixture.value("flags", nlohmann::json::array())) {
            ExerciseFlag flag;
            flag.exerciseId = f.at("exercise").get<std::string>();
            const auto index = f.value("session", -1);
            flag.sessionId = index >= 0 && static_cast<std::size_t>(index) < sessionIds.size()
                ? sessionIds[static_cast<std::size_t>(index)]
                : 0;
            const QDate date = today.addDays(f.at("day").get<int>());
            flag.at = wallTimeAt(date, f.value("time", std::string("09:00")));
            flag.day = HistoryText::day(date);
            flag.reason = flagReasonFromKey(f.at("reason").get<std::string>()).value_or(FlagReason::MadeWorse);
            if (f.contains("extent"))
                flag.extent = legExtentFromKey(f.at("extent").get<std::string>());
            if (store.addFlag(flag) == 0)
                return fail(store.lastError());
            ++done.flags;
        }
        const nlohmann::json psfs = fixture.value("psfs", nlohmann::json::object());
        std::vector<std::int64_t> activityIds;
        for (const nlohmann::json &a : psfs.value("activities", nlohmann::json::array())) {
            const std::int64_t id = store.addActivity(
                a.at("name").get<std::string>(), HistoryText::day(today.addDays(a.at("added").get<int>())));
            if (id == 0)
                return fail(store.lastError());
            activityIds.push_back(id);
            ++done.activities;
        }
        for (const nlohmann::json &r : psfs.value("ratings", nlohmann::json::array())) {
            const auto index = r.at("activity").get<std::size_t>();
            if (index >= activityIds.size())
                return fail(u"a rating names activity %1, which the fixture does not have"_s.arg(index));
            if (!store.addRating({activityIds[index], HistoryText::day(today.addDays(r.at("day").get<int>())),
                    r.at("score").get<int>()}))
                return fail(store.lastError());
            ++done.ratings;
        }
    } catch (const nlohmann::json::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    if (counts)
        *counts = done;
    return true;
}

} // namespace lumbar::ui::test
