// The progress page and the history's exports, over a recorded month (tests/data/history-month.json) with a fixed
// "today": the calendar's marks and a day's sessions, the charts' points, how well each routine was kept to, the
// functional scale used by slider and button, the CSV file and the one-page PDF summary read back.
#include "historyfixture.h"
#include "pdftext.h"
#include "programrun.h"
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/history/historystore.h"
#include "ui/history/historytext.h"
#include "ui/progress/progresscharts.h"
#include "ui/progress/progresspage.h"
#include "ui/progress/psfspanel.h"
#include "ui/text/uitext.h"
#include "ui/widgets/theme.h"

#include "core/historycsv.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QXYSeries>

#include <gtest/gtest.h>

#include <set>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

const QDate today(2026, 12, 6);

class Progress : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = std::make_unique<HistoryStore>(dir.filePath(u"history.sqlite"_s));
        ASSERT_EQ(store->open().status, HistoryStore::OpenStatus::Ready);
        QString error;
        ASSERT_TRUE(seedHistory(*store, monthFixturePath(), today, &counts, &error)) << error.toStdString();
        clock.wallNow = QDateTime(today, QTime(20, 0));
        page = std::make_unique<ProgressPage>(nullptr, &clock);
        page->setBank(shippedBankState().bank);
        page->setHistorySource([this] { return store.get(); });
        page->resize(1100, 900);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    }

    static QXYSeries *series(QChartView *view, const QString &name)
    {
        for (QAbstractSeries *s : view->chart()->series())
            if (s->name() == name)
                return qobject_cast<QXYSeries *>(s);
        return nullptr;
    }

    QTemporaryDir dir;
    std::unique_ptr<HistoryStore> store;
    FixtureCounts counts;
    FakeClock clock;
    std::unique_ptr<ProgressPage> page;
};

TEST_F(Progress, TheFixtureIsARealisticMonth)
{
    EXPECT_GE(counts.sessions, 30);
    EXPECT_EQ(counts.flags, 1);
    EXPECT_EQ(counts.activities, 3);
    EXPECT_EQ(counts.ratings, 15);
    const auto sessions = store->sessions();
    EXPECT_EQ(HistoryText::date(sessions.front().day), today.addDays(-29));
    EXPECT_EQ(HistoryText::date(sessions.back().day), today);
}

TEST_F(Progress, TheCalendarMarksEveryDayWithASessionAndNoOther)
{
    std::set<QDate> withSession;
    for (const SessionRecord &s : store->sessions())
        if (s.counts())
            withSession.insert(HistoryText::date(s.day));
    ASSERT_EQ(withSession.size(), 25U); // 30 days, 5 missed
    for (QDate d = today.addDays(-29); d <= today; d = d.addDays(1)) {
        const bool marked =
            child<QCalendarWidget>(page, u"sessionCalendar"_s)->dateTextFormat(d).fontWeight() == QFont::Bold;
        EXPECT_EQ(marked, withSession.contains(d)) << d.toString(Qt::ISODate).toStdString();
    }
    // The day the guard fired stands out in the safety colour.
    EXPECT_EQ(
        child<QCalendarWidget>(page, u"sessionCalendar"_s)->dateTextFormat(today.addDays(-20)).background().color(),
        theme::dangerSoft());
    EXPECT_EQ(
        child<QCalendarWidget>(page, u"sessionCalendar"_s)->dateTextFormat(today.addDays(-19)).background().style(),
        Qt::NoBrush);
    // Red is the safety colour here, so weekends are in the text colour (Qt paints them red).
    auto *calendar = child<QCalendarWidget>(page, u"sessionCalendar"_s);
    for (const Qt::DayOfWeek day : {Qt::Saturday, Qt::Sunday})
        EXPECT_EQ(calendar->weekdayTextFormat(day).foreground().color(), calendar->palette().color(QPalette::Text));
    // The month arrows are text in the page's colour, not the style's coloured icons.
    QEvent styleChange(QEvent::StyleChange); // as a new colour scheme or text size sends
    QApplication::sendEvent(calendar, &styleChange);
    for (const QString &name : {u"qt_calendar_prevmonth"_s, u"qt_calendar_nextmonth"_s}) {
        auto *arrow = child<QToolButton>(calendar, name);
        EXPECT_TRUE(arrow->icon().isNull()) << name.toStdString();
        EXPECT_FALSE(arrow->text().isEmpty()) << name.toStdString();
    }
}

TEST_F(Progress, ChoosingADayListsItsSessions)
{
    child<QCalendarWidget>(page, u"sessionCalendar"_s)->setSelectedDate(today.addDays(-20));
    const QString day = page->dayText();
    EXPECT_TRUE(day.contains(u"NHS-style sciatica stretches"_s)) << day.toStdString();
    EXPECT_TRUE(day.contains(u"stopped early"_s)) << day.toStdString();
    EXPECT_TRUE(day.contains(u"Below the knee → Foot"_s)) << day.toStdString();
    EXPECT_TRUE(day.contains(u"talk to your therapist"_s)) << day.toStdString();
    EXPECT_TRUE(day.contains(u"Desk break"_s, Qt::CaseInsensitive)) << day.toStdString(); // its afternoon break

    child<QCalendarWidget>(page, u"sessionCalendar"_s)->setSelectedDate(today.addDays(-19)); // a missed day
    EXPECT_TRUE(page->dayText().contains(u"no session"_s)) << page->dayText().toStdString();
    child<QCalendarWidget>(page, u"sessionCalendar"_s)
        ->setSelectedDate(today.addDays(-17)); // the app was closed mid-session
    EXPECT_TRUE(page->dayText().contains(u"not finished"_s)) << page->dayText().toStdString();
}

TEST_F(Progress, TheChartsHaveAPointForEveryCheckIn)
{
    int painBefore = 0;
    int painAfter = 0;
    int extentBefore = 0;
    for (const SessionRecord &s : store->sessions()) {
        painBefore += s.before.pain ? 1 : 0;
        painAfter += s.after.pain ? 1 : 0;
        extentBefore += s.before.extent ? 1 : 0;
    }
    // 25 mornings; one without a pain rating, and one closed before its after check-in.
    EXPECT_EQ(painBefore, 24);
    EXPECT_EQ(painAfter, 23);
    QXYSeries *before = series(child<QChartView>(page, u"painChart"_s), ProgressCharts::beforeName());
    QXYSeries *after = series(child<QChartView>(page, u"painChart"_s), ProgressCharts::afterName());
    ASSERT_TRUE(before && after);
    EXPECT_EQ(before->count(), painBefore);
    EXPECT_EQ(after->count(), painAfter);
    // The points are the ratings, in time order.
    EXPECT_EQ(before->at(0).y(), 7);
    EXPECT_LT(before->at(0).x(), before->at(before->count() - 1).x());

    QXYSeries *extent = series(child<QChartView>(page, u"extentChart"_s), ProgressCharts::beforeName());
    ASSERT_TRUE(extent);
    EXPECT_EQ(extent->count(), extentBefore);
    EXPECT_EQ(extent->at(0).y(), static_cast<int>(LegExtent::BelowKnee));
    QXYSeries *spread = series(child<QChartView>(page, u"extentChart"_s), ProgressCharts::spreadName());
    ASSERT_TRUE(spread);
    ASSERT_EQ(spread->count(), 1);
    EXPECT_EQ(spread->at(0).y(), static_cast<int>(LegExtent::Foot));

    // Three activities rated five times each.
    const auto lines = child<QChartView>(page, u"psfsChart"_s)->chart()->series();
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(qobject_cast<QXYSeries *>(lines[0])->count(), 5);
    EXPECT_EQ(lines[0]->name(), u"Putting on socks"_s);
}

TEST_F(Progress, AChartShowsOnlyThePeriodChosen)
{
    page->setPeriodDays(30);
    const auto month = series(child<QChartView>(page, u"painChart"_s), ProgressCharts::beforeName())->count();
    // A session from long ago is outside the last 30 days but inside the last 90.
    SessionRecord old = store->sessions().front();
    old.id = 0;
    old.day = HistoryText::day(today.addDays(-60));
    old.startedAt -= std::chrono::days{31};
    ASSERT_NE(store->beginSession(old), 0);
    page->refresh();
    EXPECT_EQ(series(child<QChartView>(page, u"painChart"_s), ProgressCharts::beforeName())->count(), month);
    page->setPeriodDays(90);
    EXPECT_EQ(series(child<QChartView>(page, u"painChart"_s), ProgressCharts::beforeName())->count(), month + 1);
}

TEST_F(Progress, AdherenceCountsEachRoutineAgainstItsTimesADay)
{
    const QStringList lines = page->adherenceLines();
    ASSERT_EQ(lines.size(), 2) << lines.join(u"\n"_s).toStdString();
    // Done this morning, so the morning routine comes first: every day of the month but five.
    EXPECT_TRUE(lines[0].startsWith(u"NHS-style sciatica stretches — once a day"_s)) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(u"25 of 30 planned sessions (83%) since 7 Nov"_s)) << lines[0].toStdString();
    EXPECT_TRUE(page->summaryText().contains(u"first week"_s)) << page->summaryText().toStdString();
}

// Each session was recorded under the routine's name at the time, in the language the app was in then. The page names
// a routine as the bank does now, so a patient who has switched to Spanish reads their routines in Spanish.
TEST_F(Progress, RoutinesAreNamedAsTheBankNamesThemInTheLanguageShown)
{
    setBankLanguage("es");
    page->setBank(shippedBankState().bank);
    child<QCalendarWidget>(page, u"sessionCalendar"_s)->setSelectedDate(today.addDays(-20));
    const QString day = page->dayText();
    const QStringList lines = page->adherenceLines();
    setBankLanguage("en");
    EXPECT_TRUE(day.contains(u"Estiramientos para la ciática al estilo del NHS"_s)) << day.toStdString();
    EXPECT_FALSE(day.contains(u"NHS-style sciatica stretches"_s)) << day.toStdString();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith(u"Estiramientos para la ciática al estilo del NHS"_s)) << lines[0].toStdString();

    // A routine the bank no longer has keeps the name it was recorded under; no routine is a single exercise.
    const BankState state = shippedBankState();
    const ContentBank &bank = *state.bank;
    EXPECT_EQ(HistoryText::routineTitle(&bank, "deleted-routine", "My old routine"), u"My old routine"_s);
    EXPECT_EQ(HistoryText::routineTitle(&bank, "", ""), u"Single exercise"_s);
    EXPECT_EQ(HistoryText::routineTitle(nullptr, "nhs-sciatica-stretches", "As recorded"), u"As recorded"_s);
}

// With large text the cards go one above the other, the charts under the calendar at full width, so neither the
// calendar nor a chart is squeezed; at the normal size the charts stand beside the calendar.
TEST_F(Progress, LargeTextPutsTheChartsUnderTheCalendar)
{
    const auto where = [this](QWidget *w) { return QRect(w->mapTo(page.get(), QPoint(0, 0)), w->size()); };
    ASSERT_EQ(theme::textScale(), 100);
    QCoreApplication::processEvents();
    EXPECT_GT(where(child<QChartView>(page, u"painChart"_s)).left(),
        where(child<QCalendarWidget>(page, u"sessionCalendar"_s)).right())
        << "beside it";

    theme::setTextScale(150);
    QCoreApplication::processEvents();
    const QRect calendar = where(child<QCalendarWidget>(page, u"sessionCalendar"_s));
    const QRect pain = where(child<QChartView>(page, u"painChart"_s));
    theme::setTextScale(100);
    EXPECT_GT(pain.top(), calendar.bottom()) << "under it";
    EXPECT_GE(pain.width(), calendar.width()) << "as wide as the page";
}

TEST_F(Progress, TheFunctionalScaleIsRatedWithTheSlidersAndSaved)
{
    auto *psfs = child<PsfsPanel>(page, u"psfsPanel"_s);
    ASSERT_EQ(psfs->sliders().size(), 3U);
    EXPECT_FALSE(child<QPushButton>(psfs, u"psfsSave"_s)->isEnabled()); // nothing moved yet
    EXPECT_FALSE(child<QPushButton>(psfs, u"psfsAdd"_s)->isEnabled()); // three already: the most there can be
    EXPECT_FALSE(child<QLineEdit>(psfs, u"psfsName"_s)->isVisibleTo(psfs));
    // The sliders start at the latest ratings.
    const auto before = store->ratings();
    EXPECT_EQ(psfs->sliders()[0]->value(), before[before.size() - 3].score);

    QSlider *socks = psfs->sliders()[0];
    socks->setFocus();
    QTest::keyClick(socks, Qt::Key_Right);
    QTest::keyClick(socks, Qt::Key_Right);
    ASSERT_TRUE(child<QPushButton>(psfs, u"psfsSave"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(psfs, u"psfsSave"_s), Qt::LeftButton);
    const auto after = store->ratings();
    ASSERT_EQ(after.size(), before.size() + 1); // only the slider that moved
    EXPECT_EQ(after.back().day, HistoryText::day(today));
    EXPECT_EQ(after.back().score, std::min(before[before.size() - 3].score + 2, 10));
    EXPECT_TRUE(psfs->status().contains(u"Saved"_s));
}

TEST_F(Progress, AnActivityStoppedMakesRoomForAnother)
{
    auto *psfs = child<PsfsPanel>(page, u"psfsPanel"_s);
    // The row's own button, as a user would: the row goes away under the click.
    QPushButton *stop = nullptr;
    for (QPushButton *button : psfs->findChildren<QPushButton *>())
        if (button->accessibleName() == u"Stop rating Sitting through a film"_s)
            stop = button;
    ASSERT_NE(stop, nullptr);
    QTest::mouseClick(stop, Qt::LeftButton);
    EXPECT_EQ(psfs->sliders().size(), 2U);
    EXPECT_TRUE(store->activities()[1].retired.has_value());
    ASSERT_TRUE(child<QLineEdit>(psfs, u"psfsName"_s)->isVisibleTo(psfs));
    QTest::keyClicks(child<QLineEdit>(psfs, u"psfsName"_s), u"  Getting   out of the car "_s);
    QTest::mouseClick(child<QPushButton>(psfs, u"psfsAdd"_s), Qt::LeftButton);
    const auto now = store->activities();
    ASSERT_EQ(now.size(), 4U);
    EXPECT_EQ(now.back().name, "Getting out of the car");
    EXPECT_EQ(psfs->sliders().size(), 3U);
    EXPECT_FALSE(child<QPushButton>(psfs, u"psfsAdd"_s)->isEnabled());
    // The retired activity's ratings stay in the chart of the period.
    EXPECT_EQ(child<QChartView>(page, u"psfsChart"_s)->chart()->series().size(), 3);
}

TEST_F(Progress, TheHistoryExportsAsCsvWithEverySession)
{
    const QString path = dir.filePath(u"history.csv"_s);
    ASSERT_TRUE(page->exportCsv(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), counts.sessions + 1);
    EXPECT_EQ(lines[0], QString::fromUtf8(historyCsvHeader.data(), historyCsvHeader.size()));
    EXPECT_TRUE(lines[1].startsWith(today.addDays(-29).toString(Qt::ISODate) + u","_s)) << lines[1].toStdString();
    EXPECT_TRUE(text.contains(u"Knee-to-chest stretch: stopped"_s) || text.contains(u"Knee-to-chest stretch: worse"_s))
        << text.toStdString();
}

TEST_F(Progress, AnExportThatCannotBeWrittenSaysSoAndLeavesNothing)
{
    const QString path = dir.filePath(u"no-such-folder/history.csv"_s);
    EXPECT_FALSE(page->exportCsv(path));
    EXPECT_FALSE(QFile::exists(path));
    const QString message = takeMessage(page.get(), u"exportMessage"_s);
    EXPECT_TRUE(message.contains(u"could not be saved"_s)) << message.toStdString();
}

TEST_F(Progress, TheSummaryIsOnePageWithWhatTheTherapistNeeds)
{
    const QString path = dir.filePath(u"summary.pdf"_s);
    ASSERT_TRUE(page->exportPdf(path));
    EXPECT_EQ(pdfPages(path), 1);
    const QString text = pdfText(path);
    for (const QString &expected :
        {u"PROGRESS SUMMARY"_s, u"NHS-style sciatica stretches"_s, u"25 of 30 (83%)"_s, u"Knee-to-chest stretch"_s,
            u"symptoms spread to your foot"_s, u"Putting on socks"_s, u"Sitting through a film"_s,
            u"Pain before and after each session"_s, u"Page 1 of 1"_s, u"Sat through a whole film"_s})
        EXPECT_TRUE(text.contains(squeezed(expected))) << expected.toStdString() << "\n" << text.toStdString();
}

TEST(ProgressCommandLine, TheSummaryAndTheCsvNeedNoWindow)
{
    // A history where the program will look for it: <data home>/<organisation>/<app>/history.sqlite.
    QTemporaryDir home;
    const QString relative = QDir(qEnvironmentVariable("XDG_DATA_HOME")).relativeFilePath(HistoryStore::defaultPath());
    ASSERT_TRUE(QDir(home.path()).mkpath(QFileInfo(relative).path()));
    {
        HistoryStore store(home.filePath(relative));
        ASSERT_EQ(store.open().status, HistoryStore::OpenStatus::Ready);
        ASSERT_TRUE(seedHistory(store, monthFixturePath(), QDate::currentDate()));
    }
    const QString pdf = home.filePath(u"summary.pdf"_s);
    ProgramRun run = runNoDisplay({u"--export-progress-pdf"_s, pdf}, home.path());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(pdfPages(pdf), 1);
    EXPECT_TRUE(pdfText(pdf).contains(squeezed(u"How the last 30 days went"_s)));
    run = runNoDisplay({u"--export-progress-pdf"_s, pdf, u"--days"_s, u"7"_s}, home.path());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(pdfText(pdf).contains(squeezed(u"How the last 7 days went"_s)));

    const QString csv = home.filePath(u"history.csv"_s);
    run = runNoDisplay({u"--export-history-csv"_s, csv}, home.path());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()).count(u"\r\n"_s), 39); // the header and 38 sessions

    run = runNoDisplay({u"--export-progress-pdf"_s, pdf, u"--days"_s, u"none"_s}, home.path());
    EXPECT_EQ(run.exitCode, 2);
    run = runNoDisplay({u"--export-history-csv"_s, home.filePath(u"no/such/folder.csv"_s)}, home.path());
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"could not write"_s)) << run.err.toStdString();
}

TEST(ProgressWindow, ProgressIsASectionOfItsOwn)
{
    MainWindow window(shippedBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Progress);
    EXPECT_TRUE(window.progressPage()->isVisible());
    // A new user: nothing yet, and saying so.
    EXPECT_TRUE(window.progressPage()->summaryText().contains(u"No sessions"_s))
        << window.progressPage()->summaryText().toStdString();
    EXPECT_FALSE(child<QPushButton>(window.progressPage(), u"exportCsv"_s)->isEnabled());
}

} // namespace
