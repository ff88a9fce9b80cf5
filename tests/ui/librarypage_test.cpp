// The Library as a user drives it: type in the search field, click a row, read the detail page.
#include "testsupport.h"

#include "ui/librarypage.h"
#include "ui/mainwindow.h"
#include "ui/safetextbrowser.h"
#include "ui/theme.h"

#include "core/dosagetext.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QTextTable>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

class LibraryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = std::make_unique<MainWindow>(smallBankState());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        search = window->findChild<QLineEdit *>(u"librarySearch"_s);
        list = window->findChild<QListView *>(u"exerciseList"_s);
        detail = window->findChild<SafeTextBrowser *>(u"exerciseDetail"_s);
        ASSERT_NE(search, nullptr);
        ASSERT_NE(list, nullptr);
        ASSERT_NE(detail, nullptr);
    }

    QStringList listedNames() const
    {
        QStringList names;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            names << list->model()->index(row, 0).data().toString();
        return names;
    }

    void clickRow(const QString &name)
    {
        const QModelIndexList hits =
            list->model()->match(list->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        ASSERT_EQ(hits.size(), 1) << name.toStdString();
        const QRect rect = list->visualRect(hits.first());
        ASSERT_TRUE(list->viewport()->rect().contains(rect.center()));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    }

    // The block of the detail page that holds `text`.
    QTextBlock blockWith(const QString &text) const
    {
        const QTextCursor found = detail->document()->find(text);
        return found.isNull() ? QTextBlock() : found.block();
    }

    std::unique_ptr<MainWindow> window;
    QLineEdit *search = nullptr;
    QListView *list = nullptr;
    SafeTextBrowser *detail = nullptr;
};

} // namespace

TEST_F(LibraryTest, OpensOnTheLibraryWithTheFirstExerciseShown)
{
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Library);
    EXPECT_EQ(listedNames(), (QStringList{u"Glute bridge"_s, u"Cat-cow"_s, u"Seated nerve glide"_s}));
    EXPECT_EQ(list->currentIndex().row(), 0);
    EXPECT_TRUE(list->selectionModel()->isSelected(list->currentIndex()));
    EXPECT_TRUE(detail->toPlainText().startsWith(u"Glute bridge"_s));
    EXPECT_EQ(search->placeholderText(), u"Search exercises"_s);
}

TEST_F(LibraryTest, TypingNarrowsTheListAsYouType)
{
    search->setFocus();
    QTest::keyClicks(search, u"nerve"_s);
    EXPECT_EQ(listedNames(), QStringList{u"Seated nerve glide"_s});
    EXPECT_TRUE(detail->toPlainText().startsWith(u"Seated nerve glide"_s)) << "the shown exercise follows the list";

    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Backspace);
    EXPECT_EQ(list->model()->rowCount(), 3);

    QTest::keyClicks(search, u"floss"_s); // an alias
    EXPECT_EQ(listedNames(), QStringList{u"Seated nerve glide"_s});
}

TEST_F(LibraryTest, NoMatchShowsAFriendlyEmptyState)
{
    QTest::keyClicks(search, u"trampoline"_s);
    EXPECT_EQ(list->model()->rowCount(), 0);
    auto *empty = window->findChild<QLabel *>(u"libraryEmptyState"_s);
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_FALSE(list->isVisible());
    EXPECT_TRUE(empty->text().contains(u"trampoline"_s));
    EXPECT_TRUE(detail->toPlainText().contains(u"No exercises match"_s));

    for (int i = 0; i < 10; ++i)
        QTest::keyClick(search, Qt::Key_Backspace);
    EXPECT_TRUE(list->isVisible());
    EXPECT_EQ(list->model()->rowCount(), 3);
    EXPECT_FALSE(detail->toPlainText().contains(u"No exercises match"_s)) << "an exercise is shown again";
}

TEST_F(LibraryTest, ClickingARowShowsItsNumberedStepsDosageAndStopRules)
{
    clickRow(u"Seated nerve glide"_s);
    EXPECT_EQ(window->libraryPage()->currentExerciseId(), u"nerve-glide"_s);
    const QString page = detail->toPlainText();
    EXPECT_TRUE(page.startsWith(u"Seated nerve glide"_s));
    EXPECT_TRUE(page.contains(u"Also called: nerve floss"_s));

    // Steps are a numbered list, in bank order.
    const QTextBlock first = blockWith(u"Sit upright."_s);
    const QTextBlock second = blockWith(u"Straighten your knee as you look up."_s);
    ASSERT_TRUE(first.isValid() && second.isValid());
    ASSERT_NE(first.textList(), nullptr);
    EXPECT_EQ(first.textList()->format().style(), QTextListFormat::ListDecimal);
    EXPECT_EQ(first.textList(), second.textList());
    EXPECT_EQ(first.textList()->itemNumber(first), 0);
    EXPECT_EQ(second.textList()->itemNumber(second), 1);

    // Dosage in plain words, phrase by phrase, as the core words it.
    const BankState state = smallBankState();
    for (const auto &phrase : dosagePhrases(state.bank->exercise("nerve-glide")->dosage))
        EXPECT_TRUE(page.contains(QString::fromStdString(phrase), Qt::CaseInsensitive)) << phrase;

    // The stop rule sits in the red "Stop straight away if…" box.
    const QTextBlock stop = blockWith(u"Stop if your symptoms spread down your leg."_s);
    ASSERT_TRUE(stop.isValid());
    QTextCursor cursor(stop);
    QTextTable *box = cursor.currentTable();
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->format().background().color(), theme::dangerSoft());
    EXPECT_TRUE(page.contains(u"Stop straight away if…"_s));
    EXPECT_LT(page.indexOf(u"Stop straight away if…"_s), page.indexOf(u"Stop if your symptoms spread"_s));

    // Sources with publisher and year.
    EXPECT_TRUE(page.contains(u"Another view"_s));
    EXPECT_TRUE(page.contains(u"Other Clinic"_s));
}

TEST_F(LibraryTest, DetailShowsWhatItHelpsAndLinksRelatedExercises)
{
    const QString page = detail->toPlainText(); // Glute bridge, shown at start
    EXPECT_TRUE(page.contains(u"Leg pain"_s)) << "target symptoms by name, not id";
    EXPECT_TRUE(page.contains(u"Slipped disc"_s)) << "target conditions by name, not id";
    EXPECT_TRUE(page.contains(u"Keep your neck relaxed."_s));
    EXPECT_TRUE(page.contains(u"Test Health Service, 2021"_s));

    // Click the related exercise's link, as a user would.
    QTextCursor link = detail->document()->find(u"Cat-cow"_s);
    ASSERT_FALSE(link.isNull());
    EXPECT_TRUE(link.charFormat().isAnchor());
    EXPECT_EQ(link.charFormat().anchorHref(), u"lumbar:exercise/cat-cow"_s);
    link.setPosition(link.selectionStart() + 2);
    detail->setTextCursor(link);
    detail->ensureCursorVisible();
    const QPoint where = detail->cursorRect(link).center();
    QTest::mouseClick(detail->viewport(), Qt::LeftButton, {}, where);
    EXPECT_EQ(window->libraryPage()->currentExerciseId(), u"cat-cow"_s);
    EXPECT_TRUE(detail->toPlainText().startsWith(u"Cat-cow"_s));
    EXPECT_EQ(list->currentIndex().data().toString(), u"Cat-cow"_s);
}

TEST_F(LibraryTest, ShowingAnExerciseHiddenBySearchClearsTheSearch)
{
    QTest::keyClicks(search, u"glide"_s);
    ASSERT_EQ(list->model()->rowCount(), 1);
    QSignalSpy shown(window->libraryPage(), &LibraryPage::exerciseShown);
    EXPECT_TRUE(window->libraryPage()->showExercise(u"bridge"_s));
    EXPECT_TRUE(search->text().isEmpty());
    EXPECT_EQ(list->model()->rowCount(), 3);
    ASSERT_EQ(shown.count(), 1);
    EXPECT_EQ(shown.at(0).at(0).toString(), u"bridge"_s);
    EXPECT_FALSE(window->libraryPage()->showExercise(u"no-such-exercise"_s));
}

TEST_F(LibraryTest, KeyboardOrderIsSearchThenListThenDetail)
{
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    list->setFocus();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), search) << "Ctrl+F focuses the search field";

    QTest::keyClick(search, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), list);
    QTest::keyClick(list, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), detail);

    search->setFocus();
    QTest::keyClick(search, Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), list) << "Down from the search goes into the results";
}

TEST_F(LibraryTest, MainWidgetsHaveAccessibleNames)
{
    EXPECT_FALSE(search->accessibleName().isEmpty());
    EXPECT_FALSE(list->accessibleName().isEmpty());
    EXPECT_FALSE(detail->accessibleName().isEmpty());
}

TEST(LibraryEmptyBank, SaysThereAreNoExercisesYet)
{
    MainWindow window(loadBankState(layerOf({}), nullptr, {}));
    auto *detail = window.findChild<SafeTextBrowser *>(u"exerciseDetail"_s);
    auto *list = window.findChild<QListView *>(u"exerciseList"_s);
    ASSERT_NE(detail, nullptr);
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->model()->rowCount(), 0);
    EXPECT_TRUE(detail->toPlainText().contains(u"No exercises yet"_s));
}
