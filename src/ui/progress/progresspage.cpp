#include "progresspage.h"

#include "progresscharts.h"
#include "progressreport.h"
#include "psfspanel.h"
#include "ui/history/historystore.h"
#include "ui/history/historytext.h"
#include "ui/text/uitext.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/theme.h"

#include "core/contentbank.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTextCharFormat>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

// A white card with a heading: the page's sections.
QFrame *card(const QString &heading, QWidget *parent, QVBoxLayout **body)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(u"progressCard"_s);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    if (!heading.isEmpty()) {
        auto *title = new QLabel(heading, frame);
        title->setObjectName(u"cardTitle"_s);
        theme::setRelativeFont(title, 1.05, true);
        layout->addWidget(title);
    }
    *body = layout;
    return frame;
}

QChartView *chartView(QWidget *parent, const QString &objectName, const QString &name, int minimumHeight)
{
    auto *view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    view->setAccessibleName(name);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(theme::surface()); // the card's white around the chart, not the window's grey
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    // The view gives up the old chart without deleting it.
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QString timesADay(int times)
{
    return times == 1 ? ProgressPage::tr("once a day")
                      : (times == 2 ? ProgressPage::tr("twice a day") : ProgressPage::tr("%1 times a day").arg(times));
}

} // namespace

ProgressPage::ProgressPage(QWidget *parent, const Clock *clock)
    : QWidget(parent)
    , m_clock(Clock::orSystem(clock))
{
    setObjectName(u"progressPage"_s);
}

void ProgressPage::build()
{
    // Built when first shown: the calendar and the charts are not worth their start-up cost on every launch.
    m_built = true;
    m_summary = new QLabel(this);
    m_period = new QComboBox(this);
    m_csv = new QPushButton(tr("Export CSV…"), this);
    m_pdf = new QPushButton(tr("Summary for your therapist (PDF)…"), this);
    m_calendar = new QCalendarWidget(this);
    m_streak = new QLabel(this);
    m_day = new QLabel(this);
    m_adherenceBox = new QWidget(this);
    m_adherenceLayout = new QVBoxLayout(m_adherenceBox);
    m_painView = chartView(this, u"painChart"_s, tr("Pain chart"), 250);
    m_extentView = chartView(this, u"extentChart"_s, tr("Symptom extent chart"), 250);
    m_psfsView = chartView(this, u"psfsChart"_s, tr("Activities chart"), 240);
    // A text alternative for each chart: the figures it draws are also in words on this page and in the summary.
    m_painView->setAccessibleDescription(
        tr("Pain from 0 to 10 before and after each session in the period; the numbers are in the summary above."));
    m_extentView->setAccessibleDescription(tr("How far down the leg symptoms reached at each session, from the back "
                                              "at the top to the foot at the bottom; red points are warnings."));
    m_psfsView->setAccessibleDescription(
        tr("How well you manage each of your activities, from 0 (not at all) to 10 (as before), over time."));
    m_psfs = new PsfsPanel(this);

    QGridLayout *header = buildHeader();
    QWidget *inner = buildCards();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"progressScroll"_s);
    scroll->setFocusPolicy(Qt::NoFocus); // its contents take the focus, and it scrolls to each
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *headerBox = new QWidget(this);
    headerBox->setLayout(header);
    header->setContentsMargins(24, 18, 24, 8);
    layout->addWidget(headerBox);
    layout->addWidget(scroll, 1);

    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] { showDay(m_calendar->selectedDate()); });
    connect(m_period, &QComboBox::currentIndexChanged, this,
        [this](int index) { setPeriodDays(m_period->itemData(index).toInt()); });
    connect(m_psfs, &PsfsPanel::changed, this, &ProgressPage::refresh);
    connect(m_csv, &QPushButton::clicked, this, &ProgressPage::askAndExportCsv);
    connect(m_pdf, &QPushButton::clicked, this, &ProgressPage::askAndExportPdf);
}

// The title with the period and the exports beside it; with large text the controls go on a row of their own, so
// that the page still fits the screen.
QGridLayout *ProgressPage::buildHeader()
{
    QLabel *title = theme::pageTitle(tr("Progress"), this);
    m_summary->setObjectName(u"pageSubtitle"_s);
    m_summary->setWordWrap(true);

    m_period->setObjectName(u"progressPeriod"_s);
    m_period->setAccessibleDescription(tr("The period the charts, the figures and the summary cover."));
    m_period->setAccessibleName(tr("Period shown"));
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last year"), 365);
    m_csv->setObjectName(u"exportCsv"_s);
    m_csv->setToolTip(tr("Every session as a spreadsheet file, for you to keep or show your therapist"));
    m_pdf->setObjectName(u"exportSummaryPdf"_s);
    m_pdf->setProperty("primary", true);
    m_pdf->setToolTip(tr("One page: sessions, pain, symptoms, activities and how well the routine was kept to"));

    auto *header = new QGridLayout;
    header->setHorizontalSpacing(10);
    const auto placeHeader = [=, this] {
        for (QWidget *w : std::initializer_list<QWidget *>{title, m_period, m_csv, m_pdf, m_summary})
            header->removeWidget(w);
        const bool stacked = theme::textScale() > 110;
        header->addWidget(title, 0, 0, 1, stacked ? 4 : 1);
        const int row = stacked ? 1 : 0;
        header->addWidget(m_period, row, stacked ? 0 : 1);
        header->addWidget(m_csv, row, stacked ? 1 : 2);
        header->addWidget(m_pdf, row, stacked ? 2 : 3);
        header->addWidget(m_summary, row + 1, 0, 1, 4);
        header->setColumnStretch(0, stacked ? 0 : 1);
        header->setColumnStretch(4, stacked ? 1 : 0); // an empty column that takes the rest of the row
    };
    placeHeader();
    connect(theme::Notifier::instance(), &theme::Notifier::changed, this, placeHeader);

    return header;
}

// The cards: the calendar and its day, the routines kept to, the charts and the activities.
QWidget *ProgressPage::buildCards()
{
    // Left column: the calendar and its day, the routines kept to. Right: the charts.
    QVBoxLayout *calendarBody = nullptr;
    QFrame *calendarCard = card(tr("Sessions"), this, &calendarBody);
    m_calendar->setObjectName(u"sessionCalendar"_s);
    // The calendar's days are its inner view, which is what takes the focus.
    if (auto *days = m_calendar->findChild<QAbstractItemView *>(u"qt_calendar_calendarview"_s)) {
        days->setAccessibleName(tr("Days with sessions"));
        days->setAccessibleDescription(
            tr("Arrow keys move between days; a day with a session is marked, and its sessions show below."));
    }
    m_calendar->setAccessibleName(tr("Calendar of sessions"));
    m_calendar->setAccessibleDescription(tr("Days with a session are marked; choose a day to see its sessions"));
    // The month arrows as text in the colour of the month's name on the accent bar, not the style's coloured icons.
    const auto styleArrows = [this] {
        for (const QString &name : {u"qt_calendar_prevmonth"_s, u"qt_calendar_nextmonth"_s})
            if (auto *button = m_calendar->findChild<QToolButton *>(name)) {
                button->setIcon(QIcon());
                button->setToolButtonStyle(Qt::ToolButtonTextOnly);
                QColor faded = theme::onAccent();
                faded.setAlphaF(0.45);
                const int size = QFontInfo(m_calendar->font()).pixelSize() * 8 / 5;
                button->setStyleSheet(
                    u"QToolButton { color: %1; font-size: %3px; font-weight: bold; } QToolButton:disabled { color: %2; }"_s
                        .arg(theme::onAccent().name(), faded.name(QColor::HexArgb))
                        .arg(size));
            }
    };
    if (auto *previous = m_calendar->findChild<QToolButton *>(u"qt_calendar_prevmonth"_s))
        previous->setText(u"‹"_s);
    if (auto *next = m_calendar->findChild<QToolButton *>(u"qt_calendar_nextmonth"_s))
        next->setText(u"›"_s);
    styleArrows();
    connect(theme::Notifier::instance(), &theme::Notifier::changed, this, styleArrows);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setGridVisible(false);
    m_calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    m_streak->setObjectName(u"streak"_s);
    m_streak->setWordWrap(true);
    m_day->setObjectName(u"dayDetail"_s);
    m_day->setWordWrap(true);
    m_day->setTextFormat(Qt::PlainText);
    m_day->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_day->setMinimumHeight(m_day->fontMetrics().lineSpacing() * 3);
    calendarBody->addWidget(m_streak);
    calendarBody->addWidget(m_calendar);
    calendarBody->addWidget(m_day);

    QVBoxLayout *adherenceBody = nullptr;
    QFrame *adherenceCard = card(tr("Keeping to your routines"), this, &adherenceBody);
    m_adherenceLayout->setContentsMargins(0, 0, 0, 0);
    m_adherenceLayout->setSpacing(6);
    adherenceBody->addWidget(m_adherenceBox);
    adherenceBody->addStretch(1);

    QVBoxLayout *chartsBody = nullptr;
    QFrame *chartsCard = card({}, this, &chartsBody);
    chartsBody->addWidget(m_painView, 1);
    chartsBody->addWidget(m_extentView, 1);

    QVBoxLayout *psfsBody = nullptr;
    QFrame *psfsCard = card(tr("Activities you find hard"), this, &psfsBody);
    psfsBody->addWidget(m_psfs);
    psfsBody->addStretch(1);
    QVBoxLayout *psfsChartBody = nullptr;
    QFrame *psfsChartCard = card({}, this, &psfsChartBody);
    psfsChartBody->addWidget(m_psfsView);

    auto *inner = new QWidget(this);
    auto *grid = new QGridLayout(inner);
    grid->setContentsMargins(24, 8, 24, 24);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(16);
    // Two columns, the sessions and routines beside the charts; with large text one column, the charts under the
    // calendar, so that neither the calendar nor a chart is squeezed (the page scrolls).
    const auto placeCards = [=] {
        for (QWidget *w :
            std::initializer_list<QWidget *>{calendarCard, adherenceCard, chartsCard, psfsCard, psfsChartCard})
            grid->removeWidget(w);
        if (theme::textScale() >= 150) {
            int row = 0;
            for (QWidget *w :
                std::initializer_list<QWidget *>{calendarCard, chartsCard, adherenceCard, psfsCard, psfsChartCard})
                grid->addWidget(w, row++, 0);
            grid->setColumnStretch(0, 1);
            grid->setColumnStretch(1, 0);
            grid->setRowStretch(1, 0);
        } else {
            grid->addWidget(calendarCard, 0, 0);
            grid->addWidget(adherenceCard, 1, 0);
            grid->addWidget(chartsCard, 0, 1, 2, 1);
            grid->addWidget(psfsCard, 2, 0);
            grid->addWidget(psfsChartCard, 2, 1);
            grid->setColumnStretch(0, 2);
            grid->setColumnStretch(1, 3);
            grid->setRowStretch(1, 1); // the routines' card fills the column beside the charts
        }
    };
    placeCards();
    connect(theme::Notifier::instance(), &theme::Notifier::changed, this, placeCards);

    return inner;
}

void ProgressPage::setBank(std::shared_ptr<const ContentBank> bank)
{
    m_bank = std::move(bank);
    if (m_built && isVisible())
        refresh();
}

HistoryStore *ProgressPage::store()
{
    HistoryStore *store = m_source ? m_source() : nullptr;
    return store && store->isOpen() ? store : nullptr;
}

DayRange ProgressPage::range() const
{
    return lastDays(HistoryText::day(m_clock.today()), m_periodDays);
}

int ProgressPage::timesPerDay(const std::string &routineId) const
{
    const Routine *routine = m_bank ? m_bank->routine(routineId) : nullptr;
    return routine && routine->timesPerDay ? std::max(routine->timesPerDay->value, 1) : 1;
}

void ProgressPage::setPeriodDays(int days)
{
    if (days == m_periodDays)
        return;
    m_periodDays = days;
    if (!m_built)
        return; // shown with it when first shown
    const int index = m_period->findData(days);
    if (index >= 0 && index != m_period->currentIndex()) {
        const QSignalBlocker blocker(m_period);
        m_period->setCurrentIndex(index);
    }
    refresh();
}

void ProgressPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ProgressPage::refresh()
{
    if (!m_built)
        build();
    HistoryStore *history = store();
    m_sessions = history ? history->sessions() : std::vector<SessionRecord>{};
    const QDate today = m_clock.today();
    const DayRange shown = range();
    m_calendar->setMaximumDate(today);

    const ProgressSummary summary = summarize(
        m_sessions, [this](const std::string &id) { return timesPerDay(id); }, shown);
    if (!history) {
        m_summary->setText(tr("Your history is off, so there is nothing to show. (It is kept on this computer only.)"));
    } else if (summary.sessions == 0) {
        m_summary->setText(tr("No sessions in this period yet. Each routine you play appears here with your "
                              "check-ins, so you and your therapist can see whether things are getting better."));
    } else {
        QStringList parts{summary.sessions == 1 ? tr("1 session in this period")
                                                : tr("%1 sessions in this period").arg(summary.sessions)};
        if (summary.painFirstWeek && summary.painLastWeek)
            parts << tr("pain before a session: %1 in the first week, %2 in the last")
                         .arg(HistoryText::number(*summary.painFirstWeek), HistoryText::number(*summary.painLastWeek));
        else if (summary.painLastWeek)
            parts << tr("pain before a session this week: %1").arg(HistoryText::number(*summary.painLastWeek));
        if (summary.relief && *summary.relief > 0)
            parts << tr("a session eases it by %1 on average").arg(HistoryText::number(*summary.relief));
        if (summary.extent.trend != SymptomTrend::Unknown)
            parts << tr("symptoms: %1").arg(HistoryText::trendName(summary.extent.trend));
        m_summary->setText(parts.join(u" · "_s));
    }
    if (summary.streaks.current > 0)
        m_streak->setText(
            tr("Streak: %1 in a row · longest %2")
                .arg(HistoryText::days(summary.streaks.current), HistoryText::days(summary.streaks.longest)));
    else if (summary.streaks.longest > 0)
        m_streak->setText(tr("No session yesterday or today yet · longest streak %1")
                              .arg(HistoryText::days(summary.streaks.longest)));
    else
        m_streak->setText(tr("Days with a session are marked here."));

    markCalendar();
    showDay(m_calendar->selectedDate());
    showAdherence(summary.adherence);
    showCharts();
    m_psfs->load(history, HistoryText::day(today));
    m_csv->setEnabled(history && !m_sessions.empty());
    m_pdf->setEnabled(history != nullptr);
}

void ProgressPage::markCalendar()
{
    // Clear the old marks first: the days may have changed (a period change, a new session).
    for (const LocalDay day : m_markedDays)
        m_calendar->setDateTextFormat(HistoryText::date(day), QTextCharFormat());
    m_markedDays = sessionDays(m_sessions);
    // Red is the safety colour here (a day symptoms spread): weekends are in the text colour, not Qt's red.
    QTextCharFormat weekend;
    weekend.setForeground(m_calendar->palette().color(QPalette::Text));
    for (const Qt::DayOfWeek day : {Qt::Saturday, Qt::Sunday})
        m_calendar->setWeekdayTextFormat(day, weekend);
    QTextCharFormat done;
    done.setBackground(theme::accentSoft());
    done.setForeground(theme::accent());
    done.setFontWeight(QFont::Bold);
    for (const LocalDay day : m_markedDays)
        m_calendar->setDateTextFormat(HistoryText::date(day), done);
    // A day the guard fired on stands out in the safety colour.
    QTextCharFormat spread = done;
    spread.setBackground(theme::dangerSoft());
    spread.setForeground(theme::danger());
    for (const SessionRecord &session : m_sessions) {
        if (!session.guardTriggered)
            continue;
        m_calendar->setDateTextFormat(HistoryText::date(session.day), spread);
        m_markedDays.push_back(session.day);
    }
}

void ProgressPage::showDay(QDate date)
{
    QStringList lines;
    const LocalDay day = HistoryText::day(date);
    for (const SessionRecord &session : m_sessions)
        if (session.day == day)
            lines << HistoryText::sessionLine(session, m_bank.get());
    const QString when = QLocale().toString(date, u"dddd d MMMM"_s);
    m_day->setText(lines.isEmpty() ? tr("%1: no session.").arg(when) : when + u":\n"_s + lines.join(u"\n"_s));
}

void ProgressPage::showAdherence(const std::vector<RoutineAdherence> &entries)
{
    while (QLayoutItem *item = m_adherenceLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (entries.empty()) {
        auto *none = new QLabel(tr("No routine done in this period yet."), m_adherenceBox);
        none->setWordWrap(true);
        none->setObjectName(u"mutedText"_s);
        m_adherenceLayout->addWidget(none);
        return;
    }
    for (const RoutineAdherence &entry : entries) {
        const Adherence &a = entry.adherence;
        const QString title = HistoryText::routineTitle(m_bank.get(), entry.routineId, entry.title);
        auto *label = new QLabel(tr("%1 — %2").arg(title, timesADay(entry.timesPerDay)), m_adherenceBox);
        label->setObjectName(u"adherenceRoutine"_s);
        label->setWordWrap(true);
        const QString done =
            tr("%1 of %2 planned sessions (%3%) since %4")
                .arg(a.done)
                .arg(a.expected)
                .arg(static_cast<int>(std::lround(a.ratio() * 100.0)))
                .arg(
                    a.days.empty() ? QString() : QLocale().toString(HistoryText::date(a.days.front().day), u"d MMM"_s));
        auto *bar = new QProgressBar(m_adherenceBox);
        bar->setObjectName(u"adherenceBar"_s);
        bar->setRange(0, std::max(a.expected, 1));
        bar->setValue(a.done);
        bar->setTextVisible(false);
        bar->setFixedHeight(8);
        bar->setAccessibleName(tr("Kept to %1").arg(title));
        bar->setAccessibleDescription(done);
        auto *figures = new QLabel(done, m_adherenceBox);
        figures->setObjectName(u"adherenceFigures"_s);
        m_adherenceLayout->addWidget(label);
        m_adherenceLayout->addWidget(bar);
        m_adherenceLayout->addWidget(figures);
        m_adherenceLayout->addSpacing(6);
    }
}

void ProgressPage::showCharts()
{
    const DayRange shown = range();
    replaceChart(m_painView, ProgressCharts::painChart(m_sessions, shown));
    replaceChart(m_extentView, ProgressCharts::extentChart(m_sessions, shown));
    HistoryStore *history = store();
    replaceChart(m_psfsView,
        ProgressCharts::psfsChart(history ? history->activities() : std::vector<PsfsActivity>{},
            history ? history->ratings() : std::vector<PsfsRating>{}, shown));
}

QString ProgressPage::summaryText() const
{
    return m_built ? m_summary->text() : QString();
}

QString ProgressPage::dayText() const
{
    return m_built ? m_day->text() : QString();
}

QStringList ProgressPage::adherenceLines() const
{
    QStringList lines;
    if (!m_built)
        return lines;
    const auto labels = m_adherenceBox->findChildren<QLabel *>(u"adherenceRoutine"_s);
    const auto figures = m_adherenceBox->findChildren<QLabel *>(u"adherenceFigures"_s);
    for (qsizetype i = 0; i < labels.size() && i < figures.size(); ++i)
        lines << labels[i]->text() + u": "_s + figures[i]->text();
    return lines;
}

bool ProgressPage::exportCsv(const QString &path)
{
    HistoryStore *history = store();
    QString error;
    if (!history || !ProgressReport::saveCsv(history->sessions(), path, &error)) {
        openMessage(this, QMessageBox::Warning, tr("Export history"),
            tr("The history could not be saved as %1: %2")
                .arg(QDir::toNativeSeparators(path), history ? error : tr("your history is off")),
            u"exportMessage"_s);
        return false;
    }
    emit statusMessage(tr("History saved as %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ProgressPage::exportPdf(const QString &path)
{
    HistoryStore *history = store();
    QString error;
    bool saved = false;
    if (history) {
        const ProgressReport report(history->sessions(), history->activities(), history->ratings(), history->flags(),
            m_bank, range(), m_clock.today());
        saved = report.savePdf(path, &error);
    }
    if (!saved) {
        openMessage(this, QMessageBox::Warning, tr("Progress summary"),
            tr("The summary could not be saved as %1: %2")
                .arg(QDir::toNativeSeparators(path), history ? error : tr("your history is off")),
            u"exportMessage"_s);
        return false;
    }
    emit statusMessage(tr("Summary saved as %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ProgressPage::askAndExportCsv()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"lumbar-relief-history-%1.csv"_s.arg(m_clock.today().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export history"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ProgressPage::askAndExportPdf()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(u"progress-summary-%1.pdf"_s.arg(m_clock.today().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Progress summary"), suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

} // namespace lumbar::ui
