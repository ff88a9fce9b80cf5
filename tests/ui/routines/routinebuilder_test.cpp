// The routine builder as a therapist uses it: exercises added by button and by drag and drop, reordered by keys,
// dosage changed beside the exercise's own, every edit undone and redone, saved and read back after a reload, the
// shipped routines only copied, and unsaved changes never dropped without asking.
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/routines/routinebuilder.h"
#include "ui/routines/routinespage.h"
#include "ui/routines/routinestore.h"

#include "core/contentbank.h"
#include "core/shippedbank.h"
#include "ui/text/dosagewords.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

class RoutineBuilderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QDir(RoutineStore::defaultFolder()).removeRecursively();
        window = std::make_unique<MainWindow>(shippedWithUserRoutines());
        window->setBankReloader(shippedWithUserRoutines);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        window.reset();
        QDir(RoutineStore::defaultFolder()).removeRecursively();
    }

    std::vector<std::string> items(const RoutineBuilder &b) const
    {
        std::vector<std::string> out;
        for (const RoutineItem &item : b.routine().items)
            out.push_back(item.exercise);
        return out;
    }

    // Drops `mime` on the builder's item list at the top edge of row `row` (past the end: below the last row).
    static void dropOnItems(RoutineBuilder *b, QMimeData *mime, int row)
    {
        auto *list = child<QListWidget>(b, u"routineItems"_s);
        const QPoint at = row < list->count() ? list->visualItemRect(list->item(row)).topLeft() + QPoint(5, 2)
                                              : QPoint(5, list->viewport()->height() - 2);
        // As a drag does: entering makes the list the drop target, then the drop lands on it.
        QDragEnterEvent enter(at, Qt::MoveAction | Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &enter);
        QDropEvent drop(QPointF(at), Qt::MoveAction | Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &drop);
        delete mime;
    }

    std::unique_ptr<MainWindow> window;
};

TEST_F(RoutineBuilderTest, BuildAPatientsRoutineAndReadItBackAfterSaving)
{
    RoutineBuilder *b = window->openRoutineBuilder({});
    ASSERT_NE(b, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(b));
    QTest::keyClick(child<QLineEdit>(b, u"routineTitle"_s), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(child<QLineEdit>(b, u"routineTitle"_s), u"Jo's routine"_s);
    QTest::keyClicks(child<QLineEdit>(b, u"routinePatient"_s), u"Jo Bloggs"_s);

    // By button: choose in the list, press Add.
    const auto choose = [b](const char *id) {
        for (int i = 0; i < child<QListWidget>(b, u"exercisePicker"_s)->count(); ++i)
            if (child<QListWidget>(b, u"exercisePicker"_s)->item(i)->data(Qt::UserRole).toString() ==
                QLatin1StringView(id))
                child<QListWidget>(b, u"exercisePicker"_s)->setCurrentRow(i);
    };
    choose("knee-to-chest");
    QTest::mouseClick(child<QPushButton>(b, u"addExerciseButton"_s), Qt::LeftButton);
    choose("walking");
    QTest::mouseClick(child<QPushButton>(b, u"addExerciseButton"_s), Qt::LeftButton);
    // By drag and drop: the pelvic tilt dropped on the first row goes before it.
    auto *mime = new QMimeData;
    mime->setData(u"application/x-lumbar-exercise-id"_s, "pelvic-tilt");
    dropOnItems(b, mime, 0);
    EXPECT_EQ(items(*b), (std::vector<std::string>{"pelvic-tilt", "knee-to-chest", "walking"}));

    // Reorder by keys: Ctrl+Down moves the selected exercise down.
    b->selectItem(0);
    QTest::keyClick(child<QListWidget>(b, u"routineItems"_s), Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(items(*b), (std::vector<std::string>{"knee-to-chest", "pelvic-tilt", "walking"}));
    EXPECT_EQ(b->selectedItem(), 1) << "the moved exercise stays selected";
    // And by dragging a row: walking dropped on the first row.
    auto *row = new QMimeData;
    row->setData(u"application/x-lumbar-routine-row"_s, "2");
    dropOnItems(b, row, 0);
    EXPECT_EQ(items(*b), (std::vector<std::string>{"walking", "knee-to-chest", "pelvic-tilt"}));

    // The knee hug's hold: the exercise's own shown beside, then changed.
    b->selectItem(1);
    const Exercise &knee = *window->bankState().bank->exercise("knee-to-chest");
    EXPECT_TRUE(b->defaultLabel(DosageField::Hold)->text().contains(DosageWords::range(*knee.dosage.holdSeconds)));
    QSpinBox *hold = b->overrideSpin(DosageField::Hold);
    EXPECT_EQ(hold->value(), hold->minimum()) << "as the exercise says";
    hold->setValue(25);
    EXPECT_EQ(b->routine().items[1].dosage.holdSeconds, (Range{25, 25, 25}));
    EXPECT_TRUE(child<QListWidget>(b, u"routineItems"_s)->item(1)->text().contains(u"25 seconds"_s))
        << "the list shows the new dosage";

    ASSERT_TRUE(b->hasUnsavedChanges());
    ASSERT_TRUE(b->save());
    EXPECT_FALSE(b->hasUnsavedChanges());
    const std::string id = b->routine().id;
    EXPECT_EQ(id, "jo-s-routine");
    b->close();

    // Read back through the loader, after the window reloaded the bank.
    const Routine *saved = window->bankState().bank->routine(id);
    ASSERT_NE(saved, nullptr);
    EXPECT_EQ(saved->name.text(), "Jo's routine");
    EXPECT_EQ(saved->patient, std::optional<std::string>("Jo Bloggs"));
    ASSERT_EQ(saved->items.size(), 3u);
    EXPECT_EQ(saved->items[1].dosage.holdSeconds, (Range{25, 25, 25}));
    EXPECT_EQ(window->routinesPage()->currentRoutineId(), QString::fromStdString(id));
    EXPECT_TRUE(child<QPushButton>(window->routinesPage(), u"editRoutineButton"_s)->isEnabled())
        << "the user's own routine can be edited";
}

// A therapist types doses and notes as in any form: every key lands where it was typed, Return only confirms, and the
// focus stays in the field (it went to Undo or Save after each change, so the next keys were lost or pressed Save).
TEST_F(RoutineBuilderTest, TypingDosesAndNotesKeepsEveryKeyAndTheFocus)
{
    RoutineBuilder *b = window->openRoutineBuilder({});
    ASSERT_NE(b, nullptr);
    b->activateWindow();
    QApplication::setActiveWindow(b); // the offscreen platform does not activate windows by itself
    ASSERT_TRUE(QTest::qWaitForWindowActive(b));
    // The suggested title is chosen, so what is typed replaces it.
    QTest::keyClicks(child<QLineEdit>(b, u"routineTitle"_s), u"Ana's stretches"_s);
    EXPECT_EQ(child<QLineEdit>(b, u"routineTitle"_s)->text(), u"Ana's stretches"_s);
    b->addExercise(u"knee-to-chest"_s);
    b->addExercise(u"bridge"_s);
    b->selectItem(0);

    QSpinBox *reps = b->overrideSpin(DosageField::Reps);
    reps->setFocus();
    reps->selectAll();
    QTest::keyClicks(reps, u"10"_s);
    QTest::keyClick(reps, Qt::Key_Return);
    EXPECT_EQ(b->routine().items[0].dosage.reps, (Range{10, 10, 10})) << "Return confirms, it undoes nothing";
    EXPECT_TRUE(reps->hasFocus()) << "the focus stays in the field, not "
                                  << QApplication::focusWidget()->objectName().toStdString();

    QSpinBox *sets = b->overrideSpin(DosageField::Sets);
    sets->setFocus();
    sets->selectAll();
    QTest::keyClicks(sets, u"2"_s);
    auto *note = child<QLineEdit>(b, u"itemNote"_s);
    note->setFocus(); // a click on the next field: the 2 is kept
    QTest::keyClicks(note, u"Pull gently, no bouncing."_s);
    EXPECT_EQ(b->routine().items[0].dosage.sets, (Range{2, 2, 2}));
    ASSERT_TRUE(b->routine().items[0].note.has_value());
    EXPECT_EQ(b->routine().items[0].note->text(), "Pull gently, no bouncing.");
    EXPECT_EQ(QApplication::focusWidget(), note);
    EXPECT_TRUE(b->isVisible()) << "no key pressed Save";

    // A click into a field that says "As the exercise says", then a number: the number replaces the words.
    QSpinBox *hold = b->overrideSpin(DosageField::Hold);
    auto *holdText = hold->findChild<QLineEdit *>();
    QTest::mouseClick(holdText, Qt::LeftButton, {}, holdText->rect().center());
    QTest::keyClicks(hold, u"8"_s);
    QTest::keyClick(hold, Qt::Key_Tab);
    EXPECT_EQ(b->routine().items[0].dosage.holdSeconds, (Range{8, 8, 8})) << hold->text().toStdString();
    // Tab goes down the fields in the order they are shown: from Sets to Sides, not past it.
    sets->setFocus();
    QTest::keyClick(sets, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), child<QComboBox>(b, u"override-sides"_s));

    // Return in the search adds the exercise it finds, rather than pressing a button.
    auto *search = child<QLineEdit>(b, u"builderSearch"_s);
    search->setFocus();
    QTest::keyClicks(search, u"bird"_s);
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(items(*b), (std::vector<std::string>{"knee-to-chest", "bird-dog", "bridge"})) << "after the chosen one";
    EXPECT_TRUE(b->isVisible());
}

// A routine done "1–3 times a day" shows that range in the builder, as the handout prints it, and keeps it unless the
// therapist picks a number (the builder showed "1 × a day").
TEST_F(RoutineBuilderTest, HowOftenShowsARangeAsTheHandoutSaysIt)
{
    const Routine *shipped = window->bankState().bank->routine("gentle-start");
    ASSERT_NE(shipped, nullptr);
    ASSERT_TRUE(shipped->timesPerDay && shipped->timesPerDay->isRange()) << "the test needs a routine with a range";
    RoutineBuilder *b = window->openRoutineBuilder(u"gentle-start"_s, true);
    ASSERT_NE(b, nullptr);
    auto *often = child<QSpinBox>(b, u"routineTimesPerDay"_s);
    EXPECT_EQ(often->text(), u"%1–%2 × a day"_s.arg(shipped->timesPerDay->min).arg(shipped->timesPerDay->max));
    EXPECT_EQ(b->routine().timesPerDay, shipped->timesPerDay);
    often->setValue(2);
    EXPECT_EQ(b->routine().timesPerDay, (Range{2, 2, 2}));
    EXPECT_EQ(often->text(), u"2 × a day"_s);
    often->setValue(0);
    EXPECT_EQ(b->routine().timesPerDay, std::nullopt) << "below the numbers: not said";
    EXPECT_EQ(often->text(), u"Not said"_s);
}

TEST_F(RoutineBuilderTest, EveryEditUndoesAndRedoes)
{
    RoutineBuilder *b = window->openRoutineBuilder({});
    const Routine empty = b->routine();
    b->addExercise(u"bridge"_s);
    b->addExercise(u"walking"_s);
    b->moveItem(1, 0);
    b->setOverride(1, DosageField::Reps, 5);
    b->removeItem(0);
    QTest::keyClicks(child<QLineEdit>(b, u"routinePatient"_s), u"Sam"_s); // three keystrokes, one step
    const Routine last = b->routine();
    ASSERT_EQ(b->undoStack()->count(), 6);
    std::vector<Routine> seen{last};
    while (b->undoStack()->canUndo()) {
        b->undoStack()->undo();
        seen.push_back(b->routine());
    }
    EXPECT_EQ(b->routine(), empty);
    EXPECT_EQ(child<QLineEdit>(b, u"routinePatient"_s)->text(), QString()) << "the widgets show the undone state";
    EXPECT_EQ(child<QListWidget>(b, u"routineItems"_s)->count(), 0);
    for (auto it = seen.rbegin() + 1; it != seen.rend(); ++it) {
        b->undoStack()->redo();
        EXPECT_EQ(b->routine(), *it);
    }
    EXPECT_EQ(b->routine(), last);
    EXPECT_EQ(child<QLineEdit>(b, u"routinePatient"_s)->text(), u"Sam"_s);
    EXPECT_EQ(child<QListWidget>(b, u"routineItems"_s)->count(), 1);
}

TEST_F(RoutineBuilderTest, UnsavedChangesAreNeverDroppedWithoutAsking)
{
    RoutineBuilder *b = window->openRoutineBuilder({});
    b->addExercise(u"bridge"_s);
    int asked = 0;
    b->setUnsavedChangesQuestion([&asked] {
        ++asked;
        return QMessageBox::Cancel;
    });
    b->reject();
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(b->isVisible()) << "Cancel keeps the builder open";
    b->setUnsavedChangesQuestion([] { return QMessageBox::Save; });
    QTest::keyClick(child<QLineEdit>(b, u"routineTitle"_s), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(child<QLineEdit>(b, u"routineTitle"_s), u"Kept"_s);
    b->reject();
    QApplication::processEvents();
    EXPECT_NE(window->bankState().bank->routine("kept"), nullptr) << "Save on closing saved it";
}

TEST_F(RoutineBuilderTest, ShippedRoutinesAreCopiedNeverChanged)
{
    const Routine shipped = *window->bankState().bank->routine("nhs-sciatica-stretches");
    ASSERT_TRUE(window->routinesPage()->showRoutine(u"nhs-sciatica-stretches"_s));
    EXPECT_FALSE(child<QPushButton>(window->routinesPage(), u"editRoutineButton"_s)->isEnabled());
    EXPECT_FALSE(child<QPushButton>(window->routinesPage(), u"deleteRoutineButton"_s)->isEnabled());
    RoutineBuilder *b = window->openRoutineBuilder(u"nhs-sciatica-stretches"_s);
    EXPECT_TRUE(b->routine().id.empty()) << "a copy, with an id of its own when saved";
    EXPECT_EQ(b->routine().items, shipped.items);
    EXPECT_TRUE(child<QLineEdit>(b, u"routineTitle"_s)->text().startsWith(u"Copy of"_s));
    b->removeItem(0);
    ASSERT_TRUE(b->save());
    const std::string copyId = b->routine().id;
    b->close();
    EXPECT_NE(copyId, shipped.id);
    EXPECT_EQ(*window->bankState().bank->routine(shipped.id), shipped) << "the shipped routine is untouched";
    EXPECT_EQ(window->bankState().bank->routine(copyId)->items.size(), shipped.items.size() - 1);

    // The copy is the user's own: it can be deleted (to the trash), and is gone after the reload.
    EXPECT_TRUE(window->deleteRoutine(QString::fromStdString(copyId), true));
    EXPECT_EQ(window->bankState().bank->routine(copyId), nullptr);
    EXPECT_FALSE(window->deleteRoutine(u"nhs-sciatica-stretches"_s, true)) << "never a shipped one";
}

} // namespace
