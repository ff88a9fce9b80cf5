// The check-ins, "This makes it worse" and the centralisation guard, used as a patient would: clicks and keys on
// the player with a fake clock, then what the history holds.
#include "testsupport.h"

#include "ui/history/checkinpanel.h"
#include "ui/history/guardnotice.h"
#include "ui/history/historystore.h"
#include "ui/history/historytext.h"
#include "ui/history/legextentpicker.h"
#include "ui/history/sessionlogger.h"
#include "ui/history/worsedialog.h"
#include "ui/player/playercontrolbar.h"
#include "ui/player/playerpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

class CheckIns : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(u"safety"_s);
        PlayerPage::setCheckInSetting(true);
        store = std::make_unique<HistoryStore>(dir.filePath(u"history.sqlite"_s));
        ASSERT_EQ(store->open().status, HistoryStore::OpenStatus::Ready);
        page = std::make_unique<PlayerPage>(nullptr, &clock);
        page->setBank(smallBankState().bank);
        page->setHistory(store.get());
        page->resize(1100, 780);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
    }

    void advance(Millis by)
    {
        now += by;
        page->controller()->poll();
    }
    // Plays the rest of the session through, as the timer would.
    void playToTheEnd()
    {
        for (int i = 0; i < 1000 && !page->controller()->session().isOver(); ++i)
            advance(1s);
    }
    void mark(LegExtentPicker *picker, LegExtent extent)
    {
        QTest::mouseClick(picker, Qt::LeftButton, {}, picker->labelRect(extent).center());
    }
    // The page the player shows (each sits in a scroll area in the player's stack).
    QWidget *currentPage() const
    {
        QWidget *current = page->findChild<QStackedWidget *>()->currentWidget();
        auto *scroll = qobject_cast<QScrollArea *>(current);
        return scroll ? scroll->widget() : current;
    }
    WorseDialog *worseDialog() const { return child<WorseDialog>(page, u"worseDialog"_s); }

    // Starts "morning" through a before check-in of pain 6 and symptoms down to `extent`.
    void startWithCheckIn(LegExtent extent)
    {
        ASSERT_TRUE(page->prepareRoutine(u"morning"_s));
        QTest::mouseClick(child<QPushButton>(page, u"startButton"_s), Qt::LeftButton);
        CheckInPanel *before = page->checkInBefore();
        ASSERT_EQ(currentPage(), before);
        EXPECT_EQ(page->controller()->session().state(), SessionState::Ready) << "nothing starts before the check-in";
        child<QSlider>(before, u"painSlider"_s)->setFocus();
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(child<QSlider>(before, u"painSlider"_s), Qt::Key_Right);
        mark(child<LegExtentPicker>(before, u"legExtentPicker"_s), extent);
        QTest::mouseClick(child<QPushButton>(before, u"checkInContinue"_s), Qt::LeftButton);
        ASSERT_EQ(page->controller()->session().state(), SessionState::Running);
    }

    QTemporaryDir dir;
    std::unique_ptr<HistoryStore> store;
    FakeClock clock;
    TimePoint &now = clock.steadyNow;
    std::unique_ptr<PlayerPage> page;
};

TEST_F(CheckIns, ARoutineIsLoggedFromItsCheckInBeforeToItsCheckInAfter)
{
    startWithCheckIn(LegExtent::BelowKnee);
    std::vector<SessionRecord> sessions = store->sessions();
    ASSERT_EQ(sessions.size(), 1U) << "stored as soon as it starts";
    EXPECT_EQ(sessions[0].routineId, "morning");
    EXPECT_EQ(sessions[0].routineTitle, "Morning start");
    EXPECT_EQ(sessions[0].before, (CheckIn{6, LegExtent::BelowKnee, false}));
    ASSERT_EQ(sessions[0].items.size(), 2U);
    EXPECT_EQ(sessions[0].items[0].exerciseName, "Glute bridge");
    EXPECT_TRUE(sessions[0].isInterrupted());

    playToTheEnd();
    CheckInPanel *after = page->checkInAfter();
    ASSERT_EQ(currentPage(), after) << "the routine ends with the check-in after";
    EXPECT_TRUE(child<QLabel>(after, u"pageTitle"_s)->text().contains(u"Morning start"_s));
    sessions = store->sessions();
    EXPECT_FALSE(sessions[0].isInterrupted()) << "its end is logged before the check-in is answered";
    EXPECT_EQ(sessions[0].items[0].result, ItemResult::Done);
    EXPECT_EQ(sessions[0].items[1].result, ItemResult::Done);

    child<QSlider>(after, u"painSlider"_s)->setFocus();
    QTest::keyClick(child<QSlider>(after, u"painSlider"_s), Qt::Key_Home); // 0, which must count as an answer
    mark(child<LegExtentPicker>(after, u"legExtentPicker"_s), LegExtent::Thigh);
    QTest::keyClicks(child<QPlainTextEdit>(after, u"checkInNotes"_s), u"Less tingling"_s);
    QTest::mouseClick(child<QPushButton>(after, u"checkInContinue"_s), Qt::LeftButton);
    EXPECT_NE(currentPage(), after);
    EXPECT_FALSE(child<GuardNotice>(page, u"guardNotice"_s)->isVisible())
        << "symptoms moving up the leg are a good sign";
    const std::optional<SessionRecord> stored = store->session(sessions[0].id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->after, (CheckIn{0, LegExtent::Thigh, false}));
    EXPECT_EQ(stored->notes, "Less tingling");
    EXPECT_FALSE(stored->guardTriggered);
    EXPECT_TRUE(store->flags().empty());
}

TEST_F(CheckIns, SkippingBothCheckInsStillLogsTheSession)
{
    ASSERT_TRUE(page->prepareRoutine(u"morning"_s));
    page->start();
    QTest::mouseClick(child<QPushButton>(page->checkInBefore(), u"checkInSkip"_s), Qt::LeftButton);
    EXPECT_EQ(page->controller()->session().state(), SessionState::Running);
    playToTheEnd();
    QTest::keyClick(child<QSlider>(page->checkInAfter(), u"painSlider"_s), Qt::Key_Escape);
    EXPECT_NE(currentPage(), page->checkInAfter());
    const std::vector<SessionRecord> sessions = store->sessions();
    ASSERT_EQ(sessions.size(), 1U);
    EXPECT_TRUE(sessions[0].before.isEmpty());
    EXPECT_TRUE(sessions[0].after.isEmpty());
    EXPECT_TRUE(sessions[0].counts());
}

TEST_F(CheckIns, WithCheckInsTurnedOffARoutineGoesStraightInAndIsStillLogged)
{
    PlayerPage::setCheckInSetting(false);
    ASSERT_TRUE(page->prepareRoutine(u"morning"_s));
    QTest::mouseClick(child<QPushButton>(page, u"startButton"_s), Qt::LeftButton);
    EXPECT_NE(currentPage(), page->checkInBefore());
    EXPECT_EQ(page->controller()->session().state(), SessionState::Running);
    playToTheEnd();
    EXPECT_NE(currentPage(), page->checkInAfter());
    PlayerPage::setCheckInSetting(true);
    const std::vector<SessionRecord> sessions = store->sessions();
    ASSERT_EQ(sessions.size(), 1U);
    EXPECT_TRUE(sessions[0].before.isEmpty());
    EXPECT_TRUE(sessions[0].endedAt.has_value());
    EXPECT_TRUE(sessions[0].counts());
}

TEST_F(CheckIns, SymptomsSpreadingAfterTheRoutineStopItAndFlagWhatWasDone)
{
    startWithCheckIn(LegExtent::Thigh);
    QSignalSpy flagged(page.get(), &PlayerPage::flagsChanged);
    playToTheEnd();
    CheckInPanel *after = page->checkInAfter();
    mark(child<LegExtentPicker>(after, u"legExtentPicker"_s), LegExtent::Foot);
    QTest::mouseClick(child<QPushButton>(after, u"checkInContinue"_s), Qt::LeftButton);

    auto *guard = child<GuardNotice>(page, u"guardNotice"_s);
    ASSERT_TRUE(guard->isVisible());
    EXPECT_EQ(guard->title(), u"Stop this routine and talk to your therapist"_s);
    EXPECT_TRUE(guard->text().contains(u"now reach your foot; before, they reached your thigh"_s))
        << guard->text().toStdString();
    EXPECT_TRUE(guard->text().contains(u"(Glute bridge"_s) && guard->text().contains(u"Seated nerve glide)"_s))
        << guard->text().toStdString();
    EXPECT_FALSE(child<QPushButton>(guard, u"guardStopButton"_s)->isVisible()) << "the routine is already over";
    EXPECT_EQ(flagged.count(), 1);
    EXPECT_TRUE(store->sessions()[0].guardTriggered);
    const std::vector<ExerciseFlag> flags = store->flags();
    ASSERT_EQ(flags.size(), 2U);
    EXPECT_EQ(flags[0].exerciseId, "bridge");
    EXPECT_EQ(flags[1].exerciseId, "nerve-glide");
    EXPECT_EQ(flags[0].reason, FlagReason::Spread);
    EXPECT_EQ(flags[0].extent, LegExtent::Foot);
    EXPECT_EQ(flags[0].sessionId, store->sessions()[0].id);
}

TEST_F(CheckIns, ThisMakesItWorseStopsTheExerciseAndTheGuardSaysStopWhenSymptomsSpread)
{
    startWithCheckIn(LegExtent::Buttock);
    advance(20s); // into the bridge's holds
    ASSERT_EQ(page->controller()->session().itemIndex(), 0U);
    auto *worse = child<QPushButton>(page, u"worseButton"_s);
    ASSERT_TRUE(worse->isVisible());
    QTest::mouseClick(worse, Qt::LeftButton);
    EXPECT_EQ(page->controller()->session().state(), SessionState::Paused) << "paused while it asks";
    WorseDialog *dialog = worseDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(child<QLabel>(dialog, u"worseHeading"_s)->text(), u"Stop Glute bridge?"_s)
        << "the dialog says what it asks, in the dialog itself";
    mark(child<LegExtentPicker>(dialog, u"legExtentPicker"_s), LegExtent::BelowKnee);
    QTest::mouseClick(child<QPushButton>(dialog, u"worseStopButton"_s), Qt::LeftButton);

    auto *guard = child<GuardNotice>(page, u"guardNotice"_s);
    ASSERT_TRUE(guard->isVisible());
    EXPECT_EQ(guard->title(), u"Stop Glute bridge and talk to your therapist"_s);
    EXPECT_TRUE(guard->text().contains(u"now reach below the knee; before, they reached your buttock"_s));
    EXPECT_EQ(page->controller()->session().state(), SessionState::Paused) << "it waits for the user's choice";
    EXPECT_EQ(page->controller()->session().itemIndex(), 1U) << "the bridge is over";

    const SessionRecord logged = store->sessions()[0];
    EXPECT_EQ(logged.items[0].result, ItemResult::Worse);
    EXPECT_EQ(logged.items[0].extentWhenStopped, LegExtent::BelowKnee);
    EXPECT_TRUE(logged.guardTriggered);
    ASSERT_EQ(store->flags().size(), 1U);
    EXPECT_EQ(store->flags()[0].exerciseId, "bridge");
    EXPECT_EQ(store->flags()[0].reason, FlagReason::Spread);

    QTest::mouseClick(child<QPushButton>(guard, u"guardGoOnButton"_s), Qt::LeftButton);
    EXPECT_FALSE(guard->isVisible());
    EXPECT_EQ(page->controller()->session().state(), SessionState::Running);
    playToTheEnd();
    EXPECT_EQ(store->sessions()[0].items[0].result, ItemResult::Worse) << "the end of the session keeps it";
}

// By keyboard: the guard's notice takes the focus on "Stop the routine", and Space there stops the routine. The
// player's own Space (pause, carry on) used to win and set the exercise that made things worse running again.
TEST_F(CheckIns, SpaceOnTheGuardsStopButtonStopsTheRoutine)
{
    startWithCheckIn(LegExtent::Buttock);
    advance(20s);
    QTest::mouseClick(child<QPushButton>(page, u"worseButton"_s), Qt::LeftButton);
    WorseDialog *dialog = worseDialog();
    ASSERT_NE(dialog, nullptr);
    mark(child<LegExtentPicker>(dialog, u"legExtentPicker"_s), LegExtent::BelowKnee);
    QTest::mouseClick(child<QPushButton>(dialog, u"worseStopButton"_s), Qt::LeftButton);
    auto *guard = child<GuardNotice>(page, u"guardNotice"_s);
    ASSERT_TRUE(guard->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), child<QPushButton>(guard, u"guardStopButton"_s))
        << "the choice to make has the keyboard";
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    EXPECT_EQ(page->controller()->session().state(), SessionState::Stopped);
}

// Worse without a spread (or with no check-in to compare with): the session still waits with what to do in view,
// and neither Next nor Previous leads back to the exercise; "Do it again" is not offered at the end.
TEST_F(CheckIns, WorseWithoutASpreadStopsItAndNothingLeadsBackToIt)
{
    startWithCheckIn(LegExtent::Thigh);
    advance(20s);
    QTest::keyClick(child<QPushButton>(page->controls(), u"pauseButton"_s), Qt::Key_W);
    WorseDialog *dialog = worseDialog();
    ASSERT_NE(dialog, nullptr);
    mark(child<LegExtentPicker>(dialog, u"legExtentPicker"_s), LegExtent::Buttock);
    QTest::mouseClick(child<QPushButton>(dialog, u"worseStopButton"_s), Qt::LeftButton);

    auto *guard = child<GuardNotice>(page, u"guardNotice"_s);
    ASSERT_TRUE(guard->isVisible()) << "what to do now, even without a spread";
    EXPECT_TRUE(guard->text().contains(u"You stopped Glute bridge because it made your symptoms worse."_s));
    EXPECT_TRUE(guard->text().contains(u"get emergency help now"_s)) << guard->text().toStdString();
    EXPECT_EQ(page->controller()->session().state(), SessionState::Paused);
    EXPECT_EQ(page->controller()->session().itemIndex(), 1U);
    ASSERT_EQ(store->flags().size(), 1U);
    EXPECT_EQ(store->flags()[0].reason, FlagReason::MadeWorse);
    EXPECT_FALSE(store->sessions()[0].guardTriggered);

    QTest::mouseClick(child<QPushButton>(guard, u"guardGoOnButton"_s), Qt::LeftButton);
    EXPECT_EQ(page->controller()->session().state(), SessionState::Running);
    QTest::mouseClick(child<QPushButton>(page->controls(), u"previousButton"_s), Qt::LeftButton);
    EXPECT_EQ(page->controller()->session().itemIndex(), 1U) << "Previous does not go back to the bridge";
    playToTheEnd();
    QTest::mouseClick(child<QPushButton>(page->checkInAfter(), u"checkInSkip"_s), Qt::LeftButton);
    EXPECT_FALSE(child<QPushButton>(page, u"againButton"_s)->isVisible());
    // The summary does not praise it: it says what happened.
    EXPECT_TRUE(child<QLabel>(page, u"summaryTitle"_s)->text().startsWith(u"An exercise made your symptoms worse"_s));
    EXPECT_TRUE(child<QLabel>(page, u"summaryCounts"_s)->text().contains(u"1 stopped"_s))
        << "the counts match the list: the exercise stopped is not 'skipped'";
    auto *summary = child<QListWidget>(page, u"summaryList"_s);
    EXPECT_TRUE(
        summary->findItems(u"Glute bridge — Stopped: it made your symptoms worse"_s, Qt::MatchContains).size() == 1);
    EXPECT_TRUE(child<QPushButton>(page, u"doneButton"_s)->isVisible());
}

// The next day: the exercise that made things worse is left out of the routine and cannot be started on its own,
// and the list and the player say which and why, until the mark is cleared.
TEST_F(CheckIns, AMarkedExerciseIsLeftOutOfEveryRoutineUntilTheMarkIsCleared)
{
    startWithCheckIn(LegExtent::Thigh);
    advance(20s);
    QTest::mouseClick(child<QPushButton>(page, u"worseButton"_s), Qt::LeftButton);
    mark(child<LegExtentPicker>(worseDialog(), u"legExtentPicker"_s), LegExtent::Buttock);
    QTest::mouseClick(child<QPushButton>(worseDialog(), u"worseStopButton"_s), Qt::LeftButton);
    page->controller()->stop();
    ASSERT_EQ(store->flags().size(), 1U);

    ASSERT_TRUE(page->prepareRoutine(u"morning"_s));
    auto *table = child<QTableWidget>(page, u"dosageTable"_s);
    ASSERT_EQ(table->rowCount(), 1) << "the bridge is not in today's list";
    EXPECT_EQ(table->item(0, 0)->text(), u"Seated nerve glide"_s);
    auto *note = child<QLabel>(page, u"leftOutNote"_s);
    ASSERT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(u"Left out until your therapist has looked at it"_s));
    EXPECT_TRUE(note->text().contains(u"Glute bridge: on "_s));
    EXPECT_TRUE(note->text().contains(u"it made your symptoms worse"_s));
    QTest::mouseClick(child<QPushButton>(page, u"startButton"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(page->checkInBefore(), u"checkInSkip"_s), Qt::LeftButton);
    ASSERT_EQ(page->controller()->session().plan().items.size(), 1U);
    EXPECT_EQ(page->controller()->session().item().exercise->id, "nerve-glide") << "the player leaves it out too";
    EXPECT_TRUE(child<QLabel>(page, u"leftOutPlaying"_s)->isVisible()) << "and says so while playing";
    page->controller()->stop();

    // On its own from the library it does not start either.
    ASSERT_TRUE(page->prepareExercise(u"bridge"_s));
    auto *start = child<QPushButton>(page, u"startButton"_s);
    EXPECT_FALSE(start->isEnabled());
    EXPECT_TRUE(note->isVisible());
    page->start();
    EXPECT_EQ(page->controller()->session().state(), SessionState::Ready);

    // Cleared after talking to the therapist: back in the routine.
    store->clearFlags("bridge");
    ASSERT_TRUE(page->prepareRoutine(u"morning"_s));
    EXPECT_EQ(table->rowCount(), 2);
    EXPECT_FALSE(note->isVisible());
}

// Scrolling the before-you-start list with the mouse wheel must not change a dose on the way past.
TEST_F(CheckIns, TheWheelChangesADoseOnlyInTheBoxBeingEdited)
{
    ASSERT_TRUE(page->prepareRoutine(u"morning"_s));
    auto *table = child<QTableWidget>(page, u"dosageTable"_s);
    auto *hold = qobject_cast<QSpinBox *>(table->cellWidget(0, 1));
    ASSERT_NE(hold, nullptr);
    const int before = hold->value();
    const auto wheel = [hold] {
        const QPointF at = QRectF(hold->rect()).center();
        QWheelEvent event(at, hold->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QApplication::sendEvent(hold, &event);
    };
    child<QPushButton>(page, u"startButton"_s)->setFocus();
    wheel();
    EXPECT_EQ(hold->value(), before) << "passing over it changes nothing";
    hold->setFocus();
    wheel();
    EXPECT_EQ(hold->value(), before - 1) << "the box being edited takes the wheel";
}

// After "This makes it worse" on a stretch, the rest of the day leaves out what loads the nerve the same way in every
// routine and on its own; the next day only the marked exercise stays out.
TEST_F(CheckIns, WhatLoadsTheNerveAsAnExerciseMarkedTodayIsLeftOutForTheDay)
{
    ExerciseFlag mark;
    mark.exerciseId = "cat-cow"; // a stretch: the nerve glide loads the nerve alike
    mark.reason = FlagReason::Spread;
    mark.day = HistoryText::day(clock.today());
    mark.at = WallTime(std::chrono::milliseconds(clock.wall().toMSecsSinceEpoch()));
    store->addFlag(mark);

    ASSERT_TRUE(page->prepareRoutine(u"morning"_s));
    auto *table = child<QTableWidget>(page, u"dosageTable"_s);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), u"Glute bridge"_s);
    auto *note = child<QLabel>(page, u"leftOutNote"_s);
    EXPECT_TRUE(note->text().contains(
        u"Left out for the rest of today, to be safe, as the same kind of exercise as Cat-cow (stretches and nerve glides count as one kind): Seated nerve glide."_s))
        << note->text().toStdString();
    ASSERT_TRUE(page->prepareExercise(u"nerve-glide"_s));
    EXPECT_FALSE(child<QPushButton>(page, u"startButton"_s)->isEnabled()) << "not on its own either";

    clock.advance(std::chrono::hours(24));
    ASSERT_TRUE(page->prepareRoutine(u"morning"_s));
    EXPECT_EQ(table->rowCount(), 2) << "the next day it is back";
}

TEST_F(CheckIns, CarryingOnFromTheQuestionChangesNothing)
{
    startWithCheckIn(LegExtent::Thigh);
    advance(20s);
    const std::size_t phase = page->controller()->session().phaseIndex();
    QTest::mouseClick(child<QPushButton>(page, u"worseButton"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(worseDialog(), u"worseCarryOnButton"_s), Qt::LeftButton);
    EXPECT_EQ(page->controller()->session().state(), SessionState::Running);
    EXPECT_EQ(page->controller()->session().phaseIndex(), phase);
    EXPECT_TRUE(store->flags().empty());
}

TEST_F(CheckIns, NewNumbnessOrWeaknessStopsEvenWithoutASpread)
{
    startWithCheckIn(LegExtent::Thigh);
    advance(20s);
    QTest::mouseClick(child<QPushButton>(page, u"worseButton"_s), Qt::LeftButton);
    QTest::mouseClick(child<QCheckBox>(worseDialog(), u"numbnessCheck"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(worseDialog(), u"worseStopButton"_s), Qt::LeftButton);
    ASSERT_TRUE(child<GuardNotice>(page, u"guardNotice"_s)->isVisible());
    EXPECT_TRUE(child<GuardNotice>(page, u"guardNotice"_s)->text().contains(u"new numbness or weakness"_s));
    QTest::mouseClick(
        child<QPushButton>(child<GuardNotice>(page, u"guardNotice"_s), u"guardStopButton"_s), Qt::LeftButton);
    EXPECT_EQ(page->controller()->session().state(), SessionState::Stopped);
    EXPECT_EQ(store->flags()[0].reason, FlagReason::NumbnessOrWeakness);
    EXPECT_TRUE(store->sessions()[0].stoppedEarly);
}

TEST_F(CheckIns, AnExerciseTriedAloneHasNoCheckInButIsLogged)
{
    ASSERT_TRUE(page->prepareExercise(u"bridge"_s));
    page->start();
    EXPECT_EQ(page->controller()->session().state(), SessionState::Running);
    playToTheEnd();
    EXPECT_NE(currentPage(), page->checkInAfter());
    const std::vector<SessionRecord> sessions = store->sessions();
    ASSERT_EQ(sessions.size(), 1U);
    EXPECT_EQ(sessions[0].routineId, "");
    EXPECT_EQ(sessions[0].routineTitle, "Glute bridge");
}

TEST(LegExtentPicker, ArrowKeysMoveDownAndUpTheLegAndTheScreenReaderIsTold)
{
    LegExtentPicker picker;
    picker.resize(picker.sizeHint());
    QSignalSpy changed(&picker, &LegExtentPicker::extentChanged);
    EXPECT_EQ(picker.extent(), std::nullopt);
    EXPECT_EQ(picker.accessibleDescription(), u"Not marked"_s);
    QTest::keyClick(&picker, Qt::Key_Down);
    EXPECT_EQ(picker.extent(), LegExtent::BackOnly);
    QTest::keyClick(&picker, Qt::Key_End);
    EXPECT_EQ(picker.extent(), LegExtent::Foot);
    QTest::keyClick(&picker, Qt::Key_Up);
    EXPECT_EQ(picker.extent(), LegExtent::BelowKnee);
    EXPECT_EQ(picker.accessibleDescription(), u"Symptoms reach: Below the knee"_s);
    QTest::keyClick(&picker, Qt::Key_Delete);
    EXPECT_EQ(picker.extent(), std::nullopt);
    EXPECT_EQ(changed.count(), 4);
    // Clicking in the picture: the middle of the thigh.
    const QPoint thigh = picker.regionCentre(LegExtent::Thigh);
    EXPECT_FALSE(picker.labelRect(LegExtent::Thigh).contains(thigh));
    QTest::mouseClick(&picker, Qt::LeftButton, {}, thigh);
    EXPECT_EQ(picker.extent(), LegExtent::Thigh);
    // Every label is drawn whole inside the widget, whatever its size.
    for (const QSize size : {picker.sizeHint(), picker.minimumSizeHint(), QSize(900, 600)}) {
        picker.resize(size);
        for (int i = 0; i < legExtentCount; ++i) {
            const QRect label = picker.labelRect(static_cast<LegExtent>(i));
            EXPECT_TRUE(picker.rect().contains(label)) << size.width() << "x" << size.height() << " level " << i;
            EXPECT_GE(label.width(),
                picker.fontMetrics().horizontalAdvance(LegExtentPicker::extentName(static_cast<LegExtent>(i))));
        }
    }
}

} // namespace
