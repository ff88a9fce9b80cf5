// File → Import exercises from free-exercise-db: the exercises land in the user's bank folder as a new file, show in
// the library straight away, and what was left out is reported; a file that is not the format changes nothing.
#include "appwindowtest.h"
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/bank/bankstate.h"
#include "ui/library/librarypage.h"

#include "core/contentbank.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

using ImportExercises = AppWindowTest;

TEST_F(ImportExercises, TheExercisesShowInTheLibraryAndTheLeftOutOnesAreReported)
{
    QTemporaryDir dir;
    QFile sample(QStringLiteral(LUMBAR_SOURCE_DIR "/tests/data/free-exercise-db-sample.json"));
    ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
    QByteArray text = sample.readAll();
    text.insert(text.lastIndexOf(']'), R"(, {"id": "Broken_One", "instructions": []})");
    const QString path = dir.filePath(u"exercises.json"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    ASSERT_NE(child<QAction>(window, u"importFreeExerciseDbAction"_s), nullptr) << "in the File menu";
    ASSERT_TRUE(window->importFreeExerciseDb(path));
    EXPECT_TRUE(QFile::exists(defaultUserBankFolder() + u"/free-exercise-db.json"_s));
    EXPECT_NE(window->bankState().bank->exercise("cat-stretch"), nullptr) << "loaded straight away";
    EXPECT_TRUE(window->bankState().usingUserBank);
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Library);
    EXPECT_EQ(window->libraryPage()->currentExerciseId(), u"3-4-sit-up"_s) << "the first one is shown";
    QString details;
    const QString report = takeMessage(window.get(), u"importReport"_s, &details);
    EXPECT_TRUE(report.contains(u"Imported 6 exercise"_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"clinician"_s));
    EXPECT_TRUE(details.contains(u"Entry 7 (Broken_One): it has no name"_s)) << details.toStdString();
}

TEST_F(ImportExercises, AFileThatIsNotTheFormatChangesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.json"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"exercises": []})");
    file.close();
    const std::size_t before = window->bankState().bank->exercises().size();
    EXPECT_FALSE(window->importFreeExerciseDb(path));
    const QString report = takeMessage(window.get(), u"importReport"_s);
    EXPECT_TRUE(report.contains(u"Nothing was changed"_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"a list of exercises"_s)) << report.toStdString();
    EXPECT_EQ(window->bankState().bank->exercises().size(), before);
    EXPECT_FALSE(QFile::exists(defaultUserBankFolder() + u"/free-exercise-db.json"_s));
    EXPECT_FALSE(window->importFreeExerciseDb(dir.filePath(u"missing.json"_s)));
    EXPECT_TRUE(takeMessage(window.get(), u"importReport"_s).contains(u"could not be read"_s));
}

} // namespace
