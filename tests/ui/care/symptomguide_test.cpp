// The symptoms guide as a patient uses it: clicking the body map (front and back, left and right), ticking what it
// feels like, reading the suggestions and following their links; the warning-signs step before all of it.
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/care/bodymap.h"
#include "ui/care/carepage.h"
#include "ui/care/redflagcheckdialog.h"
#include "ui/care/safetystate.h"
#include "ui/care/symptomguidepanel.h"
#include "ui/library/librarypage.h"
#include "ui/routines/routinespage.h"
#include "ui/widgets/safetextbrowser.h"

#include "core/contentbank.h"

#include <QAbstractButton>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

class Guide : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(u"safety"_s);
        window = std::make_unique<MainWindow>(shippedBankState());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->showPage(MainWindow::Page::Care);
        guide = window->carePage()->guide();
        map = child<BodyMap>(guide, u"bodyMap"_s);
        ASSERT_TRUE(map->isVisible()) << "the guide is the Care page's first tab";
    }
    void TearDown() override
    {
        window.reset();
        QSettings().remove(u"safety"_s);
    }

    void clickSpot(BodySpot spot, BodyMap::View view)
    {
        const QPointF at = map->spotCentre(spot, view);
        ASSERT_FALSE(at.isNull());
        ASSERT_EQ(map->spotAt(at), spot) << "the centre of a region is inside it";
        QTest::mouseClick(map, Qt::LeftButton, {}, at.toPoint());
    }

    void clickSensation(Sensation s) { QTest::mouseClick(guide->sensationButton(s), Qt::LeftButton); }

    QString resultText() const { return child<SafeTextBrowser>(guide, u"guideResult"_s)->toPlainText(); }

    // The position of `text` in the result, or -1.
    qsizetype at(const QString &text) const
    {
        return positionOf(*child<SafeTextBrowser>(guide, u"guideResult"_s), text);
    }

    std::unique_ptr<MainWindow> window;
    SymptomGuidePanel *guide = nullptr;
    BodyMap *map = nullptr;
};

constexpr BodySpot kLeftButtock{BodyRegion::Buttock, BodySide::Left};

TEST_F(Guide, ClickingTheMapAndAFeelingShowsWhatCommonlyCausesIt)
{
    EXPECT_GE(at(u"Where do you feel it?"_s), 0) << "an empty picture invites the user to mark it";

    clickSpot(kLeftButtock, BodyMap::View::Back);
    EXPECT_TRUE(map->isMarked(kLeftButtock));
    clickSensation(Sensation::Aching);
    EXPECT_TRUE(guide->sensationButton(Sensation::Aching)->isChecked());
    EXPECT_EQ(guide->picture().toText(), "left-buttock:aching");

    // Piriformis syndrome comes first under the causes, with its stretches to try and its routine.
    const qsizetype causes = at(u"What commonly causes this"_s);
    ASSERT_GE(causes, 0);
    const qsizetype piriformis = at(u"Piriformis syndrome"_s);
    EXPECT_GT(piriformis, causes);
    for (const Condition &c : window->bankState().bank->conditions()) {
        const qsizetype other = at(QString::fromStdString(c.name.text("en")));
        if (c.id != "piriformis-syndrome" && other > causes) {
            EXPECT_GT(other, piriformis) << c.id;
        }
    }
    EXPECT_GT(at(u"Exercises to try"_s), piriformis);
    EXPECT_GE(at(u"Lying piriformis stretch"_s), 0);
    EXPECT_GE(at(u"Routines to try"_s), 0);
    EXPECT_GE(at(u"When to see a doctor"_s), 0);
    EXPECT_GE(at(u"education, not a diagnosis"_s), 0);
    EXPECT_GE(child<QLabel>(guide, u"guideMarked"_s)->text().indexOf(u"Left buttock"_s), 0);
}

TEST_F(Guide, FrontAndBackEachShowThePersonsOwnLeftAndRight)
{
    // From behind, the person's left is on the viewer's left; from the front it is on the viewer's right.
    const BodySpot leftThigh{BodyRegion::Thigh, BodySide::Left};
    const BodySpot rightThigh{BodyRegion::Thigh, BodySide::Right};
    EXPECT_LT(
        map->spotCentre(leftThigh, BodyMap::View::Back).x(), map->spotCentre(rightThigh, BodyMap::View::Back).x());
    EXPECT_GT(
        map->spotCentre(leftThigh, BodyMap::View::Front).x(), map->spotCentre(rightThigh, BodyMap::View::Front).x());

    clickSpot(leftThigh, BodyMap::View::Front);
    EXPECT_TRUE(map->isMarked(leftThigh));
    EXPECT_FALSE(map->isMarked(rightThigh));
    // The same thigh seen from behind is the same spot: clicking it there unmarks it.
    clickSpot(leftThigh, BodyMap::View::Back);
    EXPECT_FALSE(map->isMarked(leftThigh));

    // The lower back and buttock are on the back only; the hip on the front only.
    EXPECT_TRUE(map->spotCentre({BodyRegion::LowerBack, BodySide::Left}, BodyMap::View::Front).isNull());
    EXPECT_TRUE(map->spotCentre({BodyRegion::Hip, BodySide::Left}, BodyMap::View::Back).isNull());
    // Every spot can be clicked somewhere.
    for (const BodyRegion r : {BodyRegion::LowerBack, BodyRegion::Buttock, BodyRegion::Hip, BodyRegion::Thigh,
             BodyRegion::Calf, BodyRegion::Foot})
        for (const BodySide side : {BodySide::Left, BodySide::Right}) {
            const BodySpot spot{r, side};
            const BodyMap::View view = r == BodyRegion::Hip ? BodyMap::View::Front : BodyMap::View::Back;
            clickSpot(spot, view);
            EXPECT_TRUE(map->isMarked(spot)) << BodyMap::spotLabel(spot).toStdString();
        }
    EXPECT_EQ(map->spots().size(), 12u);
    // Between the legs is not a region.
    EXPECT_FALSE(map->spotAt(
        map->spotCentre(leftThigh, BodyMap::View::Back) / 2 + map->spotCentre(rightThigh, BodyMap::View::Back) / 2));
}

TEST_F(Guide, TheMapWorksFromTheKeyboard)
{
    map->setFocus();
    ASSERT_TRUE(map->hasFocus());
    EXPECT_EQ(map->currentSpot(), (BodySpot{BodyRegion::LowerBack, BodySide::Left}));
    QTest::keyClick(map, Qt::Key_Down); // buttock
    QTest::keyClick(map, Qt::Key_Right); // the right one
    QTest::keyClick(map, Qt::Key_Space);
    EXPECT_TRUE(map->isMarked({BodyRegion::Buttock, BodySide::Right}));
    EXPECT_TRUE(map->accessibleDescription().contains(u"Right buttock"_s));
    QTest::keyClick(map, Qt::Key_Down);
    QTest::keyClick(map, Qt::Key_Down);
    QTest::keyClick(map, Qt::Key_Return);
    EXPECT_TRUE(map->isMarked({BodyRegion::Thigh, BodySide::Right}));
    QTest::keyClick(map, Qt::Key_Up);
    QTest::keyClick(map, Qt::Key_Up);
    QTest::keyClick(map, Qt::Key_Up);
    QTest::keyClick(map, Qt::Key_Up); // wraps round to the feet
    EXPECT_EQ(map->currentSpot(), (BodySpot{BodyRegion::Foot, BodySide::Right}));
    EXPECT_GE(at(u"What commonly causes this"_s), 0);
    QTest::keyClick(map, Qt::Key_Delete);
    EXPECT_TRUE(map->spots().empty());
    EXPECT_GE(at(u"Where do you feel it?"_s), 0);
}

TEST_F(Guide, CautionsAreShownAndNotOfferedToTry)
{
    clickSpot({BodyRegion::Calf, BodySide::Right}, BodyMap::View::Back);
    clickSensation(Sensation::Cramping);
    clickSensation(Sensation::Heaviness);
    const qsizetype change = at(u"Change or leave out"_s);
    ASSERT_GE(change, 0);
    const qsizetype pressUp = at(u"McKenzie press-up"_s);
    EXPECT_GT(at(u"Lumbar spinal stenosis"_s), 0);
    // The back-arching press-up appears, but only under "change or leave out", with stenosis's reason.
    ASSERT_GE(pressUp, 0);
    EXPECT_GT(pressUp, change);
    EXPECT_GE(at(u"Repeated arching narrows the spinal canal"_s), 0);
}

TEST_F(Guide, BothLegsPointsToTheWarningSignsAndTheCheckOpensFromThere)
{
    clickSpot({BodyRegion::Calf, BodySide::Left}, BodyMap::View::Back);
    clickSpot({BodyRegion::Calf, BodySide::Right}, BodyMap::View::Back);
    clickSensation(Sensation::Weakness);
    const qsizetype flags = at(u"Check these warning signs"_s);
    ASSERT_GE(flags, 0);
    EXPECT_GT(at(u"Do you have sciatica in both legs?"_s), flags);
    EXPECT_LT(flags, at(u"What commonly causes this"_s)) << "warning signs come before the causes";
    EXPECT_GE(at(u"First, the warning signs."_s), 0) << "nothing answered yet";

    clickLink(child<SafeTextBrowser>(guide, u"guideResult"_s), u"Answer them in the check to see what to do now"_s);
    auto *dialog = child<RedFlagCheckDialog>(window->carePage(), u"redFlagCheck"_s);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    dialog->close();
}

TEST_F(Guide, TheWarningSignsStepFollowsTheAnswers)
{
    auto *status = child<QLabel>(guide, u"guideWarningStatus"_s);
    clickSpot(kLeftButtock, BodyMap::View::Back);
    EXPECT_TRUE(status->text().startsWith(u"Not checked yet"_s));
    EXPECT_GE(at(u"First, the warning signs."_s), 0);

    SafetyState *safety = window->safety();
    for (const RedFlag *flag : safety->screen().questions())
        safety->setAnswer(QString::fromStdString(flag->id), Answer::No);
    EXPECT_TRUE(status->text().contains(u"No warning signs reported"_s));
    EXPECT_LT(at(u"First, the warning signs."_s), 0);

    safety->setAnswer(u"fever"_s, Answer::Yes);
    EXPECT_TRUE(status->text().contains(u"get medical help first"_s));
    EXPECT_GE(at(u"You answered yes to a warning sign"_s), 0);
    // Nothing on the page says to keep exercising while care comes first.
    EXPECT_LT(at(u"Care notes that apply"_s), 0);
    EXPECT_LT(at(u"Routines to try"_s), 0);
    EXPECT_FALSE(resultText().contains(u"keep gently active"_s)) << resultText().toStdString();
    safety->confirmCareSought();
    EXPECT_GE(at(u"Care notes that apply"_s), 0) << "once care has been sought, the page is whole again";
}

// A sign to book an appointment for does not hold exercise, and the guide does not say it does; its "when to see a
// doctor" list gives the region's numbers, never a raw placeholder.
TEST_F(Guide, AnAppointmentSignDoesNotContradictTheNotice)
{
    clickSpot(kLeftButtock, BodyMap::View::Back);
    SafetyState *safety = window->safety();
    for (const RedFlag *flag : safety->screen().questions())
        safety->setAnswer(QString::fromStdString(flag->id), Answer::No);
    safety->setAnswer(u"not-improving"_s, Answer::Yes);
    EXPECT_TRUE(child<QLabel>(guide, u"guideWarningStatus"_s)->text().contains(u"book an appointment"_s));
    EXPECT_LT(at(u"before trying any exercise"_s), 0);
    EXPECT_FALSE(resultText().contains(u"{emergency}"_s) || resultText().contains(u"{urgent}"_s));
}

// A marked exercise is never offered to try; it is listed under "Change or leave out" as marked for this user.
TEST_F(Guide, AMarkedExerciseIsNeverSuggested)
{
    clickSpot(kLeftButtock, BodyMap::View::Back);
    clickSpot({BodyRegion::Thigh, BodySide::Left}, BodyMap::View::Back);
    clickSensation(Sensation::Aching);
    const qsizetype tryAt = at(u"Exercises to try"_s);
    ASSERT_GE(tryAt, 0);
    const QString first = resultText()
                              .mid(resultText().indexOf(u"Exercises to try"_s))
                              .section(u'\n', 1, 1)
                              .section(u" — "_s, 0, 0)
                              .trimmed();
    const Exercise *suggested = nullptr;
    for (const Exercise &e : window->bankState().bank->exercises())
        if (QString::fromStdString(e.name.english()) == first)
            suggested = &e;
    ASSERT_NE(suggested, nullptr) << first.toStdString();
    ExerciseFlag mark;
    mark.exerciseId = suggested->id;
    mark.reason = FlagReason::Spread;
    window->carePage()->setFlags({mark});
    // From "Exercises to try" to the routines, which may name it as an item they hold.
    const QString text = resultText();
    const qsizetype from = text.indexOf(u"Exercises to try"_s);
    const QString tried = text.mid(from, text.indexOf(u"Routines to try"_s) - from);
    ASSERT_FALSE(tried.isEmpty());
    EXPECT_FALSE(tried.contains(first)) << "no longer offered to try: " << tried.toStdString();
    EXPECT_GT(at(u"Marked for you:"_s), at(u"Change or leave out"_s));
    EXPECT_EQ(resultText().count(u"Marked for you:"_s), 1);
}

TEST_F(Guide, LinksLeadToTheExerciseTheRoutineAndTheCareNote)
{
    guide->setPicture(*SymptomPicture::parse("left-buttock:aching"));
    clickLink(child<SafeTextBrowser>(guide, u"guideResult"_s), u"Keep active: avoid bed rest"_s);
    EXPECT_EQ(window->carePage()->tabs()->currentIndex(), 1) << "care notes open on their tab";
    window->carePage()->showGuide();

    clickLink(child<SafeTextBrowser>(guide, u"guideResult"_s), u"Buttock and piriformis stretches"_s);
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Routines);
    EXPECT_EQ(window->routinesPage()->currentRoutineId(), u"piriformis-relief"_s);

    window->showPage(MainWindow::Page::Care);
    clickLink(child<SafeTextBrowser>(guide, u"guideResult"_s), u"Bridge"_s);
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Library);
    EXPECT_EQ(window->libraryPage()->currentExerciseId(), u"bridge"_s);
}

TEST_F(Guide, StartAgainClearsEverything)
{
    auto *clear = child<QAbstractButton>(guide, u"guideClearButton"_s);
    EXPECT_FALSE(clear->isEnabled());
    clickSpot(kLeftButtock, BodyMap::View::Back);
    clickSensation(Sensation::Tingling);
    ASSERT_TRUE(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_TRUE(guide->picture().isEmpty());
    EXPECT_FALSE(guide->sensationButton(Sensation::Tingling)->isChecked());
    EXPECT_GE(at(u"Where do you feel it?"_s), 0);
}

TEST_F(Guide, APictureTheBankDoesNotKnowSaysSoInsteadOfGuessing)
{
    clickSpot({BodyRegion::LowerBack, BodySide::Left}, BodyMap::View::Back);
    clickSensation(Sensation::Tingling);
    EXPECT_GE(at(u"Nothing in the app's content matches"_s), 0);
    EXPECT_LT(at(u"What commonly causes this"_s), 0);
}

} // namespace
