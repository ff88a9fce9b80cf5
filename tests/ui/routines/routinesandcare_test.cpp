// The Routines and Symptoms & care pages: effective dosage per item, links to the Library, red flags first.
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/care/carepage.h"
#include "ui/care/regionsetting.h"
#include "ui/library/librarypage.h"
#include "ui/routines/routinespage.h"
#include "ui/widgets/safetextbrowser.h"
#include "ui/widgets/theme.h"

#include "ui/text/dosagewords.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextTable>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

QColor boxColourAround(SafeTextBrowser *browser, const QString &text)
{
    const QTextCursor found = browser->document()->find(text);
    if (found.isNull())
        return {};
    QTextTable *table = found.currentTable();
    return table ? table->format().background().color() : QColor();
}

} // namespace

// The page is made when it is first shown; the chosen routine's page must still open at its title, not part way down.
TEST(RoutinesPage, FirstShownOpensTheRoutineAtItsTitle)
{
    MainWindow window(shippedBankState());
    window.resize(1366, 768);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Routines);
    QApplication::processEvents();
    auto *detail = child<SafeTextBrowser>(&window, u"routineDetail"_s);
    ASSERT_GT(detail->verticalScrollBar()->maximum(), 0) << "a page long enough to scroll";
    EXPECT_EQ(detail->verticalScrollBar()->value(), 0);
}

TEST(RoutinesPage, ListsRoutinesAndShowsEachItemsEffectiveDosage)
{
    MainWindow window(smallBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Routines);
    auto *list = child<QListView>(&window, u"routineList"_s);
    auto *detail = child<SafeTextBrowser>(&window, u"routineDetail"_s);
    ASSERT_EQ(list->model()->rowCount(), 2);
    EXPECT_EQ(window.routinesPage()->currentRoutineId(), u"morning"_s) << "the first routine is shown at start";

    const QString page = detail->toPlainText();
    EXPECT_TRUE(page.startsWith(u"Morning start"_s));
    EXPECT_TRUE(page.contains(u"Wake the back up gently."_s));
    EXPECT_TRUE(page.contains(u"Adults with sciatica."_s));
    EXPECT_TRUE(page.contains(u"Go slowly."_s));

    // The bridge item overrides reps (4 instead of the exercise's 10) and keeps the exercise's hold.
    const auto bank = smallBankState().bank;
    const Routine &morning = *bank->routine("morning");
    const Exercise &bridge = *bank->exercise("bridge");
    const QString effective = DosageWords::describe(shownDosage(bridge, morning.items[0], morning));
    EXPECT_EQ(shownDosage(bridge, morning.items[0], morning).reps->value, 4);
    EXPECT_TRUE(page.contains(effective)) << effective.toStdString();
    EXPECT_FALSE(page.contains(DosageWords::describe(bridge.dosage)))
        << "the exercise's own dosage is not what this routine uses";

    // Numbered, in routine order.
    EXPECT_LT(page.indexOf(u"Glute bridge"_s), page.indexOf(u"Seated nerve glide"_s));

    // Pick the other routine with the mouse.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(1, 0)).center());
    EXPECT_EQ(window.routinesPage()->currentRoutineId(), u"evening"_s);
    EXPECT_TRUE(detail->toPlainText().startsWith(u"Evening wind-down"_s));
}

TEST(RoutinesPage, ExerciseNamesOpenTheLibrary)
{
    MainWindow window(smallBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Routines);
    clickLink(child<SafeTextBrowser>(window.routinesPage(), u"routineDetail"_s), u"Seated nerve glide"_s);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Library);
    EXPECT_EQ(window.libraryPage()->currentExerciseId(), u"nerve-glide"_s);
}

TEST(RoutinesPage, TheHandoutSavesAsAPdfOrPrints)
{
    MainWindow window(shippedBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Routines);
    RoutinesPage *page = window.routinesPage();
    ASSERT_TRUE(page->showRoutine(u"nhs-sciatica-stretches"_s));
    auto *button = child<QPushButton>(page, u"handoutButton"_s);
    ASSERT_TRUE(button->isEnabled());
    ASSERT_NE(button->menu(), nullptr);
    EXPECT_NE(child<QAction>(button->menu(), u"saveHandoutAction"_s), nullptr);
    EXPECT_NE(child<QAction>(button->menu(), u"printHandoutAction"_s), nullptr);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"handout.pdf"_s);
    ASSERT_TRUE(page->saveHandout(path));
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(u"NHS-style sciatica stretches"_s));

    // Printing paints the same pages on the printer: here a PDF writer stands in for one.
    QBuffer printed;
    printed.open(QIODevice::WriteOnly);
    {
        QPdfWriter printer(&printed);
        page->printHandout(printer);
    }
    EXPECT_GT(printed.size(), 20000);

    // Somewhere it cannot write: a message, and nothing is left behind.
    const QString nowhere = dir.filePath(u"missing-folder/handout.pdf"_s);
    EXPECT_FALSE(page->saveHandout(nowhere));
    auto *error = child<QMessageBox>(page, u"handoutError"_s);
    error->close();
    EXPECT_FALSE(QFile::exists(nowhere));
}

// A reader in Spain is sent to 112, not 999; the page follows a change of region at once, and a region the bank has
// no numbers for gets "your local emergency number" rather than another country's.
TEST(CarePage, WarningSignsGiveTheReadersRegionsNumbers)
{
    region::choose(Region::Spain);
    MainWindow window(smallBankState());
    SafeTextBrowser *care = window.carePage()->browser();
    EXPECT_TRUE(care->toPlainText().contains(u"Get help now: call 112."_s)) << care->toPlainText().toStdString();
    EXPECT_TRUE(care->toPlainText().contains(u"See a doctor today: go to your health centre."_s));
    EXPECT_FALSE(care->toPlainText().contains(u"999"_s));

    region::choose(Region::Other);
    window.carePage()->show();
    care = window.carePage()->browser();
    EXPECT_TRUE(care->toPlainText().contains(u"Get help now: call your local emergency number"_s));
    EXPECT_FALSE(care->toPlainText().contains(u"112"_s));
    region::choose(Region::UnitedKingdom);
}

TEST(CarePage, PutsRedFlagsFirstByUrgencyThenConditionsThenCareNotes)
{
    region::choose(Region::UnitedKingdom);
    MainWindow window(smallBankState());
    SafeTextBrowser *care = window.carePage()->browser();
    ASSERT_EQ(care->objectName(), u"careBrowser"_s);
    const QString page = care->toPlainText();
    const qsizetype emergency = page.indexOf(u"Is the area between your legs numb?"_s);
    const qsizetype urgent = page.indexOf(u"Do you have a fever?"_s);
    const qsizetype seeDoctor = page.indexOf(u"Not better after six weeks?"_s);
    const qsizetype condition = page.indexOf(u"Slipped disc"_s);
    const qsizetype careNote = page.indexOf(u"Painkillers can help you move."_s);
    ASSERT_GE(emergency, 0);
    EXPECT_LT(emergency, urgent);
    EXPECT_LT(urgent, seeDoctor);
    EXPECT_LT(seeDoctor, condition);
    EXPECT_LT(condition, careNote);
    EXPECT_TRUE(page.contains(u"Get help now: call 999."_s)) << "the action to take now, with the region's number";
    EXPECT_TRUE(page.contains(u"See a doctor today: call NHS 111."_s));
    EXPECT_TRUE(page.contains(u"shown for: United Kingdom"_s)) << "which region's numbers these are";

    // The emergency sits in the strong red box; urgent ones do not.
    EXPECT_EQ(boxColourAround(care, u"Is the area between your legs numb?"_s), theme::dangerSoft());
    EXPECT_NE(boxColourAround(care, u"Do you have a fever?"_s), theme::dangerSoft());

    // The condition's details.
    EXPECT_TRUE(page.contains(u"A disc presses on a nerve."_s));
    EXPECT_TRUE(page.contains(u"Rounding the back may hurt."_s));
}

TEST(CarePage, ShowsDisagreeingSourcesSideBySide)
{
    MainWindow window(smallBankState());
    SafeTextBrowser *care = window.carePage()->browser();
    const QTextCursor uk = care->document()->find(u"Try anti-inflammatories first."_s);
    const QTextCursor us = care->document()->find(u"Other medicines may be prescribed."_s);
    ASSERT_FALSE(uk.isNull());
    ASSERT_FALSE(us.isNull());
    QTextTable *table = uk.currentTable();
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(us.currentTable(), table);
    const QTextTableCell ukCell = table->cellAt(uk);
    const QTextTableCell usCell = table->cellAt(us);
    EXPECT_EQ(ukCell.row(), usCell.row());
    EXPECT_NE(ukCell.column(), usCell.column());
}

TEST(CarePage, SuggestedExercisesOpenTheLibrary)
{
    MainWindow window(smallBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Care);
    window.carePage()->showCareNote(u"conditions"_s);
    clickLink(window.carePage()->browser(), u"Seated nerve glide"_s);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Library);
    EXPECT_EQ(window.libraryPage()->currentExerciseId(), u"nerve-glide"_s);
}
