// Red-flag screening in the app: the warning-signs questions by mouse, the urgent notice, the answers kept, and the
// player that will not start a routine until the user confirms they have sought care.
#include "testsupport.h"

#include "ui/app/firstrunnotice.h"
#include "ui/app/mainwindow.h"
#include "ui/care/carepage.h"
#include "ui/care/redflagcheckdialog.h"
#include "ui/care/regionsetting.h"
#include "ui/care/safetystate.h"
#include "ui/care/urgentnotice.h"
#include "ui/history/checkinpanel.h"
#include "ui/player/playerpage.h"
#include "ui/player/playerview.h"
#include "ui/text/uitext.h"

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

class Safety : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().remove(u"safety"_s); }
    void TearDown() override { QSettings().remove(u"safety"_s); }

    static void click(QWidget *parent, const QString &name)
    {
        QTest::mouseClick(child<QAbstractButton>(parent, name), Qt::LeftButton);
    }
};

TEST_F(Safety, TheWarningSignsCheckShowsTheActionForTheMostUrgentYes)
{
    MainWindow window(smallBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Care);
    EXPECT_FALSE(window.carePage()->notice()->isVisible()) << "nothing answered, nothing to say";

    click(window.carePage(), u"redFlagCheckButton"_s);
    auto *dialog = child<RedFlagCheckDialog>(window.carePage(), u"redFlagCheck"_s);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    UrgentNotice *notice = dialog->notice();

    for (const QString &id : {u"saddle"_s, u"fever"_s, u"see-gp"_s})
        click(dialog, u"no:"_s + id);
    EXPECT_FALSE(notice->isVisible());
    EXPECT_TRUE(window.safety()->screen().isComplete());

    click(dialog, u"yes:see-gp"_s);
    ASSERT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->title(), u"See your doctor or physiotherapist"_s);
    // Slow recovery is common in sciatica and no source says to stop exercising for it: nothing is locked.
    EXPECT_FALSE(window.safety()->needsCareFirst());
    EXPECT_FALSE(child<QPushButton>(notice, u"careConfirmButton"_s)->isVisibleTo(notice));
    EXPECT_TRUE(notice->text().contains(u"You can go on with the exercises meanwhile"_s));
    EXPECT_TRUE(notice->isCalm()) << "an appointment to book is not shown as an alarm";
    click(dialog, u"yes:fever"_s);
    EXPECT_EQ(notice->title(), u"Speak to a doctor today"_s);
    click(dialog, u"yes:saddle"_s);
    EXPECT_EQ(notice->title(), u"Get emergency help now"_s);
    EXPECT_FALSE(notice->isCalm());
    EXPECT_TRUE(notice->text().contains(u"Is the area between your legs numb?"_s));
    const RedFlag *saddle = window.bankState().bank->redFlag("saddle");
    EXPECT_TRUE(notice->text().startsWith(region::action(*window.bankState().bank, *saddle)))
        << "what to do now comes first";
    EXPECT_TRUE(window.safety()->needsCareFirst());
    EXPECT_TRUE(window.carePage()->notice()->isVisible()) << "the Care page says it too";

    // A changed answer is taken back at once.
    click(dialog, u"no:saddle"_s);
    EXPECT_EQ(notice->title(), u"Speak to a doctor today"_s);

    // Kept for next time.
    SafetyState reopened(window.bankState().bank);
    EXPECT_EQ(reopened.screen().answer("fever"), Answer::Yes);
    EXPECT_EQ(reopened.screen().answer("saddle"), Answer::No);
    EXPECT_TRUE(reopened.needsCareFirst());

    // Clearing a "yes" that holds the routines is asked first; keeping the answer changes nothing.
    click(dialog, u"clearAnswersButton"_s);
    auto *question = child<QMessageBox>(dialog, u"unlockQuestion"_s);
    click(question, u"unlockKeep"_s);
    EXPECT_TRUE(window.safety()->needsCareFirst());
    click(dialog, u"clearAnswersButton"_s);
    question = child<QMessageBox>(dialog, u"unlockQuestion"_s);
    ASSERT_NE(question, nullptr);
    click(question, u"unlockConfirm"_s);
    EXPECT_FALSE(notice->isVisible());
    EXPECT_FALSE(child<QRadioButton>(dialog, u"yes:fever"_s)->isChecked());
    EXPECT_FALSE(child<QRadioButton>(dialog, u"no:fever"_s)->isChecked());
}

// Enter, pressed for anything, never says care has been sought (that takes a click or Space) and never clears the
// answers: it closes the check with the answers kept.
// An arrow key on an answered question moves the choice, as in any radio group; taking back the "yes" that holds the
// routines is asked first, so a stray key cannot unlock them.
TEST_F(Safety, TakingBackTheYesThatHoldsTheRoutinesIsAskedFirst)
{
    MainWindow window(smallBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.safety()->setAnswer(u"saddle"_s, Answer::Yes);
    window.showPage(MainWindow::Page::Care);
    click(window.carePage(), u"redFlagCheckButton"_s);
    auto *dialog = child<RedFlagCheckDialog>(window.carePage(), u"redFlagCheck"_s);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    auto *yes = child<QRadioButton>(dialog, u"yes:saddle"_s);
    yes->setFocus();
    QTest::keyClick(yes, Qt::Key_Right);
    EXPECT_EQ(window.safety()->screen().answer("saddle"), Answer::Yes) << "not until the user says so";
    EXPECT_TRUE(yes->isChecked());
    auto *question = child<QMessageBox>(dialog, u"unlockQuestion"_s);
    EXPECT_TRUE(question->text().contains(u"Is the area between your legs numb?"_s));
    click(question, u"unlockConfirm"_s);
    EXPECT_EQ(window.safety()->screen().answer("saddle"), Answer::No);
    EXPECT_FALSE(window.safety()->needsCareFirst());
}

TEST_F(Safety, EnterNeitherConfirmsCareNorClearsTheAnswers)
{
    MainWindow window(smallBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.safety()->setAnswer(u"saddle"_s, Answer::Yes);
    window.showPage(MainWindow::Page::Care);
    click(window.carePage(), u"redFlagCheckButton"_s);
    QPointer<RedFlagCheckDialog> dialog = child<RedFlagCheckDialog>(window.carePage(), u"redFlagCheck"_s);
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    EXPECT_FALSE(child<QPushButton>(dialog->notice(), u"careConfirmButton"_s)->hasFocus())
        << "the questions take the focus first";
    child<QPushButton>(dialog->notice(), u"careConfirmButton"_s)->setFocus();
    QTest::keyClick(child<QPushButton>(dialog->notice(), u"careConfirmButton"_s), Qt::Key_Return);
    EXPECT_FALSE(window.safety()->careConfirmed());
    EXPECT_EQ(window.safety()->screen().answer("saddle"), Answer::Yes);
    EXPECT_TRUE(window.safety()->needsCareFirst());
}

TEST_F(Safety, ThePlayerShowsTheNoticeBeforeAnyRoutineUntilCareIsConfirmed)
{
    MainWindow window(smallBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.safety()->setAnswer(u"fever"_s, Answer::Yes);

    // Even "start straight away" (--play) stops at the notice.
    ASSERT_TRUE(window.playRoutine(u"morning"_s, true, true));
    PlayerPage *page = window.playerPage();
    EXPECT_TRUE(page->isPreparing());
    EXPECT_EQ(page->controller()->session().state(), SessionState::Ready);
    EXPECT_EQ(page->presentation(), nullptr);
    auto *notice = child<UrgentNotice>(page, u"urgentNotice"_s);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->title(), u"Speak to a doctor today"_s);
    auto *start = child<QPushButton>(page, u"startButton"_s);
    EXPECT_FALSE(start->isEnabled());

    QTest::mouseClick(child<QPushButton>(notice, u"careConfirmButton"_s), Qt::LeftButton);
    EXPECT_TRUE(window.safety()->careConfirmed());
    EXPECT_TRUE(start->isEnabled());
    EXPECT_FALSE(child<QPushButton>(notice, u"careConfirmButton"_s)->isVisible());
    EXPECT_TRUE(notice->isVisible()) << "the advice stays in view";
    QTest::mouseClick(start, Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(page->checkInBefore(), u"checkInSkip"_s), Qt::LeftButton);
    EXPECT_EQ(page->controller()->session().state(), SessionState::Running);

    // A new "yes" asks again.
    window.safety()->setAnswer(u"saddle"_s, Answer::Yes);
    EXPECT_TRUE(window.safety()->needsCareFirst());
    EXPECT_TRUE(child<QPushButton>(notice, u"careConfirmButton"_s)->isVisibleTo(notice));
}

} // namespace

namespace {

// A reader in Spain, asked once at first run: the notice gives 112 as they choose, the choice is kept, and the
// urgent notice then sends them to 112 and their health centre, in Spanish bank text too.
TEST_F(Safety, TheFirstRunNoticeAsksWhereTheReaderLivesAndTheNumbersFollow)
{
    QSettings().remove(u"safety/region"_s);
    MainWindow window(smallBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    FirstRunNotice *notice = window.showFirstRunNotice(true);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(notice));
    auto *where = child<QComboBox>(notice, u"firstRunRegion"_s);
    EXPECT_EQ(where->currentIndex(), static_cast<int>(region::available().indexOf(region::fromSystem())))
        << "the first guess is the system's";
    where->setFocus();
    QTest::keyClicks(where, u"Spain"_s); // a closed combo box jumps to the item typed
    ASSERT_EQ(where->currentText(), u"Spain"_s);
    EXPECT_EQ(child<QLabel>(notice, u"firstRunEmergency"_s)->text(), u"In an emergency: call 112."_s);
    QTest::mouseClick(child<QPushButton>(notice, u"firstRunUnderstood"_s), Qt::LeftButton);
    EXPECT_EQ(region::chosen(), Region::Spain) << "kept in the settings";

    window.safety()->setAnswer(u"saddle"_s, Answer::Yes);
    window.safety()->setAnswer(u"fever"_s, Answer::Yes);
    const QString text = window.carePage()->notice()->text();
    EXPECT_TRUE(text.startsWith(u"Get help now: call 112."_s)) << text.toStdString();
    // Only the most urgent level's action: the urgent sign's gentler advice does not follow "get help now".
    EXPECT_FALSE(text.contains(u"See a doctor today"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Do you have a fever?"_s)) << "every sign answered yes is still listed";

    setBankLanguage("es");
    EXPECT_EQ(region::action(*window.bankState().bank, *window.bankState().bank->redFlag("saddle")),
        u"Get help now: llama al 112."_s);
    setBankLanguage("en");
    region::choose(Region::UnitedKingdom);
}

} // namespace
