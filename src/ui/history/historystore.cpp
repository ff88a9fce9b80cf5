#include "historystore.h"

#include "ui/app/clock.h"
#include "ui/text/uitext.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <array>
#include <atomic>
#include <functional>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

// migrations[v - 1] takes a database from version v - 1 to v. Never change a step once released: add one.
const std::array<std::vector<QString>, HistoryStore::schemaVersion> migrations{{
    {
        u"CREATE TABLE sessions (id INTEGER PRIMARY KEY, routine_id TEXT NOT NULL, routine_title TEXT NOT NULL, "
        "started_at INTEGER NOT NULL, day TEXT NOT NULL, ended_at INTEGER, stopped_early INTEGER NOT NULL DEFAULT 0, "
        "pain_before INTEGER, extent_before TEXT, pain_after INTEGER, extent_after TEXT, "
        "notes TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE TABLE session_items (session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, "
        "position INTEGER NOT NULL, exercise_id TEXT NOT NULL, exercise_name TEXT NOT NULL, result TEXT NOT NULL, "
        "dosage_change TEXT NOT NULL DEFAULT '', PRIMARY KEY (session_id, position))"_s,
        u"CREATE INDEX sessions_by_day ON sessions(day)"_s,
    },
    {
        u"ALTER TABLE sessions ADD COLUMN numb_before INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE sessions ADD COLUMN numb_after INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE sessions ADD COLUMN guard_triggered INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE session_items ADD COLUMN extent_when_stopped TEXT"_s,
        u"CREATE TABLE exercise_flags (id INTEGER PRIMARY KEY, exercise_id TEXT NOT NULL, "
        "session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL, flagged_at INTEGER NOT NULL, "
        "day TEXT NOT NULL, reason TEXT NOT NULL, extent TEXT, cleared_at INTEGER)"_s,
    },
    {
        u"CREATE TABLE psfs_activities (id INTEGER PRIMARY KEY, name TEXT NOT NULL, added TEXT NOT NULL, "
        "retired TEXT)"_s,
        u"CREATE TABLE psfs_ratings (id INTEGER PRIMARY KEY, "
        "activity_id INTEGER NOT NULL REFERENCES psfs_activities(id) ON DELETE CASCADE, day TEXT NOT NULL, "
        "score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10))"_s,
    },
}};

std::atomic<int> connectionCount{0};

qint64 toMs(WallTime time)
{
    return time.time_since_epoch().count();
}

WallTime fromMs(qint64 ms)
{
    return WallTime{std::chrono::milliseconds{ms}};
}

QVariant orNull(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant orNull(const std::optional<LegExtent> &extent)
{
    return extent ? QVariant(qs(legExtentKey(*extent))) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<int> intOrNone(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

std::optional<LegExtent> extentOrNone(const QVariant &value)
{
    return value.isNull() ? std::nullopt : legExtentFromKey(toStd(value.toString()));
}

LocalDay dayOf(const QVariant &value)
{
    return dayFromText(toStd(value.toString())).value_or(LocalDay{});
}

QString dayValue(LocalDay day)
{
    return qs(dayText(day));
}

// Runs `statements` in order; false, with the error in `error`, at the first that fails.
bool runAll(QSqlDatabase &db, const std::vector<QString> &statements, QString &error)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            error = query.lastError().text();
            return false;
        }
    }
    return true;
}

// One transaction around `work`; rolled back, with the error in `error`, when any part of it fails.
bool inTransaction(QSqlDatabase db, QString &error, const std::function<bool(QSqlQuery &)> &work)
{
    if (!db.transaction()) {
        error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    if (!work(query)) {
        if (query.lastError().isValid()) // else `work` has said what failed
            error = query.lastError().text();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

// Brings `db` from version `from` to `to`, one transaction per step, so a failure leaves a whole version behind.
bool migrate(QSqlDatabase &db, int from, int to, QString &error)
{
    for (int version = from + 1; version <= to; ++version) {
        std::vector<QString> step = migrations.at(static_cast<std::size_t>(version - 1));
        step.push_back(u"PRAGMA user_version = %1"_s.arg(version));
        if (!inTransaction(db, error, [&](QSqlQuery &) { return runAll(db, step, error); }))
            return false;
    }
    return true;
}

std::optional<int> userVersion(QSqlDatabase &db, QString &error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool intact(QSqlDatabase &db, QString &error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next()) {
        error = query.lastError().text();
        return false;
    }
    const QString answer = query.value(0).toString();
    if (answer != u"ok"_s) {
        error = answer;
        return false;
    }
    return true;
}

QString freeName(const QString &folder)
{
    const QString stamp = Clock::system().wall().toString(u"yyyyMMdd-HHmmss"_s);
    QString name = QDir(folder).filePath(u"history-unreadable-%1.sqlite"_s.arg(stamp));
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = QDir(folder).filePath(u"history-unreadable-%1-%2.sqlite"_s.arg(stamp).arg(n));
    return name;
}

ItemRecord readItem(const QSqlQuery &query)
{
    ItemRecord item;
    item.position = query.value(u"position"_s).toInt();
    item.exerciseId = toStd(query.value(u"exercise_id"_s).toString());
    item.exerciseName = toStd(query.value(u"exercise_name"_s).toString());
    item.result = itemResultFromKey(toStd(query.value(u"result"_s).toString())).value_or(ItemResult::NotReached);
    item.dosageChange = toStd(query.value(u"dosage_change"_s).toString());
    item.extentWhenStopped = extentOrNone(query.value(u"extent_when_stopped"_s));
    return item;
}

ExerciseFlag readFlag(const QSqlQuery &query)
{
    ExerciseFlag flag;
    flag.id = query.value(u"id"_s).toLongLong();
    flag.exerciseId = toStd(query.value(u"exercise_id"_s).toString());
    flag.sessionId = query.value(u"session_id"_s).toLongLong();
    flag.at = fromMs(query.value(u"flagged_at"_s).toLongLong());
    flag.day = dayOf(query.value(u"day"_s));
    flag.reason = flagReasonFromKey(toStd(query.value(u"reason"_s).toString())).value_or(FlagReason::MadeWorse);
    flag.extent = extentOrNone(query.value(u"extent"_s));
    flag.cleared = !query.value(u"cleared_at"_s).isNull();
    return flag;
}

SessionRecord readSession(const QSqlQuery &query)
{
    SessionRecord session;
    session.id = query.value(u"id"_s).toLongLong();
    session.routineId = toStd(query.value(u"routine_id"_s).toString());
    session.routineTitle = toStd(query.value(u"routine_title"_s).toString());
    session.startedAt = fromMs(query.value(u"started_at"_s).toLongLong());
    session.day = dayOf(query.value(u"day"_s));
    const QVariant ended = query.value(u"ended_at"_s);
    if (!ended.isNull())
        session.endedAt = fromMs(ended.toLongLong());
    session.stoppedEarly = query.value(u"stopped_early"_s).toBool();
    session.before = CheckIn{intOrNone(query.value(u"pain_before"_s)), extentOrNone(query.value(u"extent_before"_s)),
        query.value(u"numb_before"_s).toBool()};
    session.after = CheckIn{intOrNone(query.value(u"pain_after"_s)), extentOrNone(query.value(u"extent_after"_s)),
        query.value(u"numb_after"_s).toBool()};
    session.notes = toStd(query.value(u"notes"_s).toString());
    session.guardTriggered = query.value(u"guard_triggered"_s).toBool();
    return session;
}

} // namespace

QString HistoryStore::defaultPath()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return data.isEmpty() ? QString() : data + u"/history.sqlite"_s;
}

HistoryStore::HistoryStore(QString path)
    : m_path(std::move(path))
    , m_connection(u"lumbar-history-%1"_s.arg(connectionCount++))
{
}

HistoryStore::~HistoryStore()
{
    closeConnection();
}

QSqlDatabase HistoryStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool HistoryStore::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    return true;
}

void HistoryStore::closeConnection()
{
    m_open = false;
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

HistoryStore::OpenResult HistoryStore::open()
{
    closeConnection();
    if (m_path.isEmpty() || !QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = QObject::tr("There is no folder for the history on this computer.");
        return {OpenStatus::Failed, QObject::tr("Your history cannot be kept: %1").arg(m_error), {}};
    }
    const bool existed = QFileInfo::exists(m_path);
    if (!openConnection()) {
        if (existed)
            return moveAsideAndStartAfresh(m_error);
        return {OpenStatus::Failed, QObject::tr("Your history cannot be kept: %1").arg(m_error), {}};
    }
    QSqlDatabase db = database();
    const std::optional<int> version = userVersion(db, m_error);
    if (!version)
        return moveAsideAndStartAfresh(m_error);
    if (*version > schemaVersion) {
        closeConnection();
        return {OpenStatus::TooNew,
            QObject::tr("Your history was written by a newer version of Lumbar Relief, so this version leaves it "
                        "untouched and keeps no history. Update the app to see and add to it. (%1)")
                .arg(QDir::toNativeSeparators(m_path)),
            {}};
    }
    if (!intact(db, m_error))
        return moveAsideAndStartAfresh(m_error);
    // WAL: a reader never sees half a write and a killed writer loses only the transaction it was in.
    // synchronous=FULL: a committed write survives a power cut too.
    if (!runAll(db,
            {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s,
                u"PRAGMA busy_timeout = 2000"_s},
            m_error) ||
        !migrate(db, *version, schemaVersion, m_error)) {
        closeConnection();
        return {OpenStatus::Failed, QObject::tr("Your history could not be opened: %1").arg(m_error), {}};
    }
    m_open = true;
    return {OpenStatus::Ready, {}, {}};
}

HistoryStore::OpenResult HistoryStore::moveAsideAndStartAfresh(const QString &why)
{
    closeConnection();
    const QString target = freeName(QFileInfo(m_path).absolutePath());
    if (!QFile::rename(m_path, target)) {
        m_error = QObject::tr("Could not move %1 aside.").arg(QDir::toNativeSeparators(m_path));
        return {OpenStatus::Failed,
            QObject::tr("Your history could not be read (%1) and could not be moved aside, so it was left as it "
                        "is and no history is kept.")
                .arg(why),
            {}};
    }
    // The journal files belong to the old file: keep them with it so nothing is lost and a new one starts clean.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    OpenResult fresh = open();
    if (fresh.status != OpenStatus::Ready)
        return fresh;
    return {OpenStatus::Replaced,
        QObject::tr("Your history could not be read (%1). It was moved aside to %2, so nothing in it is lost, and a "
                    "new history was started.")
            .arg(why, QDir::toNativeSeparators(target)),
        target};
}

int HistoryStore::fileVersion() const
{
    if (!m_open)
        return 0;
    QSqlDatabase db = database();
    return userVersion(db, m_error).value_or(0);
}

namespace {

// Binds `values` to `sql` in `query` and runs it.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

// One INSERT of `values` in its own transaction: the new row's id, or 0 (with the error in `error`).
std::int64_t insertOne(const QSqlDatabase &db, QString &error, const QString &sql, const QVariantList &values)
{
    std::int64_t id = 0;
    const bool ok = inTransaction(db, error, [&](QSqlQuery &query) {
        if (!run(query, sql, values))
            return false;
        id = query.lastInsertId().toLongLong();
        return true;
    });
    return ok ? id : 0;
}

// One UPDATE (or INSERT) of `values` in its own transaction. `rows`: how many rows it must change to count as done
// (an UPDATE of one session that finds none has failed); -1 for any number.
bool change(const QSqlDatabase &db, QString &error, const QString &sql, const QVariantList &values, int rows = 1)
{
    return inTransaction(db, error,
        [&](QSqlQuery &query) { return run(query, sql, values) && (rows < 0 || query.numRowsAffected() == rows); });
}

// Runs the SELECT `sql` with `values` and hands `read` each row in turn; false, with the error in `error`, when the
// query fails.
bool eachRow(const QSqlDatabase &db, QString &error, const QString &sql, const QVariantList &values,
    const std::function<void(const QSqlQuery &)> &read)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, sql, values)) {
        error = query.lastError().text();
        return false;
    }
    while (query.next())
        read(query);
    return true;
}

bool insertItem(QSqlQuery &query, std::int64_t session, const ItemRecord &item)
{
    return run(query,
        u"INSERT OR REPLACE INTO session_items (session_id, position, exercise_id, exercise_name, result, "
        "dosage_change, extent_when_stopped) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {static_cast<qint64>(session), item.position, qs(item.exerciseId), qs(item.exerciseName),
            qs(itemResultKey(item.result)), qs(item.dosageChange), orNull(item.extentWhenStopped)});
}

} // namespace

std::int64_t HistoryStore::beginSession(const SessionRecord &session)
{
    if (!m_open)
        return 0;
    std::int64_t id = 0;
    const bool ok = inTransaction(database(), m_error, [&](QSqlQuery &query) {
        if (!run(query,
                u"INSERT INTO sessions (routine_id, routine_title, started_at, day, pain_before, extent_before, "
                "numb_before, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {qs(session.routineId), qs(session.routineTitle), toMs(session.startedAt), dayValue(session.day),
                    orNull(session.before.pain), orNull(session.before.extent), session.before.newNumbnessOrWeakness,
                    qs(session.notes)}))
            return false;
        id = query.lastInsertId().toLongLong();
        return std::all_of(session.items.begin(), session.items.end(),
            [&](const ItemRecord &item) { return insertItem(query, id, item); });
    });
    return ok ? id : 0;
}

bool HistoryStore::saveItem(std::int64_t session, const ItemRecord &item)
{
    return m_open &&
        inTransaction(database(), m_error, [&](QSqlQuery &query) { return insertItem(query, session, item); });
}

bool HistoryStore::finishSession(std::int64_t session, WallTime endedAt, bool stoppedEarly)
{
    return m_open &&
        change(database(), m_error, u"UPDATE sessions SET ended_at = ?, stopped_early = ? WHERE id = ?"_s,
            {toMs(endedAt), stoppedEarly, static_cast<qint64>(session)});
}

bool HistoryStore::saveAfterCheckIn(std::int64_t session, const CheckIn &after, const std::string &notes)
{
    return m_open &&
        change(database(), m_error,
            u"UPDATE sessions SET pain_after = ?, extent_after = ?, numb_after = ?, notes = ? WHERE id = ?"_s,
            {orNull(after.pain), orNull(after.extent), after.newNumbnessOrWeakness, qs(notes),
                static_cast<qint64>(session)});
}

bool HistoryStore::markGuardTriggered(std::int64_t session)
{
    return m_open &&
        change(database(), m_error, u"UPDATE sessions SET guard_triggered = 1 WHERE id = ?"_s,
            {static_cast<qint64>(session)});
}

std::vector<SessionRecord> HistoryStore::sessions() const
{
    std::vector<SessionRecord> out;
    std::unordered_map<std::int64_t, std::size_t> index;
    const bool ok = m_open &&
        eachRow(
            database(), m_error, u"SELECT * FROM sessions ORDER BY started_at, id"_s, {}, [&](const QSqlQuery &row) {
                out.push_back(readSession(row));
                index.emplace(out.back().id, out.size() - 1);
            });
    if (ok)
        eachRow(database(), m_error, u"SELECT * FROM session_items ORDER BY session_id, position"_s, {},
            [&](const QSqlQuery &row) {
                const auto found = index.find(row.value(u"session_id"_s).toLongLong());
                if (found != index.end())
                    out[found->second].items.push_back(readItem(row));
            });
    return out;
}

std::optional<SessionRecord> HistoryStore::session(std::int64_t id) const
{
    std::optional<SessionRecord> session;
    if (!m_open)
        return session;
    const QVariantList key{static_cast<qint64>(id)};
    eachRow(database(), m_error, u"SELECT * FROM sessions WHERE id = ?"_s, key,
        [&](const QSqlQuery &row) { session = readSession(row); });
    if (session)
        eachRow(database(), m_error, u"SELECT * FROM session_items WHERE session_id = ? ORDER BY position"_s, key,
            [&](const QSqlQuery &row) { session->items.push_back(readItem(row)); });
    return session;
}

std::int64_t HistoryStore::addFlag(const ExerciseFlag &flag)
{
    if (!m_open)
        return 0;
    return insertOne(database(), m_error,
        u"INSERT INTO exercise_flags (exercise_id, session_id, flagged_at, day, reason, extent) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s,
        {qs(flag.exerciseId),
            flag.sessionId ? QVariant(static_cast<qint64>(flag.sessionId)) : QVariant(QMetaType(QMetaType::LongLong)),
            toMs(flag.at), dayValue(flag.day), qs(flagReasonKey(flag.reason)), orNull(flag.extent)});
}

bool HistoryStore::clearFlags(const std::string &exerciseId)
{
    return m_open &&
        change(database(), m_error,
            u"UPDATE exercise_flags SET cleared_at = ? WHERE exercise_id = ? AND cleared_at IS NULL"_s,
            {Clock::system().wall().toMSecsSinceEpoch(), qs(exerciseId)}, -1);
}

std::vector<ExerciseFlag> HistoryStore::flags(bool includeCleared) const
{
    std::vector<ExerciseFlag> out;
    if (m_open)
        eachRow(database(), m_error,
            u"SELECT * FROM exercise_flags %1 ORDER BY flagged_at, id"_s.arg(
                includeCleared ? QString() : u"WHERE cleared_at IS NULL"_s),
            {}, [&](const QSqlQuery &row) { out.push_back(readFlag(row)); });
    return out;
}

std::int64_t HistoryStore::addActivity(const std::string &name, LocalDay added)
{
    if (!m_open)
        return 0;
    return insertOne(
        database(), m_error, u"INSERT INTO psfs_activities (name, added) VALUES (?, ?)"_s, {qs(name), dayValue(added)});
}

bool HistoryStore::retireActivity(std::int64_t id, LocalDay day)
{
    return m_open &&
        change(database(), m_error, u"UPDATE psfs_activities SET retired = ? WHERE id = ?"_s,
            {dayValue(day), static_cast<qint64>(id)});
}

std::vector<PsfsActivity> HistoryStore::activities() const
{
    std::vector<PsfsActivity> out;
    if (m_open)
        eachRow(database(), m_error, u"SELECT id, name, added, retired FROM psfs_activities ORDER BY id"_s, {},
            [&](const QSqlQuery &row) {
                PsfsActivity activity;
                activity.id = row.value(0).toLongLong();
                activity.name = toStd(row.value(1).toString());
                activity.added = dayOf(row.value(2));
                if (!row.value(3).isNull())
                    activity.retired = dayOf(row.value(3));
                out.push_back(std::move(activity));
            });
    return out;
}

bool HistoryStore::addRating(const PsfsRating &rating)
{
    return m_open &&
        change(database(), m_error, u"INSERT INTO psfs_ratings (activity_id, day, score) VALUES (?, ?, ?)"_s,
            {static_cast<qint64>(rating.activityId), dayValue(rating.day), rating.score}, -1);
}

std::vector<PsfsRating> HistoryStore::ratings() const
{
    std::vector<PsfsRating> out;
    if (m_open)
        eachRow(database(), m_error, u"SELECT activity_id, day, score FROM psfs_ratings ORDER BY day, id"_s, {},
            [&](const QSqlQuery &row) {
                out.push_back(PsfsRating{row.value(0).toLongLong(), dayOf(row.value(1)), row.value(2).toInt()});
            });
    return out;
}

bool HistoryStore::createAtVersion(const QString &path, int version)
{
    const QString connection = u"lumbar-history-old-%1"_s.arg(connectionCount++);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        QString error;
        ok = db.open() && migrate(db, 0, version, error);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace lumbar::ui
