// HistoryStore: the private history in SQLite (Qt SQL) — sessions with their check-ins and what became of each
// exercise, the guard's flags, and the functional-scale ratings. Every change is one transaction in WAL mode, so a
// crash or a kill keeps everything logged before it; a file it cannot read is moved aside, never overwritten.
#pragma once

#include "core/history.h"
#include "core/psfs.h"

#include <QString>

#include <optional>
#include <vector>

class QSqlDatabase;

namespace lumbar::ui {

class HistoryStore
{
public:
    // The schema this build writes. 1: sessions and their exercises; 2: numbness, the guard and its flags;
    // 3: the Patient-Specific Functional Scale.
    static constexpr int schemaVersion = 3;

    enum class OpenStatus {
        Ready, // opened (made, or brought up to date, if needed)
        Replaced, // the file could not be read: it was moved aside and a new history started
        TooNew, // made by a newer version of the app: left untouched, and the history is off
        Failed, // could not be opened or made at all (a folder without write access): the history is off
    };
    struct OpenResult
    {
        OpenStatus status = OpenStatus::Failed;
        QString message; // for the user, when the status is not Ready
        QString movedTo; // Replaced: where the unreadable file went
    };

    // <AppDataLocation>/history.sqlite, e.g. ~/.local/share/lumbar-relief/history.sqlite.
    static QString defaultPath();

    explicit HistoryStore(QString path = defaultPath());
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    OpenResult open();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    QString lastError() const { return m_error; }
    // The version the file says it has (PRAGMA user_version); for tests and the about box.
    int fileVersion() const;

    // Sessions. beginSession stores the session with its before check-in and its exercises (not reached yet) and
    // returns its id, 0 on failure; the rest change one stored session.
    std::int64_t beginSession(const SessionRecord &session);
    bool saveItem(std::int64_t session, const ItemRecord &item);
    bool finishSession(std::int64_t session, WallTime endedAt, bool stoppedEarly);
    bool saveAfterCheckIn(std::int64_t session, const CheckIn &after, const std::string &notes);
    bool markGuardTriggered(std::int64_t session);
    // Oldest first, each with its exercises in order.
    std::vector<SessionRecord> sessions() const;
    std::optional<SessionRecord> session(std::int64_t id) const;

    // Flags on exercises for this user.
    std::int64_t addFlag(const ExerciseFlag &flag);
    bool clearFlags(const std::string &exerciseId);
    std::vector<ExerciseFlag> flags(bool includeCleared = false) const;

    // The functional scale.
    std::int64_t addActivity(const std::string &name, LocalDay added);
    bool retireActivity(std::int64_t id, LocalDay day);
    std::vector<PsfsActivity> activities() const;
    bool addRating(const PsfsRating &rating);
    std::vector<PsfsRating> ratings() const;

    // Makes a database at `path` at an older schema version, for the migration tests.
    static bool createAtVersion(const QString &path, int version);

private:
    bool openConnection();
    void closeConnection();
    OpenResult moveAsideAndStartAfresh(const QString &why);
    QSqlDatabase database() const;

    QString m_path;
    QString m_connection;
    bool m_open = false;
    mutable QString m_error;
};

} // namespace lumbar::ui
