#include "testsupport.h"

#include "ui/history/historystore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lumbar;
using namespace lumbar::ui;
using namespace std::chrono;
using namespace Qt::StringLiterals;

namespace {

constexpr LocalDay nov(unsigned d)
{
    return LocalDay{year{2026} / 11 / day{d}};
}

SessionRecord morningSession()
{
    SessionRecord session;
    session.routineId = "morning";
    session.routineTitle = "Morning routine — día";
    session.startedAt = WallTime{nov(3) + hours(8) + minutes(5)};
    session.day = nov(3);
    session.before = CheckIn{6, LegExtent::BelowKnee, false};
    session.items = {{0, "prone-lying", "Lying face down", ItemResult::NotReached, {}, {}},
        {1, "cobra", "Half cobra", ItemResult::NotReached, "hold 20 s (was 30 s)", {}},
        {2, "walk", "Walking", ItemResult::NotReached, {}, {}}};
    return session;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Runs `sql` on the file directly, as another program (or an older version of this one) would.
void rawSql(const QString &path, const QStringList &statements)
{
    const QString name = u"raw-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST(HistoryStore, ASessionComesBackExactlyAsItWasLogged)
{
    const QTemporaryDir dir;
    HistoryStore store(dir.filePath(u"history.sqlite"_s));
    ASSERT_EQ(store.open().status, HistoryStore::OpenStatus::Ready);
    EXPECT_EQ(store.fileVersion(), HistoryStore::schemaVersion);

    SessionRecord expected = morningSession();
    const std::int64_t id = store.beginSession(expected);
    ASSERT_NE(id, 0);
    expected.id = id;
    EXPECT_EQ(store.session(id), expected) << "stored at the start, before anything is done";

    expected.items[0].result = ItemResult::Done;
    expected.items[1].result = ItemResult::Worse;
    expected.items[1].extentWhenStopped = LegExtent::Foot;
    expected.items[2].result = ItemResult::Skipped;
    for (const ItemRecord &item : expected.items)
        ASSERT_TRUE(store.saveItem(id, item));
    expected.endedAt = expected.startedAt + minutes(14);
    expected.stoppedEarly = true;
    ASSERT_TRUE(store.finishSession(id, *expected.endedAt, true));
    expected.after = CheckIn{7, LegExtent::Foot, true};
    expected.notes = "Sharp, \"electric\" feeling\nafter the cobra";
    ASSERT_TRUE(store.saveAfterCheckIn(id, expected.after, expected.notes));
    expected.guardTriggered = true;
    ASSERT_TRUE(store.markGuardTriggered(id));

    // Read back through a second store, as the app would after a restart.
    HistoryStore again(store.path());
    ASSERT_EQ(again.open().status, HistoryStore::OpenStatus::Ready);
    const std::vector<SessionRecord> all = again.sessions();
    ASSERT_EQ(all.size(), 1U);
    EXPECT_EQ(all[0], expected);
    EXPECT_FALSE(store.saveItem(id + 1, expected.items[0])) << "an item of a session that does not exist is refused";
}

TEST(HistoryStore, FlagsAndTheFunctionalScaleRoundTrip)
{
    const QTemporaryDir dir;
    HistoryStore store(dir.filePath(u"history.sqlite"_s));
    ASSERT_EQ(store.open().status, HistoryStore::OpenStatus::Ready);
    const std::int64_t session = store.beginSession(morningSession());

    ExerciseFlag flag;
    flag.exerciseId = "cobra";
    flag.sessionId = session;
    flag.at = WallTime{nov(3) + hours(8) + minutes(12)};
    flag.day = nov(3);
    flag.reason = FlagReason::Spread;
    flag.extent = LegExtent::Foot;
    flag.id = store.addFlag(flag);
    ASSERT_NE(flag.id, 0);
    ExerciseFlag other = flag;
    other.exerciseId = "walk";
    other.sessionId = 0;
    other.reason = FlagReason::MadeWorse;
    other.extent.reset();
    other.id = store.addFlag(other);
    EXPECT_EQ(store.flags(), (std::vector<ExerciseFlag>{flag, other}));
    ASSERT_TRUE(store.clearFlags("cobra"));
    EXPECT_EQ(store.flags(), std::vector<ExerciseFlag>{other});
    ASSERT_EQ(store.flags(true).size(), 2U);
    EXPECT_TRUE(store.flags(true)[0].cleared);

    const std::int64_t sitting = store.addActivity("Sitting through a film", nov(1));
    const std::int64_t socks = store.addActivity("Putting on socks", nov(1));
    ASSERT_TRUE(store.retireActivity(socks, nov(10)));
    ASSERT_TRUE(store.addRating({sitting, nov(1), 3}));
    ASSERT_TRUE(store.addRating({socks, nov(1), 5}));
    ASSERT_TRUE(store.addRating({sitting, nov(8), 6}));
    EXPECT_FALSE(store.addRating({sitting, nov(9), 11})) << "the scale stops at 10";
    const std::vector<PsfsActivity> activities = store.activities();
    ASSERT_EQ(activities.size(), 2U);
    EXPECT_EQ(activities[0].name, "Sitting through a film");
    EXPECT_EQ(activities[0].added, nov(1));
    EXPECT_FALSE(activities[0].retired.has_value());
    EXPECT_EQ(activities[1].retired, nov(10));
    const std::vector<PsfsRating> ratings = store.ratings();
    ASSERT_EQ(ratings.size(), 3U);
    EXPECT_EQ(ratings[2].activityId, sitting);
    EXPECT_EQ(ratings[2].day, nov(8));
    EXPECT_EQ(ratings[2].score, 6);
}

TEST(HistoryStore, AnOlderHistoryIsBroughtUpToDateWithEverythingInIt)
{
    for (int version = 1; version < HistoryStore::schemaVersion; ++version) {
        SCOPED_TRACE(version);
        const QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        ASSERT_TRUE(HistoryStore::createAtVersion(path, version));
        rawSql(path,
            {u"INSERT INTO sessions (id, routine_id, routine_title, started_at, day, ended_at, pain_before, "
             "extent_before, pain_after, extent_after, notes) VALUES (7, 'morning', 'Morning', 1793000000000, "
             "'2026-10-26', 1793000600000, 5, 'thigh', 3, 'buttock', 'felt looser')"_s,
                u"INSERT INTO session_items (session_id, position, exercise_id, exercise_name, result) "
                "VALUES (7, 0, 'cobra', 'Half cobra', 'done')"_s});

        HistoryStore store(path);
        ASSERT_EQ(store.open().status, HistoryStore::OpenStatus::Ready);
        EXPECT_EQ(store.fileVersion(), HistoryStore::schemaVersion);
        const std::optional<SessionRecord> old = store.session(7);
        ASSERT_TRUE(old.has_value());
        EXPECT_EQ(old->routineTitle, "Morning");
        EXPECT_EQ(old->day, LocalDay{year{2026} / 10 / 26});
        EXPECT_EQ(old->before, (CheckIn{5, LegExtent::Thigh, false}));
        EXPECT_EQ(old->after, (CheckIn{3, LegExtent::Buttock, false}));
        EXPECT_EQ(old->notes, "felt looser");
        ASSERT_EQ(old->items.size(), 1U);
        EXPECT_EQ(old->items[0].result, ItemResult::Done);
        EXPECT_FALSE(old->guardTriggered);
        // And what the later versions added works on it.
        EXPECT_NE(store.addActivity("Walking to the shop", LocalDay{year{2026} / 11 / 1}), 0);
        EXPECT_TRUE(store.markGuardTriggered(7));
    }
}

TEST(HistoryStore, AFileItCannotReadIsMovedAsideUntouchedAndAFreshHistoryStarts)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    const QByteArray garbage = "this is not a database, it is a shopping list: eggs, milk\n";
    writeFile(path, garbage);

    HistoryStore store(path);
    const HistoryStore::OpenResult result = store.open();
    ASSERT_EQ(result.status, HistoryStore::OpenStatus::Replaced);
    EXPECT_TRUE(result.message.contains(QDir::toNativeSeparators(result.movedTo))) << result.message.toStdString();
    EXPECT_TRUE(result.message.contains(u"new history"_s)) << result.message.toStdString();
    EXPECT_EQ(readAll(result.movedTo), garbage) << "the unreadable file is kept as it was";
    ASSERT_TRUE(store.isOpen());
    EXPECT_NE(store.beginSession(morningSession()), 0) << "the new history works";
    EXPECT_EQ(store.sessions().size(), 1U);
}

TEST(HistoryStore, AHalfWrittenFileIsMovedAsideNotOverwritten)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    {
        HistoryStore store(path);
        ASSERT_EQ(store.open().status, HistoryStore::OpenStatus::Ready);
        for (int i = 0; i < 200; ++i)
            ASSERT_NE(store.beginSession(morningSession()), 0);
        rawSql(path, {u"PRAGMA wal_checkpoint(TRUNCATE)"_s});
    }
    QByteArray bytes = readAll(path);
    ASSERT_GT(bytes.size(), 16 * 1024);
    bytes.truncate(bytes.size() / 2);
    bytes.replace(bytes.size() / 2, 4096, QByteArray(4096, '\xff'));
    writeFile(path, bytes);

    HistoryStore store(path);
    const HistoryStore::OpenResult result = store.open();
    ASSERT_EQ(result.status, HistoryStore::OpenStatus::Replaced) << result.message.toStdString();
    EXPECT_EQ(readAll(result.movedTo), bytes);
    EXPECT_TRUE(store.sessions().empty());
}

TEST(HistoryStore, AHistoryFromANewerVersionIsRefusedAndLeftUntouched)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    ASSERT_TRUE(HistoryStore::createAtVersion(path, HistoryStore::schemaVersion));
    rawSql(path, {u"PRAGMA user_version = %1"_s.arg(HistoryStore::schemaVersion + 1)});
    const QByteArray before = readAll(path);

    HistoryStore store(path);
    const HistoryStore::OpenResult result = store.open();
    EXPECT_EQ(result.status, HistoryStore::OpenStatus::TooNew);
    EXPECT_TRUE(result.message.contains(u"newer version"_s)) << result.message.toStdString();
    EXPECT_FALSE(store.isOpen());
    EXPECT_EQ(store.beginSession(morningSession()), 0);
    EXPECT_EQ(readAll(path), before) << "not a byte changed";
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{u"history.sqlite"_s}) << "nothing moved or added";
}

TEST(HistoryStore, AKillInTheMiddleOfASessionLosesNothingWrittenBeforeIt)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    QProcess writer;
    writer.start(QStringLiteral(LUMBAR_HISTORY_WRITER), {path});
    ASSERT_TRUE(writer.waitForStarted());
    int committed = -1;
    QByteArray pending;
    // Kill it while it writes, as soon as it has said it committed 25 exercises.
    while (committed < 25 && writer.waitForReadyRead(10'000)) {
        pending += writer.readAllStandardOutput();
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            if (line.startsWith("committed "))
                committed = line.mid(10).toInt();
        }
    }
    writer.kill();
    writer.waitForFinished();
    ASSERT_GE(committed, 25) << writer.readAllStandardError().toStdString();

    HistoryStore store(path);
    ASSERT_EQ(store.open().status, HistoryStore::OpenStatus::Ready);
    const std::vector<SessionRecord> sessions = store.sessions();
    ASSERT_EQ(sessions.size(), 1U);
    const SessionRecord &session = sessions[0];
    EXPECT_EQ(session.before, (CheckIn{6, LegExtent::BelowKnee, false}));
    EXPECT_TRUE(session.isInterrupted()) << "it never finished, and the history says so";
    ASSERT_GE(session.items.size(), static_cast<std::size_t>(committed + 1));
    for (int n = 0; n <= committed; ++n) {
        const ItemRecord &item = session.items[static_cast<std::size_t>(n)];
        EXPECT_EQ(item.position, n);
        EXPECT_EQ(item.exerciseId, "exercise-" + std::to_string(n));
        EXPECT_EQ(item.result, n % 3 == 0 ? ItemResult::Done : ItemResult::Partial);
        EXPECT_EQ(item.dosageChange, "hold " + std::to_string(n) + " s");
    }
}
