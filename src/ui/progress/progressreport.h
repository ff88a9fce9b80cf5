// ProgressReport: the history in the two forms a patient hands over — every session as a CSV file, and a one-page
// PDF summary for the therapist (sessions and streak, pain and symptom extent with their charts, how well each
// routine was kept to, the functional scale, and the exercises marked as making things worse).
#pragma once

#include "core/history.h"
#include "core/progress.h"
#include "core/psfs.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class ProgressReport
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReport)

public:
    // `bank`: for each routine's times a day and the names of marked exercises (may be null). `range`: the period
    // the summary covers; `made`: the day it is made, printed on it.
    ProgressReport(std::vector<SessionRecord> sessions, std::vector<PsfsActivity> activities,
        std::vector<PsfsRating> ratings, std::vector<ExerciseFlag> flags, std::shared_ptr<const ContentBank> bank,
        DayRange range, QDate made);

    // Every session, oldest first, as historyCsv writes it, times in the user's own time zone; whole or not at all.
    static bool saveCsv(const std::vector<SessionRecord> &sessions, const QString &path, QString *error = nullptr);

    // The text parts of the page as HTML: the heading and key figures, then the tables below the charts.
    QString headHtml() const;
    QString tablesHtml() const;
    const ProgressSummary &summary() const { return m_summary; }

    // One A4 page: the text and the two charts, with a footer.
    void paint(QPagedPaintDevice &device) const;
    bool savePdf(const QString &path, QString *error = nullptr) const;

private:
    int timesPerDay(const std::string &routineId) const;
    QString exerciseName(const std::string &id) const;

    std::vector<SessionRecord> m_sessions;
    std::vector<PsfsActivity> m_activities;
    std::vector<PsfsRating> m_ratings;
    std::vector<ExerciseFlag> m_flags;
    std::shared_ptr<const ContentBank> m_bank;
    DayRange m_range;
    QDate m_made;
    ProgressSummary m_summary; // worked out once, for both parts of the page
};

} // namespace lumbar::ui
