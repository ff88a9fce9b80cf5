// "Add to routine" from the library: a new routine of the user's own or one they made before, saved as a file in
// their data folder, shown straight away, never touching the shipped routines, and saying so when it cannot save.
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/library/librarypage.h"
#include "ui/routines/routinespage.h"
#include "ui/routines/routinestore.h"
#include "ui/widgets/safetextbrowser.h"

#include "core/contentbank.h"
#include "core/shippedbank.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

class AddToRoutine : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(RoutineStore::defaultFolder().isEmpty());
        QDir(RoutineStore::defaultFolder()).removeRecursively();
        window = std::make_unique<MainWindow>(shippedWithUserRoutines());
        window->setBankReloader(shippedWithUserRoutines);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        library = window->libraryPage();
    }
    void TearDown() override
    {
        window.reset();
        QDir(RoutineStore::defaultFolder()).removeRecursively();
        QFile::remove(RoutineStore::defaultFolder());
    }

    // Chooses `routineId`'s entry in the button's menu, as a click on it would.
    void choose(const QString &routineId)
    {
        QMenu *menu = child<QPushButton>(library, u"addToRoutineButton"_s)->menu();
        child<QAction>(menu, u"addTo:"_s + routineId)->trigger();
    }

    const Routine *routine(const QString &id) const { return window->bankState().bank->routine(id.toStdString()); }

    std::unique_ptr<MainWindow> window;
    LibraryPage *library = nullptr;
};

TEST_F(AddToRoutine, ANewRoutineIsSavedAndShownStraightAway)
{
    ASSERT_TRUE(library->showExercise(u"bridge"_s));
    EXPECT_TRUE(child<QPushButton>(library, u"addToRoutineButton"_s)->isEnabled());
    ASSERT_TRUE(window->addToRoutine(u"bridge"_s, {}, u"For Sam"_s));

    EXPECT_TRUE(QFile::exists(RoutineStore::defaultFolder() + u"/for-sam.json"_s));
    const Routine *sam = routine(u"for-sam"_s);
    ASSERT_NE(sam, nullptr);
    EXPECT_EQ(sam->name.text(), "For Sam");
    ASSERT_EQ(sam->items.size(), 1u);
    EXPECT_EQ(sam->items[0].exercise, "bridge");
    EXPECT_EQ(library->currentExerciseId(), u"bridge"_s) << "the library stays where the user was";
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(u"For Sam"_s));
    EXPECT_TRUE(window->routinesPage()->showRoutine(u"for-sam"_s));
    EXPECT_GE(positionOf(*child<SafeTextBrowser>(window->routinesPage(), u"routineDetail"_s), u"Bridge"_s), 0);

    // A second new routine with the same name gets its own file.
    ASSERT_TRUE(window->addToRoutine(u"walking"_s, {}, u"For Sam"_s));
    EXPECT_NE(routine(u"for-sam-2"_s), nullptr);
    EXPECT_EQ(routine(u"for-sam"_s)->items.size(), 1u);
}

TEST_F(AddToRoutine, TheMenuAddsToARoutineMadeBefore)
{
    ASSERT_TRUE(window->addToRoutine(u"bridge"_s, {}, u"Mornings"_s));
    ASSERT_TRUE(library->showExercise(u"walking"_s));
    choose(u"mornings"_s);
    const Routine *mornings = routine(u"mornings"_s);
    ASSERT_NE(mornings, nullptr);
    ASSERT_EQ(mornings->items.size(), 2u);
    EXPECT_EQ(mornings->items[1].exercise, "walking");

    // It survives a restart: a new window on the same data folder has it.
    MainWindow again(shippedWithUserRoutines());
    const Routine *reloaded = again.bankState().bank->routine("mornings");
    ASSERT_NE(reloaded, nullptr);
    EXPECT_EQ(*reloaded, *mornings);
}

TEST_F(AddToRoutine, ShippedRoutinesAreNotOfferedOrChanged)
{
    ASSERT_TRUE(library->showExercise(u"bridge"_s));
    QMenu *menu = child<QPushButton>(library, u"addToRoutineButton"_s)->menu();
    for (const Routine &r : window->bankState().bank->routines())
        EXPECT_EQ(menu->findChild<QAction *>(u"addTo:"_s + QString::fromStdString(r.id)), nullptr) << r.id;
    const auto before = routine(u"gentle-start"_s)->items.size();
    EXPECT_FALSE(window->addToRoutine(u"bridge"_s, u"gentle-start"_s));
    EXPECT_EQ(routine(u"gentle-start"_s)->items.size(), before);
    EXPECT_FALSE(QFile::exists(RoutineStore::defaultFolder() + u"/gentle-start.json"_s));
}

TEST_F(AddToRoutine, ASaveThatFailsSaysSoAndChangesNothing)
{
    // A plain file where the routines folder should be: the folder cannot be made.
    QDir().mkpath(QFileInfo(RoutineStore::defaultFolder()).path());
    {
        QFile blocker(RoutineStore::defaultFolder());
        ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    }
    QString shown;
    QTimer::singleShot(0, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    EXPECT_FALSE(window->addToRoutine(u"bridge"_s, {}, u"For Sam"_s));
    EXPECT_TRUE(shown.contains(u"Nothing was changed"_s)) << shown.toStdString();
    EXPECT_EQ(routine(u"for-sam"_s), nullptr);
}

TEST_F(AddToRoutine, ABrokenRoutineFileIsLeftOutAndReported)
{
    ASSERT_TRUE(window->addToRoutine(u"bridge"_s, {}, u"Good one"_s));
    QFile broken(RoutineStore::defaultFolder() + u"/half.json"_s);
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"format": "lumbar-relief-bank", "routi)");
    broken.close();
    window->reloadBank();
    EXPECT_NE(routine(u"good-one"_s), nullptr);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(u"half.json"_s));
    EXPECT_TRUE(QFile::exists(broken.fileName())) << "a file that cannot be read is left for the user, not deleted";
}

} // namespace
