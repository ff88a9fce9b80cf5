// Marked exercises in the library: an exercise the guard flagged, or that was stopped as making things worse, shows
// a banner saying to leave it out until the therapist has been asked, and a warning line in the list; the mark is
// cleared only after the user says their therapist agrees, and the history keeps what happened.
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/history/historystore.h"
#include "ui/history/historytext.h"
#include "ui/library/exerciselistmodel.h"
#include "ui/library/flagbanner.h"
#include "ui/library/librarypage.h"
#include "ui/player/playerpage.h"
#include "ui/widgets/wrappingcheckbox.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

ExerciseFlag flagOn(const std::string &exerciseId, FlagReason reason, std::optional<LegExtent> extent = {})
{
    ExerciseFlag flag;
    flag.exerciseId = exerciseId;
    flag.reason = reason;
    flag.extent = extent;
    flag.day = HistoryText::day(QDate(2026, 11, 16));
    flag.at = WallTime{std::chrono::milliseconds{1'794'800'000'000}};
    return flag;
}

QString listWarning(LibraryPage &page, const QString &id)
{
    QAbstractItemModel *model = child<QListView>(&page, u"exerciseList"_s)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ExerciseListModel::IdRole).toString() == id)
            return index.data(ExerciseListModel::FlagRole).toString();
    }
    return u"<no such row>"_s;
}

TEST(LibraryFlags, AMarkedExerciseSaysToLeaveItOutAndStandsOutInTheList)
{
    LibraryPage page;
    page.setBank(smallBankState().bank);
    page.resize(1000, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.setFlags({flagOn("bridge", FlagReason::Spread, LegExtent::Foot)});

    ASSERT_TRUE(page.showExercise(u"bridge"_s));
    auto *banner = child<FlagBanner>(&page, u"flagBanner"_s);
    ASSERT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->title().contains(u"talked to your therapist"_s)) << banner->title().toStdString();
    EXPECT_TRUE(banner->text().contains(u"16 November"_s)) << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains(u"to your foot"_s)) << banner->text().toStdString();
    EXPECT_FALSE(listWarning(page, u"bridge"_s).isEmpty());
    EXPECT_TRUE(listWarning(page, u"cat-cow"_s).isEmpty());

    ASSERT_TRUE(page.showExercise(u"cat-cow"_s));
    EXPECT_FALSE(banner->isVisible());
}

TEST(LibraryFlags, ClearingNeedsTheTherapistsWordFirst)
{
    LibraryPage page;
    page.setBank(smallBankState().bank);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.setFlags({flagOn("bridge", FlagReason::MadeWorse), flagOn("bridge", FlagReason::NumbnessOrWeakness)});
    ASSERT_TRUE(page.showExercise(u"bridge"_s));
    auto *banner = child<FlagBanner>(&page, u"flagBanner"_s);
    EXPECT_TRUE(banner->text().contains(u"numbness or weakness"_s)) << banner->text().toStdString(); // the latest
    EXPECT_TRUE(banner->text().contains(u"2 times"_s)) << banner->text().toStdString();

    QSignalSpy cleared(&page, &LibraryPage::clearFlagsRequested);
    EXPECT_FALSE(child<QPushButton>(banner, u"flagClear"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(banner, u"flagClear"_s), Qt::LeftButton);
    EXPECT_EQ(cleared.count(), 0);
    // Clicking the sentence ticks the box, as with any check box (it wraps, so it is a label beside the box).
    auto *confirm = banner->findChild<WrappingCheckBox *>();
    ASSERT_NE(confirm, nullptr);
    EXPECT_EQ(confirm->label()->text(), child<QCheckBox>(banner, u"flagConfirm"_s)->accessibleName());
    QTest::mouseClick(confirm->label(), Qt::LeftButton);
    EXPECT_TRUE(child<QCheckBox>(banner, u"flagConfirm"_s)->isChecked());
    ASSERT_TRUE(child<QPushButton>(banner, u"flagClear"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(banner, u"flagClear"_s), Qt::LeftButton);
    ASSERT_EQ(cleared.count(), 1);
    EXPECT_EQ(cleared.at(0).at(0).toString(), u"bridge"_s);
}

class LibraryFlagsInTheApp : public ::testing::Test
{
protected:
    void SetUp() override { removeHistory(); }
    void TearDown() override { removeHistory(); }
    static void removeHistory()
    {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(HistoryStore::defaultPath() + suffix);
    }
};

TEST_F(LibraryFlagsInTheApp, TheMarkComesFromTheHistoryAndClearingItLasts)
{
    {
        HistoryStore store;
        ASSERT_EQ(store.open().status, HistoryStore::OpenStatus::Ready);
        ASSERT_NE(store.addFlag(flagOn("knee-to-chest", FlagReason::Spread, LegExtent::BelowKnee)), 0);
    }
    {
        MainWindow window(shippedBankState());
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(window.libraryPage()->showExercise(u"knee-to-chest"_s));
        auto *banner = child<FlagBanner>(window.libraryPage(), u"flagBanner"_s);
        // The marks are read once the window has painted.
        ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }));
        child<QCheckBox>(banner, u"flagConfirm"_s)->click();
        QTest::mouseClick(child<QPushButton>(banner, u"flagClear"_s), Qt::LeftButton);
        EXPECT_FALSE(banner->isVisible());
        EXPECT_TRUE(window.history()->flags().empty());
        ASSERT_EQ(window.history()->flags(true).size(), 1U); // what happened stays in the history
        EXPECT_TRUE(window.history()->flags(true)[0].cleared);
    }
    {
        // Another exercise's mark, to know when the next window has read the marks.
        HistoryStore store;
        ASSERT_EQ(store.open().status, HistoryStore::OpenStatus::Ready);
        ASSERT_NE(store.addFlag(flagOn("bridge", FlagReason::MadeWorse)), 0);
    }
    MainWindow again(shippedBankState());
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    ASSERT_TRUE(again.libraryPage()->showExercise(u"knee-to-chest"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !listWarning(*again.libraryPage(), u"bridge"_s).isEmpty(); }));
    EXPECT_FALSE(child<FlagBanner>(again.libraryPage(), u"flagBanner"_s)->isVisible());
    EXPECT_TRUE(listWarning(*again.libraryPage(), u"knee-to-chest"_s).isEmpty());
}

TEST_F(LibraryFlagsInTheApp, AFlagFromThePlayerReachesTheLibraryAtOnce)
{
    MainWindow window(shippedBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.libraryPage()->showExercise(u"bridge"_s));
    EXPECT_FALSE(child<FlagBanner>(window.libraryPage(), u"flagBanner"_s)->isVisible());
    // What the session logger does when the guard fires: a flag in the history, then flagsChanged.
    ASSERT_NE(window.history()->addFlag(flagOn("bridge", FlagReason::Spread, LegExtent::Thigh)), 0);
    emit window.playerPage()->flagsChanged();
    EXPECT_TRUE(child<FlagBanner>(window.libraryPage(), u"flagBanner"_s)->isVisible());
}

} // namespace
