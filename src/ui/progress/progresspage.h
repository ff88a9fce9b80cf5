// ProgressPage: the "Progress" section — whether things are getting better. A calendar of the days with sessions and
// the streak, pain before and after and how far down the leg symptoms reach over time, how well each routine is
// kept to against the times a day it asks for, and the functional scale with its chart; the history exports as CSV
// and as a one-page PDF summary for the therapist.
#pragma once

#include "ui/app/clock.h"

#include "core/history.h"
#include "core/progress.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QCalendarWidget;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class HistoryStore;
class PsfsPanel;

class ProgressPage : public QWidget
{
    Q_OBJECT

public:
    // With no `today`, the real date; tests pass a fixed one.
    // With no clock, the computer's; it must outlive this.
    explicit ProgressPage(QWidget *parent = nullptr, const Clock *clock = nullptr);

    // How to get the history: asked on first showing, not at start-up (opening the database costs time).
    void setHistorySource(std::function<HistoryStore *()> source) { m_source = std::move(source); }
    void setBank(std::shared_ptr<const ContentBank> bank);
    // Reads the history again and redraws everything (building the page first, if it has not been shown yet).
    void refresh();

    // The period shown: the last 30 (the default), 90 or 365 days.
    void setPeriodDays(int days);
    DayRange range() const;
    // How many sessions a day the routine asks for: its "how often", once a day when it says nothing or is gone.
    int timesPerDay(const std::string &routineId) const;

    // The parts below exist once the page has been shown or refreshed.
    QString summaryText() const;
    QString dayText() const;
    // One line per routine: "Gentle start — 2 a day: 41 of 56 (73%)".
    QStringList adherenceLines() const;
    QPushButton *csvButton() const { return m_csv; }
    QPushButton *pdfButton() const { return m_pdf; }

    // The CSV file and the PDF summary of what the history holds (the PDF covers the period shown). False, with a
    // message box, when it could not be written.
    bool exportCsv(const QString &path);
    bool exportPdf(const QString &path);

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QGridLayout *buildHeader();
    QWidget *buildCards();
    void build();
    HistoryStore *store();
    void showDay(QDate date);
    void markCalendar();
    void showAdherence(const std::vector<RoutineAdherence> &entries);
    void showCharts();
    void askAndExportCsv();
    void askAndExportPdf();

    const Clock &m_clock;
    std::function<HistoryStore *()> m_source;
    std::shared_ptr<const ContentBank> m_bank;
    int m_periodDays = 30;
    std::vector<SessionRecord> m_sessions;
    std::vector<LocalDay> m_markedDays;

    // Made by build(), when the page is first shown or refreshed.
    bool m_built = false;
    QLabel *m_summary = nullptr;
    QComboBox *m_period = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QLabel *m_streak = nullptr;
    QLabel *m_day = nullptr;
    QWidget *m_adherenceBox = nullptr;
    QVBoxLayout *m_adherenceLayout = nullptr;
    QChartView *m_painView = nullptr;
    QChartView *m_extentView = nullptr;
    QChartView *m_psfsView = nullptr;
    PsfsPanel *m_psfs = nullptr;
};

} // namespace lumbar::ui
