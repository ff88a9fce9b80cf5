// The routine player driven as a user would: keys and clicks, with a fake clock moved by the test, checking what
// the screen shows at each step, through a whole routine, a stop, and the presentation screen.
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/history/checkinpanel.h"
#include "ui/library/librarypage.h"
#include "ui/player/countdownring.h"
#include "ui/player/dosagetable.h"
#include "ui/player/playercontrolbar.h"
#include "ui/player/playerpage.h"
#include "ui/player/playerview.h"
#include "ui/player/presentationwindow.h"
#include "ui/routines/routinespage.h"
#include "ui/widgets/theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

class Player : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(u"player"_s);
        QSettings().remove(u"safety"_s);
        page = std::make_unique<PlayerPage>(nullptr, &clock);
        page->setBank(smallBankState().bank);
        page->resize(1100, 750);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
    }

    // Moves the clock on and lets the player catch up, as its timer would.
    void advance(Millis by)
    {
        clock.steadyNow += by;
        page->controller()->poll();
    }
    void key(Qt::Key k) { QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : page.get(), k); }
    PlayerView *view() const { return page->view(); }
    QString ringNumber() const { return child<CountdownRing>(view(), u"countdownRing"_s)->number(); }
    QLabel *labelNamed(const QString &name) const { return child<QLabel>(page, name); }
    QPushButton *buttonNamed(const QString &name) const { return child<QPushButton>(page, name); }

    FakeClock clock;
    std::unique_ptr<PlayerPage> page;
};

TEST_F(Player, BeforeTheStartListsEachExerciseWithItsDosageForThisSession)
{
    ASSERT_TRUE(page->prepareRoutine(u"morning"_s));
    EXPECT_TRUE(page->isPreparing());
    EXPECT_EQ(page->title(), u"Before you start: Morning start"_s);
    QTableWidget *table = child<DosageTable>(page, u"dosageTable"_s);
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 0)->text(), u"Glute bridge"_s);
    auto *hold = qobject_cast<QSpinBox *>(table->cellWidget(0, 1));
    auto *reps = qobject_cast<QSpinBox *>(table->cellWidget(0, 2));
    ASSERT_NE(hold, nullptr);
    ASSERT_NE(reps, nullptr);
    EXPECT_EQ(hold->value(), 5);
    EXPECT_EQ(reps->value(), 4) << "the routine's 4 reps, over the exercise's 10";
    EXPECT_EQ(table->cellWidget(1, 1), nullptr) << "a glide has no hold to change";
    EXPECT_EQ(table->item(1, 1)->text(), u"—"_s);
    // 15 + 4 × (2 + 5 + 2) s for the bridge, 10 + 2 × 10 × 5 + 5 s for the glide: 2:46 in all.
    EXPECT_EQ(page->controller()->session().plan().total, 166s);
    EXPECT_EQ(table->item(0, 4)->text(), u"0:51"_s);
    EXPECT_TRUE(labelNamed(u"sessionLength"_s)->text().contains(u"about 3 minutes"_s));

    // The therapist halves the reps for this session: the plan and the times follow at once.
    reps->setValue(2);
    EXPECT_EQ(page->controller()->session().plan().items[0].dosage.reps->value, 2);
    EXPECT_EQ(table->item(0, 4)->text(), u"0:33"_s);
    EXPECT_EQ(page->controller()->session().plan().total, 148s);
    EXPECT_FALSE(page->prepareRoutine(u"no-such-routine"_s));
}

TEST_F(Player, AWholeRoutineFromTheKeyboard)
{
    ASSERT_TRUE(page->prepareRoutine(u"morning"_s));
    QTest::mouseClick(buttonNamed(u"startButton"_s), Qt::LeftButton);
    EXPECT_FALSE(page->isPreparing());
    EXPECT_EQ(view()->phaseTitle(), u"Get ready"_s);
    EXPECT_EQ(view()->exerciseTitle(), u"Glute bridge"_s);
    EXPECT_EQ(labelNamed(u"exercisePosition"_s)->text(), u"Exercise 1 of 2"_s);
    EXPECT_EQ(ringNumber(), u"15"_s);
    EXPECT_EQ(
        labelNamed(u"upNext"_s)->text(), u"Next: Seated nerve glide — 10 times each side, about 5 seconds each"_s);
    EXPECT_EQ(child<QListWidget>(view(), u"stepList"_s)->currentRow(), 0) << "get ready points at the first step";

    advance(14'400ms);
    EXPECT_EQ(ringNumber(), u"1"_s) << "the count is rounded up: 600 ms left shows 1";
    EXPECT_EQ(child<CountdownRing>(view(), u"countdownRing"_s)->caption(), u"second"_s) << "not '1 seconds'";
    advance(600ms);
    EXPECT_EQ(view()->phaseTitle(), u"Move into position"_s);
    EXPECT_EQ(view()->phaseDetail(), u"Rep 1 of 4"_s);
    advance(2s);
    EXPECT_EQ(view()->phaseTitle(), u"Hold"_s);
    EXPECT_EQ(ringNumber(), u"5"_s);
    EXPECT_EQ(child<CountdownRing>(view(), u"countdownRing"_s)->color(), PlayerView::phaseColor(PhaseKind::Hold));
    EXPECT_NE(PlayerView::phaseColor(PhaseKind::GetReady), PlayerView::phaseColor(PhaseKind::Hold))
        << "get-ready and hold look different";
    EXPECT_TRUE(view()->isFlashing()) << "the hold's start flashes the screen";
    advance(2s);
    EXPECT_EQ(ringNumber(), u"3"_s);
    EXPECT_EQ(child<CountdownRing>(view(), u"countdownRing"_s)->caption(), u"seconds"_s);
    EXPECT_NEAR(child<CountdownRing>(view(), u"countdownRing"_s)->fraction(), 0.6, 1e-9);

    // Space pauses: the count stands still however long the pause.
    key(Qt::Key_Space);
    EXPECT_EQ(child<QPushButton>(page->controls(), u"pauseButton"_s)->text(), u"Resume"_s);
    EXPECT_TRUE(labelNamed(u"pausedLabel"_s)->isVisible());
    advance(90s);
    EXPECT_EQ(view()->phaseTitle(), u"Hold"_s);
    EXPECT_EQ(ringNumber(), u"3"_s);
    key(Qt::Key_Space);
    EXPECT_EQ(child<QPushButton>(page->controls(), u"pauseButton"_s)->text(), u"Pause"_s);
    EXPECT_FALSE(labelNamed(u"pausedLabel"_s)->isVisible());

    // R restarts the exercise; Right in get-ready starts it now; Right again moves on to the next exercise.
    key(Qt::Key_R);
    EXPECT_EQ(view()->phaseTitle(), u"Get ready"_s);
    EXPECT_EQ(ringNumber(), u"15"_s);
    key(Qt::Key_Right);
    EXPECT_EQ(view()->phaseTitle(), u"Move into position"_s);
    key(Qt::Key_PageDown);
    EXPECT_EQ(view()->exerciseTitle(), u"Seated nerve glide"_s);
    EXPECT_EQ(view()->phaseTitle(), u"Get ready"_s);
    EXPECT_EQ(ringNumber(), u"10"_s);
    EXPECT_EQ(labelNamed(u"upNext"_s)->text(), u"Last exercise"_s);
    // Left goes back a whole exercise; PageDown returns.
    key(Qt::Key_Left);
    EXPECT_EQ(view()->exerciseTitle(), u"Glute bridge"_s);
    key(Qt::Key_PageDown); // get-ready → start the bridge
    key(Qt::Key_PageDown); // leave the bridge
    EXPECT_EQ(view()->exerciseTitle(), u"Seated nerve glide"_s);

    advance(10s);
    EXPECT_EQ(view()->phaseTitle(), u"Move"_s);
    EXPECT_EQ(view()->phaseDetail(), u"Rep 1 of 10 · Left side"_s);
    advance(50s);
    EXPECT_EQ(view()->phaseTitle(), u"Switch side"_s);
    EXPECT_EQ(view()->phaseDetail(), u"Right side"_s);
    EXPECT_EQ(labelNamed(u"phaseHint"_s)->text(), u"Change to your right side."_s);
    advance(5s);
    EXPECT_EQ(view()->phaseDetail(), u"Rep 1 of 10 · Right side"_s);
    EXPECT_EQ(labelNamed(u"timeLeft"_s)->text(), u"0:50 left"_s);

    // The last 50 seconds in uneven steps: the routine ends on time and shows the summary.
    for (int i = 0; i < 7; ++i)
        advance(7s);
    EXPECT_FALSE(view()->showsSummary());
    advance(1s);
    ASSERT_TRUE(view()->showsSummary());
    EXPECT_EQ(view()->phaseTitle(), u"Well done"_s);
    EXPECT_EQ(labelNamed(u"summaryTitle"_s)->text(), u"You finished the routine."_s);
    // The bridge was left after its first rep had started but none was held to the end: skipped. The glide: done.
    EXPECT_TRUE(labelNamed(u"summaryCounts"_s)->text().startsWith(u"1 done · 1 skipped"_s))
        << labelNamed(u"summaryCounts"_s)->text().toStdString();
    auto *list = child<QListWidget>(page, u"summaryList"_s);
    ASSERT_EQ(list->count(), 2);
    EXPECT_EQ(list->item(1)->text(), u"✓   Seated nerve glide — Done"_s);
    EXPECT_EQ(list->item(0)->text(), u"–   Glute bridge — Skipped"_s);
    EXPECT_TRUE(buttonNamed(u"doneButton"_s)->isVisible());
    EXPECT_FALSE(page->controls()->isVisible());

    QSignalSpy closing(page.get(), &PlayerPage::closeRequested);
    QTest::mouseClick(buttonNamed(u"doneButton"_s), Qt::LeftButton);
    EXPECT_EQ(closing.count(), 1);
}

// The controls' glyphs are one set, drawn in the colour of each button's text (the style's icons were of several
// styles and colours: a green "+15 s", a coloured Restart).
TEST_F(Player, ControlGlyphsAreDrawnInTheButtonsTextColour)
{
    ASSERT_TRUE(page->prepareRoutine(u"morning"_s));
    key(Qt::Key_Space);
    const auto centre = [](const QPushButton *button) {
        return button->icon().pixmap(QSize(32, 32)).toImage().pixelColor(17, 16).rgb();
    };
    EXPECT_EQ(centre(buttonNamed(u"stopButton"_s)), theme::text().rgb());
    key(Qt::Key_Space); // paused: the main button plays
    EXPECT_EQ(centre(buttonNamed(u"pauseButton"_s)), theme::onAccent().rgb()) << "on the accent";
}

TEST_F(Player, EscapeAsksBeforeStopping)
{
    ASSERT_TRUE(page->prepareRoutine(u"morning"_s));
    key(Qt::Key_Space); // Space starts from the list too
    ASSERT_FALSE(page->isPreparing());
    advance(3s);

    key(Qt::Key_Escape);
    auto *box = child<QMessageBox>(page, u"stopConfirm"_s);
    EXPECT_EQ(page->controller()->session().state(), SessionState::Paused) << "the clock waits for the answer";
    // The question heads the box (a title bar is easily missed); the buttons say what they do, with no stock icons.
    EXPECT_EQ(box->text(), u"Stop the routine?"_s);
    EXPECT_EQ(box->icon(), QMessageBox::NoIcon);
    for (const QAbstractButton *button : box->buttons())
        EXPECT_TRUE(button->icon().isNull()) << button->text().toStdString();
    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    EXPECT_EQ(page->controller()->session().state(), SessionState::Running);
    EXPECT_FALSE(view()->showsSummary());

    key(Qt::Key_Escape);
    box = child<QMessageBox>(page, u"stopConfirm"_s);
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    EXPECT_EQ(page->controller()->session().state(), SessionState::Stopped);
    ASSERT_TRUE(view()->showsSummary());
    EXPECT_EQ(view()->phaseTitle(), u"Stopped"_s);
    EXPECT_EQ(labelNamed(u"summaryTitle"_s)->text(), u"You stopped the routine early."_s);
    EXPECT_TRUE(labelNamed(u"summaryCounts"_s)->text().contains(u"Time taken: 0:03"_s));
}

TEST_F(Player, EveryControlHasAButtonWithATooltip)
{
    ASSERT_TRUE(page->prepareRoutine(u"morning"_s));
    page->start();
    for (const QString &name : {u"previousButton"_s, u"restartButton"_s, u"pauseButton"_s, u"nextButton"_s,
             u"addTimeButton"_s, u"stopButton"_s, u"presentButton"_s}) {
        SCOPED_TRACE(name.toStdString());
        QPushButton *b = buttonNamed(name);
        ASSERT_NE(b, nullptr);
        EXPECT_FALSE(b->toolTip().isEmpty());
        EXPECT_TRUE(b->isEnabled());
    }
    QTest::mouseClick(buttonNamed(u"addTimeButton"_s), Qt::LeftButton);
    EXPECT_EQ(ringNumber(), u"30"_s) << "15 s of get-ready and 15 s more";
    QTest::mouseClick(buttonNamed(u"nextButton"_s), Qt::LeftButton);
    EXPECT_EQ(view()->phaseTitle(), u"Move into position"_s);
    QTest::mouseClick(buttonNamed(u"pauseButton"_s), Qt::LeftButton);
    EXPECT_EQ(page->controller()->session().state(), SessionState::Paused);
}

TEST_F(Player, WithoutSoundTheCuesAreVisualAndItSaysSoOnce)
{
    ASSERT_TRUE(page->prepareRoutine(u"morning"_s));
    QLabel *notice = labelNamed(u"soundNotice"_s);
    page->start();
    advance(15s);
    advance(2s); // the first hold: a beep is due
    ASSERT_TRUE(notice->isVisible()) << "this machine has no sound card";
    EXPECT_TRUE(notice->text().endsWith(u"Cues are shown on screen only."_s));
    EXPECT_TRUE(view()->isFlashing());
}

TEST_F(Player, ThePresentationScreenFollowsTheSameSession)
{
    ASSERT_TRUE(page->prepareRoutine(u"morning"_s));
    page->start();
    page->present();
    PresentationWindow *presentation = page->presentation();
    ASSERT_NE(presentation, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(presentation));
    EXPECT_TRUE(presentation->isFullScreen());
    EXPECT_TRUE(presentation->view()->isPresentation());
    EXPECT_TRUE(presentation->controls()->isVisible()) << "with one screen the presentation carries the controls";
    EXPECT_EQ(presentation->view()->phaseTitle(), u"Get ready"_s);

    advance(17s);
    EXPECT_EQ(presentation->view()->phaseTitle(), u"Hold"_s);
    EXPECT_EQ(child<CountdownRing>(presentation->view(), u"countdownRing"_s)->number(),
        child<CountdownRing>(view(), u"countdownRing"_s)->number());
    EXPECT_TRUE(presentation->view()->isFlashing());
    // Large type: at least 1.3× the window's, more on a bigger screen.
    const auto *big = child<QLabel>(presentation->view(), u"exerciseTitle"_s);
    const auto *small = child<QLabel>(view(), u"exerciseTitle"_s);
    EXPECT_GE(QFontInfo(big->font()).pixelSize() * 10, QFontInfo(small->font()).pixelSize() * 12);

    // A clicker's key on the presentation screen drives the same session.
    ASSERT_TRUE(QTest::qWaitForWindowActive(presentation));
    QTest::keyClick(presentation, Qt::Key_PageDown);
    EXPECT_EQ(view()->exerciseTitle(), u"Seated nerve glide"_s);
    EXPECT_EQ(presentation->view()->exerciseTitle(), u"Seated nerve glide"_s);
    // Esc leaves the presentation, not the routine.
    QTest::keyClick(presentation, Qt::Key_Escape);
    EXPECT_FALSE(presentation->isVisible());
    EXPECT_EQ(page->controller()->session().state(), SessionState::Running);
}

TEST_F(Player, ASingleExercise)
{
    ASSERT_TRUE(page->prepareExercise(u"cat-cow"_s));
    EXPECT_EQ(page->title(), u"Before you start: Cat-cow"_s);
    // Its dose is listed, as a routine's are, and can be changed for this session.
    QTableWidget *table = child<DosageTable>(page, u"dosageTable"_s);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), u"Cat-cow"_s);
    auto *reps = qobject_cast<QSpinBox *>(table->cellWidget(0, 2));
    ASSERT_NE(reps, nullptr);
    EXPECT_EQ(reps->value(), 8);
    reps->setValue(4);
    EXPECT_EQ(page->controller()->session().plan().items[0].dosage.reps->value, 4);
    EXPECT_TRUE(labelNamed(u"sessionLength"_s)->text().startsWith(u"Takes "_s));
    reps->setValue(8);
    page->start();
    EXPECT_EQ(labelNamed(u"exercisePosition"_s)->text(), QString()) << "no 'Exercise 1 of 1'";
    advance(15s);
    EXPECT_EQ(view()->phaseTitle(), u"Move"_s);
    EXPECT_EQ(view()->phaseDetail(), u"Rep 1 of 8"_s);
    advance(8 * 4s);
    EXPECT_TRUE(view()->showsSummary());
}

// A walk lasts as long as the person walks: its before-you-start must not say "under a minute".
TEST(PlayerLength, AWalkAtYourOwnPaceIsNotCalledShort)
{
    QSettings().remove(u"safety"_s);
    FakeClock clock;
    PlayerPage page(nullptr, &clock);
    page.setBank(shippedBankState().bank);
    auto *length = child<QLabel>(&page, u"sessionLength"_s);
    ASSERT_TRUE(page.prepareExercise(u"walking"_s));
    EXPECT_EQ(length->text(), u"At your own pace"_s);
    ASSERT_TRUE(page.prepareRoutine(u"walking-and-mobility"_s));
    EXPECT_TRUE(length->text().endsWith(u", plus the time you choose"_s)) << length->text().toStdString();
    ASSERT_TRUE(page.prepareExercise(u"bridge"_s));
    EXPECT_TRUE(length->text().startsWith(u"Takes about "_s)) << length->text().toStdString();
}

TEST(PlayerInWindow, RoutinesStartTheirPlayerAndBackReturns)
{
    MainWindow window(smallBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Routines);
    ASSERT_TRUE(window.routinesPage()->showRoutine(u"evening"_s));
    QTest::mouseClick(child<QPushButton>(window.routinesPage(), u"startRoutineButton"_s), Qt::LeftButton);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Player);
    EXPECT_TRUE(window.playerPage()->isPreparing());
    EXPECT_EQ(window.playerPage()->title(), u"Before you start: Evening wind-down"_s);
    QTest::mouseClick(child<QPushButton>(window.playerPage(), u"backButton"_s), Qt::LeftButton);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Routines);

    // Going elsewhere mid-routine pauses it, and View ▸ Player goes back to it.
    ASSERT_TRUE(window.playRoutine(u"morning"_s, true));
    EXPECT_EQ(window.playerPage()->controller()->session().state(), SessionState::Ready) << "the check-in comes first";
    QTest::mouseClick(child<QPushButton>(window.playerPage()->checkInBefore(), u"checkInSkip"_s), Qt::LeftButton);
    EXPECT_EQ(window.playerPage()->controller()->session().state(), SessionState::Running);
    window.showPage(MainWindow::Page::Library);
    EXPECT_EQ(window.playerPage()->controller()->session().state(), SessionState::Paused);
    window.showPage(MainWindow::Page::Player);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Player);
}

TEST(PlayerCommandLine, AnUnknownRoutineIsRefused)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LUMBAR_RELIEF_EXE), {u"--play"_s, u"no-such-routine"_s});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("no routine 'no-such-routine'"));
}

TEST(PlayerCommandLine, PlaysARoutineStraightAway)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QTemporaryDir home;
    env.insert(u"XDG_DATA_HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.path());
    QProcess process;
    process.setProcessEnvironment(env);
    const QString shot = home.filePath(u"player.png"_s);
    process.start(QStringLiteral(LUMBAR_RELIEF_EXE),
        {u"--play"_s, u"gentle-start"_s, u"--present"_s, u"--at"_s, u"20"_s, u"--pause"_s, u"--screenshot"_s, shot});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    EXPECT_TRUE(QFile::exists(shot));
}

} // namespace

namespace {

TEST(PlayerInWindow, TheLibraryStartsOneExercise)
{
    MainWindow window(smallBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.libraryPage()->showExercise(u"bridge"_s));
    auto *start = child<QPushButton>(window.libraryPage(), u"startExerciseButton"_s);
    EXPECT_FALSE(start->toolTip().isEmpty());
    QTest::mouseClick(start, Qt::LeftButton);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Player);
    EXPECT_EQ(window.playerPage()->title(), u"Before you start: Glute bridge"_s);
    window.playerPage()->start();
    EXPECT_EQ(window.playerPage()->view()->exerciseTitle(), u"Glute bridge"_s);
    QTest::mouseClick(child<QPushButton>(window.playerPage(), u"stopButton"_s), Qt::LeftButton);
    auto *box = child<QMessageBox>(window.playerPage(), u"stopConfirm"_s);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(window.playerPage(), u"doneButton"_s), Qt::LeftButton);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Library) << "Done returns to where the exercise was started";
}

} // namespace

namespace {

TEST(PlayerInWindow, BeepsAndVoiceAreSettingsKeptInStepWithThePlayersSwitches)
{
    QSettings().remove(u"player"_s);
    MainWindow window(smallBankState());
    auto *sound = child<QAction>(&window, u"soundSetting"_s);
    auto *voice = child<QAction>(&window, u"voiceSetting"_s);
    EXPECT_TRUE(sound->isChecked()) << "on unless turned off";
    voice->setChecked(false);
    EXPECT_FALSE(PlayerPage::voiceSetting()) << "remembered before the player exists";

    ASSERT_TRUE(window.playRoutine(u"morning"_s));
    auto *voiceToggle = child<QToolButton>(window.playerPage(), u"voiceToggle"_s);
    EXPECT_FALSE(voiceToggle->isChecked()) << "the player starts with the setting";
    auto *soundToggle = child<QToolButton>(window.playerPage(), u"soundToggle"_s);
    soundToggle->click();
    EXPECT_FALSE(PlayerPage::soundSetting());
    EXPECT_FALSE(sound->isChecked()) << "the menu follows the player's switch";
    EXPECT_EQ(soundToggle->text(), u"Beeps off"_s);
    sound->setChecked(true);
    EXPECT_TRUE(soundToggle->isChecked()) << "and the switch follows the menu";
    QSettings().remove(u"player"_s);
}

} // namespace
