// The Library as a user drives it: type in the search field, choose filters, click a row, read the detail page.
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/library/exercisefilterproxy.h"
#include "ui/library/librarypage.h"
#include "ui/widgets/safetextbrowser.h"
#include "ui/widgets/theme.h"

#include "ui/text/dosagewords.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QTextTable>
#include <QTimer>

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
        search = child<QLineEdit>(window, u"librarySearch"_s);
        list = child<QListView>(window, u"exerciseList"_s);
        detail = child<SafeTextBrowser>(window, u"exerciseDetail"_s);
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

    QPushButton *button(const QString &name) const { return child<QPushButton>(window, name); }

    // Clicks `menuButton`, then, in the menu that opens, the item whose text starts with `label` (both with the
    // mouse). Returns every item's text and whether it was enabled, as the menu showed them.
    QStringList choose(const QString &menuButton, const QString &label)
    {
        QPushButton *opener = button(menuButton);
        EXPECT_NE(opener, nullptr) << menuButton.toStdString();
        if (!opener)
            return {};
        QStringList seen;
        bool clicked = false;
        QTimer::singleShot(0, opener, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                seen << action->text() + (action->isEnabled() ? QString() : u" [disabled]"_s);
            for (QAction *action : menu->actions()) {
                if (action->text().startsWith(label) && action->isEnabled()) {
                    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                    clicked = true;
                    return;
                }
            }
            menu->close();
        });
        QTest::mouseClick(opener, Qt::LeftButton);
        EXPECT_TRUE(clicked) << "no enabled item " << label.toStdString() << " in " << seen.join(u", "_s).toStdString();
        return seen;
    }

    QString countText() const { return child<QLabel>(window->libraryPage(), u"pageSubtitle"_s)->text(); }

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
    auto *empty = child<QLabel>(window, u"libraryEmptyState"_s);
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

    // Dosage in plain words, phrase by phrase, as DosageWords words it.
    const BankState state = smallBankState();
    for (const QString &phrase : DosageWords::phrases(state.bank->exercise("nerve-glide")->dosage))
        EXPECT_TRUE(page.contains(phrase, Qt::CaseInsensitive)) << phrase.toStdString();

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

    // Then the six filters (Reset is skipped while there is nothing to reset), then the list.
    QWidget *at = search;
    for (const QString &name : {u"filterCategory"_s, u"filterPosition"_s, u"filterEquipment"_s, u"filterDifficulty"_s,
             u"filterSymptom"_s, u"filterCondition"_s}) {
        QTest::keyClick(at, Qt::Key_Tab);
        at = QApplication::focusWidget();
        EXPECT_EQ(at, button(name)) << name.toStdString();
    }
    QTest::keyClick(at, Qt::Key_Tab);
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

TEST_F(LibraryTest, SearchRanksNameMatchesFirst)
{
    QTest::keyClicks(search, u"back"_s);
    // Cat-cow has "back" in its summary, Glute bridge only in a step: the bank order flips.
    EXPECT_EQ(listedNames(), (QStringList{u"Cat-cow"_s, u"Glute bridge"_s}));
    EXPECT_EQ(countText(), u"2 of 3 exercises"_s);
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(search, u"gl"_s);
    EXPECT_EQ(listedNames(), (QStringList{u"Glute bridge"_s, u"Seated nerve glide"_s})) << "name prefix first";
}

TEST_F(LibraryTest, FiltersShowCountsNarrowTheListAndResetInOneClick)
{
    QPushButton *reset = button(u"resetFilters"_s);
    ASSERT_NE(reset, nullptr);
    EXPECT_FALSE(reset->isEnabled());
    EXPECT_EQ(countText(), u"3 exercises"_s);

    const QStringList positions = choose(u"filterPosition"_s, u"Sitting"_s);
    EXPECT_EQ(positions, (QStringList{u"Lying on back (1)"_s, u"On all fours (1)"_s, u"Sitting (1)"_s}));
    EXPECT_EQ(listedNames(), QStringList{u"Seated nerve glide"_s});
    EXPECT_EQ(countText(), u"1 of 3 exercises"_s);
    EXPECT_EQ(button(u"filterPosition"_s)->text(), u"Sitting"_s) << "the button says what is picked";
    EXPECT_TRUE(detail->toPlainText().startsWith(u"Seated nerve glide"_s)) << "the page follows the list";
    EXPECT_TRUE(reset->isEnabled());

    // Another value of the same facet widens; its count ignores the position chosen.
    choose(u"filterPosition"_s, u"Lying on back"_s);
    EXPECT_EQ(listedNames(), (QStringList{u"Glute bridge"_s, u"Seated nerve glide"_s}));
    EXPECT_TRUE(button(u"filterPosition"_s)->text().endsWith(u" +1"_s))
        << button(u"filterPosition"_s)->text().toStdString();
    EXPECT_TRUE(button(u"filterPosition"_s)->toolTip().contains(u"Lying on back, Sitting"_s));
    // Another facet narrows, and counts under the positions chosen.
    const QStringList difficulties = choose(u"filterDifficulty"_s, u"Easy"_s);
    EXPECT_EQ(difficulties, (QStringList{u"Easy (1)"_s, u"Moderate (1)"_s}));
    EXPECT_EQ(listedNames(), QStringList{u"Seated nerve glide"_s});

    QTest::mouseClick(reset, Qt::LeftButton);
    EXPECT_EQ(list->model()->rowCount(), 3);
    EXPECT_EQ(countText(), u"3 exercises"_s);
    EXPECT_FALSE(reset->isEnabled());
    EXPECT_EQ(button(u"filterPosition"_s)->text(), u"Position"_s);
}

TEST_F(LibraryTest, FilterCountsFollowTheSearch)
{
    QTest::keyClicks(search, u"back"_s);
    const QStringList difficulties = choose(u"filterDifficulty"_s, u"Easy"_s);
    EXPECT_EQ(difficulties, (QStringList{u"Easy (1)"_s, u"Moderate (1)"_s}));
    EXPECT_EQ(listedNames(), QStringList{u"Cat-cow"_s});

    // Under "back" and "easy", only a stretch is left; the other types cannot be chosen.
    QStringList types;
    QTimer::singleShot(0, this->window.get(), [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *action : menu->actions())
                types << action->text() + (action->isEnabled() ? QString() : u" [disabled]"_s);
            menu->close();
        }
    });
    QTest::mouseClick(button(u"filterCategory"_s), Qt::LeftButton);
    EXPECT_EQ(
        types, (QStringList{u"Stretch (1)"_s, u"Strengthening (0) [disabled]"_s, u"Nerve mobility (0) [disabled]"_s}));

    // A condition counts the exercises it suggests as well as those that name it.
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::mouseClick(button(u"resetFilters"_s), Qt::LeftButton);
    choose(u"filterCondition"_s, u"Slipped disc (2)"_s);
    EXPECT_EQ(listedNames(), (QStringList{u"Glute bridge"_s, u"Seated nerve glide"_s}));

    // A value no exercise would match cannot be chosen…
    QStringList positions;
    QTimer::singleShot(0, this->window.get(), [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *action : menu->actions())
                positions << action->text() + (action->isEnabled() ? QString() : u" [disabled]"_s);
            menu->close();
        }
    });
    QTest::mouseClick(button(u"filterPosition"_s), Qt::LeftButton);
    EXPECT_EQ(positions, (QStringList{u"Lying on back (1)"_s, u"On all fours (0) [disabled]"_s, u"Sitting (1)"_s}));
    // …but a search can still leave nothing, and the page says the filters are part of why.
    QTest::keyClicks(search, u"cat"_s);
    auto *empty = child<QLabel>(window, u"libraryEmptyState"_s);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(empty->text().contains(u"filters"_s));
    EXPECT_EQ(countText(), u"0 of 3 exercises"_s);
}

TEST_F(LibraryTest, ShowingAnExerciseHiddenByFiltersResetsThem)
{
    choose(u"filterCategory"_s, u"Stretch"_s);
    ASSERT_EQ(listedNames(), QStringList{u"Cat-cow"_s});
    EXPECT_TRUE(window->libraryPage()->showExercise(u"nerve-glide"_s));
    EXPECT_EQ(list->model()->rowCount(), 3);
    EXPECT_FALSE(button(u"resetFilters"_s)->isEnabled());
    EXPECT_EQ(window->libraryPage()->currentExerciseId(), u"nerve-glide"_s);
}

TEST_F(LibraryTest, MatchedPartsOfTheNameAreHighlighted)
{
    // How many pixels of a row's text are in the accent colour (teal: green well above red), painted unselected.
    // The figure tile at the start of the row (no wider than the row is tall) is left out.
    auto accentPixels = [&](const QModelIndex &row) {
        QImage image(list->visualRect(row).size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(list);
        option.rect = QRect(QPoint(0, 0), image.size());
        option.state &= ~(QStyle::State_Selected | QStyle::State_MouseOver | QStyle::State_HasFocus);
        list->itemDelegate()->paint(&painter, option, row);
        painter.end();
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = image.height() + 8; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                count += (c.green() - c.red() > 40) ? 1 : 0;
            }
        return count;
    };

    QTest::keyClicks(search, u"ner gli"_s);
    ASSERT_EQ(listedNames(), QStringList{u"Seated nerve glide"_s});
    const QModelIndex row = list->model()->index(0, 0);
    EXPECT_EQ(row.data(ExerciseFilterProxy::NameHighlightRole).value<QList<int>>(), (QList<int>{7, 10, 13, 16}));
    EXPECT_GT(accentPixels(row), 20) << "the matched letters are drawn in the accent colour";

    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(search, u"floss"_s); // matches an alias: nothing in the name to highlight
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(accentPixels(list->model()->index(0, 0)), 0);
}

TEST_F(LibraryTest, FilterControlsHaveNamesAndTooltips)
{
    for (const QString &name : {u"filterCategory"_s, u"filterPosition"_s, u"filterEquipment"_s, u"filterDifficulty"_s,
             u"filterSymptom"_s, u"filterCondition"_s, u"resetFilters"_s}) {
        QPushButton *control = button(name);
        ASSERT_NE(control, nullptr) << name.toStdString();
        EXPECT_TRUE(control->isVisible()) << name.toStdString();
        EXPECT_FALSE(control->accessibleName().isEmpty()) << name.toStdString();
        EXPECT_FALSE(control->toolTip().isEmpty()) << name.toStdString();
    }
}

TEST(LibraryEmptyBank, SaysThereAreNoExercisesYet)
{
    MainWindow window(loadBankState(layerOf({}), nullptr, {}));
    auto *detail = child<SafeTextBrowser>(&window, u"exerciseDetail"_s);
    auto *list = child<QListView>(&window, u"exerciseList"_s);
    EXPECT_EQ(list->model()->rowCount(), 0);
    EXPECT_TRUE(detail->toPlainText().contains(u"No exercises yet"_s));
}
