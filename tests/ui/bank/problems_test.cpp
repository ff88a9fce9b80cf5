// A user bank folder with problems: the app starts on the built-in content and shows what is wrong.
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/bank/problemsbanner.h"
#include "ui/bank/problemspanel.h"
#include "ui/library/exerciselistmodel.h"
#include "ui/widgets/theme.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

QStringList listedIds(const MainWindow &window)
{
    auto *list = child<QListView>(&window, u"exerciseList"_s);
    QStringList ids;
    for (int row = 0; list && row < list->model()->rowCount(); ++row)
        ids << list->model()->index(row, 0).data(ExerciseListModel::IdRole).toString();
    return ids;
}

} // namespace

TEST(BankProblems, AnErrorKeepsTheBuiltInBankAndShowsWhereItIs)
{
    // A new exercise that is fine, and one whose routine points at an exercise that does not exist.
    const BankFolder folder({
        {"mine.json", bankFile(R"("exercises": [)" + exerciseJson("my-stretch", "My stretch") + R"(],
  "routines": [{"id": "mine", "name": "Mine", "purpose": "p", "audience": "a",
                "items": [{"exercise": "no-such-exercise"}]}])")},
    });
    const BankLayer user = folder.read();
    BankState state = loadBankState(smallBank(), &user, folder.path());
    ASSERT_FALSE(state.usingUserBank);
    ASSERT_TRUE(state.hasUserErrors());
    const Diagnostic problem = state.userDiagnostics.front();

    MainWindow window(std::move(state));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    auto *banner = child<ProblemsBanner>(&window, u"problemsBanner"_s);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->property("severity").toString(), u"error"_s);
    const QString message = child<QLabel>(banner, u"problemsBannerText"_s)->text();
    EXPECT_TRUE(message.contains(u"1 problem"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"built-in content is in use"_s)) << message.toStdString();

    // The built-in exercises are listed, the user's are not.
    EXPECT_EQ(listedIds(window), (QStringList{u"bridge"_s, u"cat-cow"_s, u"nerve-glide"_s}));

    auto *panel = child<ProblemsPanel>(&window, u"problemsPanel"_s);
    EXPECT_FALSE(panel->isVisible());
    auto *show = child<QPushButton>(banner, u"showProblemsButton"_s);
    QTest::mouseClick(show, Qt::LeftButton);
    EXPECT_TRUE(panel->isVisible());
    EXPECT_EQ(show->text(), u"Hide problems"_s);

    auto *list = child<QTableWidget>(panel, u"problemsList"_s);
    ASSERT_EQ(list->rowCount(), 1);
    auto text = [list](int column) { return list->item(0, column)->text(); };
    EXPECT_EQ(text(ProblemsPanel::SeverityColumn), u"Error"_s);
    ASSERT_GT(problem.line, 0);
    EXPECT_EQ(text(ProblemsPanel::LocationColumn),
        QFileInfo(QString::fromStdString(problem.file)).fileName() + u':' + QString::number(problem.line) + u':' +
            QString::number(problem.column))
        << "files in the bank folder are shown by name, as the user knows them";
    EXPECT_TRUE(text(ProblemsPanel::LocationColumn).startsWith(u"mine.json:"_s));
    EXPECT_EQ(text(ProblemsPanel::MessageColumn), QString::fromStdString(problem.message));
    EXPECT_TRUE(text(ProblemsPanel::MessageColumn).contains(u"no-such-exercise"_s));
    EXPECT_EQ(text(ProblemsPanel::PathColumn), QString::fromStdString(problem.path));
    EXPECT_FALSE(text(ProblemsPanel::PathColumn).isEmpty());

    QTest::mouseClick(child<QPushButton>(panel, u"hideProblemsButton"_s), Qt::LeftButton);
    EXPECT_FALSE(panel->isVisible());
    EXPECT_EQ(show->text(), u"Show problems"_s);
    QTest::mouseClick(show, Qt::LeftButton);
    EXPECT_TRUE(panel->isVisible());
    QTest::mouseClick(show, Qt::LeftButton);
    EXPECT_FALSE(panel->isVisible()) << "the banner button also closes the list";
}

TEST(BankProblems, MalformedJsonIsReportedWithItsPosition)
{
    const BankFolder folder(
        {{"broken.json", std::string("{\n  \"format\": \"lumbar-relief-bank\",\n  \"version\": 1,\n  oops\n}")}});
    const BankLayer user = folder.read();
    MainWindow window(loadBankState(smallBank(), &user, folder.path()));
    EXPECT_TRUE(child<ProblemsBanner>(&window, u"problemsBanner"_s)->isVisibleTo(&window));
    window.showProblems();
    auto *list = child<QTableWidget>(&window, u"problemsList"_s);
    ASSERT_GE(list->rowCount(), 1);
    const QString where = list->item(0, ProblemsPanel::LocationColumn)->text();
    EXPECT_TRUE(where.startsWith(u"broken.json:4:"_s)) << where.toStdString();
    EXPECT_EQ(listedIds(window).size(), 3);
}

TEST(BankProblems, WarningsAloneUseTheUserBankWithAQuieterBanner)
{
    const BankFolder folder({
        {"mine.json",
            bankFile(R"("exercises": [)" + exerciseJson("my-stretch", "My stretch", R"("benefitz": "typo")") + "]")},
    });
    const BankLayer user = folder.read();
    BankState state = loadBankState(smallBank(), &user, folder.path());
    ASSERT_TRUE(state.usingUserBank);
    ASSERT_FALSE(state.userDiagnostics.empty());
    ASSERT_FALSE(state.hasUserErrors());

    MainWindow window(std::move(state));
    auto *banner = child<ProblemsBanner>(&window, u"problemsBanner"_s);
    EXPECT_TRUE(banner->isVisibleTo(&window));
    EXPECT_EQ(banner->property("severity").toString(), u"warning"_s);
    EXPECT_TRUE(banner->message().contains(u"is in use"_s)) << banner->message().toStdString();
    EXPECT_FALSE(banner->message().contains(u"built-in content is in use"_s));
    EXPECT_TRUE(listedIds(window).contains(u"my-stretch"_s));

    window.showProblems();
    auto *list = child<QTableWidget>(&window, u"problemsList"_s);
    ASSERT_GE(list->rowCount(), 1);
    EXPECT_EQ(list->item(0, ProblemsPanel::SeverityColumn)->text(), u"Warning"_s);
    EXPECT_EQ(list->item(0, ProblemsPanel::SeverityColumn)->foreground().color(), theme::warning());
}

TEST(BankProblems, AMissingFolderIsAProblemNotACrash)
{
    const BankLayer user = BankLoader::readFolder("/nonexistent/lumbar-relief-test-bank");
    MainWindow window(loadBankState(smallBank(), &user, u"/nonexistent/lumbar-relief-test-bank"_s));
    EXPECT_TRUE(child<ProblemsBanner>(&window, u"problemsBanner"_s)->isVisibleTo(&window));
    EXPECT_EQ(listedIds(window).size(), 3);
}

TEST(BankProblems, ErrorsAndWarningsLookDifferent)
{
    ProblemsPanel panel;
    panel.setDiagnostics({{Severity::Error, "a.json", 3, 5, "/exercises/0/id", "bad id"},
        {Severity::Warning, "a.json", 7, 1, "/exercises/0/benefitz", "unknown field"}});
    auto *list = child<QTableWidget>(&panel, u"problemsList"_s);
    ASSERT_EQ(list->rowCount(), 2);
    const QTableWidgetItem *error = list->item(0, ProblemsPanel::SeverityColumn);
    const QTableWidgetItem *warning = list->item(1, ProblemsPanel::SeverityColumn);
    EXPECT_EQ(error->text(), u"Error"_s);
    EXPECT_EQ(warning->text(), u"Warning"_s);
    EXPECT_EQ(error->foreground().color(), theme::danger());
    EXPECT_EQ(warning->foreground().color(), theme::warning());
    EXPECT_NE(error->icon().cacheKey(), warning->icon().cacheKey());
    EXPECT_EQ(list->item(0, ProblemsPanel::LocationColumn)->text(), u"a.json:3:5"_s);
    EXPECT_EQ(list->item(0, ProblemsPanel::MessageColumn)->text(), u"bad id"_s);
    EXPECT_EQ(list->item(0, ProblemsPanel::PathColumn)->text(), u"/exercises/0/id"_s);
}

// Without --bank, a folder named "bank" in the app's data folder is the user's bank (test mode keeps this in a
// scratch location, never the real user's).
TEST(BankProblems, TheAppDataBankFolderIsUsedWhenNoFolderIsGiven)
{
    const QString folder = defaultUserBankFolder();
    ASSERT_FALSE(folder.isEmpty());
    ASSERT_TRUE(QDir().mkpath(folder));
    const auto cleanup = qScopeGuard([&] { QDir(folder).removeRecursively(); });
    QFile file(QDir(folder).filePath(u"mine.json"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(bankFile(R"("sources": [{"id": "test-source", "title": "t", "publisher": "p",
        "kind": "article", "authority": "low"}],
      "exercises": [)" +
        exerciseJson("from-app-data", "From app data") + "]")));
    file.close();

    const BankState state = loadAppBank({});
    EXPECT_TRUE(state.usingUserBank) << (state.userDiagnostics.empty() ? ""
                                                                       : formatDiagnostic(state.userDiagnostics[0]));
    EXPECT_NE(state.bank->exercise("from-app-data"), nullptr);
    EXPECT_EQ(QDir::cleanPath(state.userFolder), QDir::cleanPath(QDir::toNativeSeparators(folder)));

    QDir(folder).removeRecursively();
    const BankState without = loadAppBank({});
    EXPECT_FALSE(without.usingUserBank);
    EXPECT_EQ(without.bank->exercise("from-app-data"), nullptr);
}

TEST(BankProblems, FilesAreNamedInsideTheFolderEvenWhenItWasGivenRelatively)
{
    const BankLayer user = layerOf({{"my/bank/mine.json",
        bankFile(R"("exercises": [)" + exerciseJson("broken", "Broken", R"("related": ["nowhere"])") + "]")}});
    MainWindow window(loadBankState(smallBank(), &user, u"my/bank"_s));
    auto *list = child<QTableWidget>(child<ProblemsPanel>(&window, u"problemsPanel"_s), u"problemsList"_s);
    ASSERT_EQ(list->rowCount(), 1);
    const QString where = list->item(0, ProblemsPanel::LocationColumn)->text();
    EXPECT_TRUE(where.startsWith(u"mine.json:"_s)) << where.toStdString();
}
