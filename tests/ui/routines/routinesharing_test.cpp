// Sharing a routine as one file: exported with what it needs, imported on another computer after the same checks
// as the bank loader, every problem shown with where it is, and nothing saved from a file with problems.
#include "appwindowtest.h"
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/bank/bankstate.h"
#include "ui/routines/routinespage.h"
#include "ui/routines/routinestore.h"
#include "ui/widgets/theme.h"

#include "core/contentbank.h"
#include "core/shippedbank.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

using RoutineSharing = AppWindowTest;

// A routine file of the user's that cannot be read is named once for each bank loaded; redrawing the pages in new
// colours or text size says nothing again.
TEST_F(RoutineSharing, AnUnreadableRoutineFileIsReportedOncePerLoad)
{
    ASSERT_TRUE(QDir().mkpath(RoutineStore::defaultFolder()));
    write(RoutineStore::defaultFolder() + u"/half-written.json"_s, R"({"format": "lumbar-relief-routine", "rou)");
    open();
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(u"left out"_s))
        << window->statusBar()->currentMessage().toStdString();

    window->statusBar()->clearMessage();
    emit theme::Notifier::instance()->changed();
    EXPECT_EQ(window->statusBar()->currentMessage(), QString());

    window->reloadBank();
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(u"half-written.json"_s))
        << window->statusBar()->currentMessage().toStdString();
}

TEST_F(RoutineSharing, ExportedOnOneComputerImportedOnAnother)
{
    // The therapist's computer: an exercise of the clinic's own, and a routine for Sam that uses it.
    QDir().mkpath(defaultUserBankFolder());
    write(defaultUserBankFolder() + u"/clinic.json"_s,
        QByteArray::fromStdString(bankFile(R"("sources": [{"id": "test-source", "title": "Clinic sheet",
            "publisher": "Our clinic", "kind": "clinic", "authority": "medium"}], "exercises": [)" +
            exerciseJson("clinic-stretch", "Clinic stretch") + "]")));
    Routine sam;
    sam.id = "for-sam";
    sam.name = LocalText("For Sam");
    sam.purpose = LocalText("Ease the right leg.");
    sam.audience = LocalText("Sam");
    sam.patient = "Sam Smith";
    sam.items = {RoutineItem{"clinic-stretch", {}, {}}, RoutineItem{"bridge", {}, LocalText("Slowly")}};
    QString error;
    ASSERT_TRUE(RoutineStore().save(sam, &error)) << error.toStdString();
    window->reloadBank();
    ASSERT_TRUE(window->bankState().usingUserBank);
    ASSERT_NE(window->bankState().bank->routine("for-sam"), nullptr);
    const Exercise clinic = *window->bankState().bank->exercise("clinic-stretch");

    QTemporaryDir dir;
    const QString path = dir.filePath(u"for-sam.json"_s);
    ASSERT_TRUE(window->exportRoutine(u"for-sam"_s, path));

    // Sam's computer: nothing but the built-in bank.
    window.reset();
    clean();
    open();
    ASSERT_EQ(window->bankState().bank->exercise("clinic-stretch"), nullptr);
    const QString id = window->importRoutine(path);
    EXPECT_EQ(id, u"for-sam"_s) << takeMessage(window.get(), u"importReport"_s).toStdString();
    const Routine *imported = window->bankState().bank->routine("for-sam");
    ASSERT_NE(imported, nullptr);
    EXPECT_EQ(*imported, sam);
    const Exercise *carried = window->bankState().bank->exercise("clinic-stretch");
    ASSERT_NE(carried, nullptr) << "the clinic's exercise came with it";
    EXPECT_TRUE(*carried == clinic);
    EXPECT_EQ(window->routinesPage()->currentRoutineId(), u"for-sam"_s);

    // The same file again: the routine is added beside the first under a new id.
    const QString again = window->importRoutine(path);
    EXPECT_EQ(again, u"for-sam-2"_s);
}

TEST_F(RoutineSharing, AFileWithProblemsShowsThemAllAndSavesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.json"_s);
    write(path, R"({"format": "lumbar-relief-bank", "version": 1, "routines": [{"id": "x", "name": "X",
        "purpose": "p", "audience": "a",
        "items": [{"exercise": "no-such-exercise"}, {"exercise": "bridge", "dosage": {"reps": 5000}}]}]})");
    EXPECT_TRUE(window->importRoutine(path).isEmpty());
    QString details;
    const QString report = takeMessage(window.get(), u"importReport"_s, &details);
    EXPECT_TRUE(report.contains(u"nothing was saved"_s)) << report.toStdString();
    EXPECT_TRUE(details.contains(u"broken.json:3:"_s)) << "with where each problem is: " << details.toStdString();
    EXPECT_TRUE(details.contains(u"no-such-exercise"_s)) << details.toStdString();
    EXPECT_TRUE(details.contains(u"5000"_s)) << "every problem, not just the first: " << details.toStdString();
    EXPECT_TRUE(RoutineStore().ids().isEmpty());
    EXPECT_FALSE(QDir(defaultUserBankFolder()).exists());
    EXPECT_EQ(window->bankState().bank->routine("x"), nullptr);
}

} // namespace
