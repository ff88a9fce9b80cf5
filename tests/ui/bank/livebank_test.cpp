// Live bank editing: with the bank folder open for editing, every save reloads the library; a save with an error
// keeps the last good bank in use and shows the problem with file:line:column; fixing it clears the problem.
#include "appwindowtest.h"
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/bank/bankfolderwatcher.h"
#include "ui/bank/bankstate.h"
#include "ui/bank/problemsbanner.h"
#include "ui/bank/problemspanel.h"
#include "ui/library/librarypage.h"
#include "ui/player/playercontroller.h"
#include "ui/player/playerpage.h"

#include "core/contentbank.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

std::string bankWith(const std::string &name)
{
    return bankFile(R"("sources": [{"id": "test-source", "title": "Sheet", "publisher": "Clinic", "kind": "clinic",
        "authority": "medium"}], "exercises": [)" +
        exerciseJson("my-stretch", name) + "]");
}

void writeFile(const QString &path, const std::string &text)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text.data(), static_cast<qint64>(text.size()));
}

using LiveBank = AppWindowTest;

TEST_F(LiveBank, EverySaveReloadsAndAnErrorKeepsTheLastGoodBank)
{
    window->editBankFolder(false);
    ASSERT_TRUE(window->isWatchingBankFolder());
    ASSERT_TRUE(QDir(defaultUserBankFolder()).exists()) << "made when missing";
    const QString file = defaultUserBankFolder() + u"/mine.json"_s;

    writeFile(file, bankWith("My stretch"));
    window->bankFolderChanged();
    ASSERT_NE(window->bankState().bank->exercise("my-stretch"), nullptr);
    EXPECT_TRUE(window->libraryPage()->showExercise(u"my-stretch"_s)) << "in the library straight away";

    // A save with a mistake in it: the bank in use stays the last good one, and the problem is shown.
    writeFile(file, bankWith("My stretch, renamed").replace(0, 1, "["));
    window->bankFolderChanged();
    EXPECT_EQ(window->bankState().bank->exercise("my-stretch")->name.text(), "My stretch");
    EXPECT_TRUE(child<ProblemsBanner>(window, u"problemsBanner"_s)->isVisible());
    EXPECT_TRUE(child<ProblemsBanner>(window, u"problemsBanner"_s)
                    ->message()
                    .contains(u"last version without errors is still in use"_s))
        << child<ProblemsBanner>(window, u"problemsBanner"_s)->message().toStdString();
    EXPECT_TRUE(child<ProblemsPanel>(window, u"problemsPanel"_s)->isVisible());
    auto *table = child<ProblemsPanel>(window, u"problemsPanel"_s)->findChild<QTableWidget *>();
    ASSERT_GE(table->rowCount(), 1);
    const QString where = table->item(0, ProblemsPanel::LocationColumn)->text();
    EXPECT_TRUE(where.startsWith(u"mine.json:1:"_s)) << "file:line:column: " << where.toStdString();

    // Fixed: the new name is in, and the problems are gone.
    writeFile(file, bankWith("My stretch, renamed"));
    window->bankFolderChanged();
    EXPECT_EQ(window->bankState().bank->exercise("my-stretch")->name.text(), "My stretch, renamed");
    EXPECT_FALSE(child<ProblemsBanner>(window, u"problemsBanner"_s)->isVisible());
}

// Every reload made a new bank and the window kept all the old ones alive. Now a bank lives as long as something holds
// it: a session paused in the player keeps the bank its steps point into, and nothing else does.
TEST_F(LiveBank, AnOldBankIsFreedOnceNoSessionPlaysFromIt)
{
    window->editBankFolder(false);
    const QString file = defaultUserBankFolder() + u"/mine.json"_s;
    writeFile(file, bankWith("My stretch"));
    window->bankFolderChanged();
    const std::weak_ptr<const ContentBank> first = window->bankState().bank;
    writeFile(file, bankWith("My stretch, renamed"));
    window->bankFolderChanged();
    EXPECT_TRUE(first.expired()) << "nothing plays from the first bank";

    ASSERT_TRUE(window->playExercise(u"my-stretch"_s));
    PlayerPage *player = window->playerPage();
    player->start(false, false);
    player->controller()->pause();
    const std::weak_ptr<const ContentBank> planned = window->bankState().bank;
    writeFile(file, bankWith("My stretch, renamed again"));
    window->bankFolderChanged();
    ASSERT_FALSE(planned.expired()) << "the paused session's steps point into it";
    EXPECT_EQ(player->controller()->session().item().exercise->name.text(), "My stretch, renamed");
    EXPECT_EQ(window->bankState().bank->exercise("my-stretch")->name.text(), "My stretch, renamed again");

    player->controller()->stop();
    ASSERT_TRUE(window->playExercise(u"my-stretch"_s)) << "planned from the bank in use";
    EXPECT_TRUE(planned.expired());
}

TEST(BankFolderWatcher, ToldWhenAFileIsSavedEvenByRenaming)
{
    QTemporaryDir dir;
    BankFolderWatcher watcher;
    QSignalSpy changed(&watcher, &BankFolderWatcher::changed);
    watcher.watch(dir.path());
    writeFile(dir.filePath(u"a.json"_s), "{}");
    ASSERT_TRUE(changed.wait(5000));
    // An editor's save: written under another name, then renamed over the file.
    writeFile(dir.filePath(u"a.json.tmp"_s), R"({"x": 1})");
    QFile::remove(dir.filePath(u"a.json"_s));
    QFile::rename(dir.filePath(u"a.json.tmp"_s), dir.filePath(u"a.json"_s));
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_GE(changed.count(), 2);
    watcher.stop();
    EXPECT_FALSE(watcher.isWatching());
}

} // namespace
