// How the app reads: light, dark and high-contrast colours, the text size (Ctrl+plus and Ctrl+minus) with nothing
// cut off at 150%, the Spanish interface and bank, and settings kept from before the organisation name was set.
#include "appwindowtest.h"
#include "testsupport.h"

#include "ui/app/legacyfolders.h"
#include "ui/history/historytext.h"
#include "ui/library/flagbanner.h"
#include "ui/library/librarypage.h"
#include "ui/player/playerpage.h"
#include "ui/text/language.h"
#include "ui/widgets/appearancemenu.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

// Each test leaves the look as the others expect it: light, 100%, English.
class Appearance : public AppWindowTest
{
protected:
    void TearDown() override
    {
        theme::setAppearance(theme::Appearance::System);
        theme::setTextScale(100);
        language::install(u"en"_s);
        AppWindowTest::TearDown();
    }

    QAction *action(const QString &name) const { return child<QAction>(window, name); }
};

// Every button and one-line label on screen is at least as wide as its text needs. (A push button's
// minimumSizeHint says nothing; its sizeHint is its text, icon and padding.)
void expectNothingCutOff(QWidget *page, const char *where)
{
    for (auto *button : page->findChildren<QPushButton *>()) {
        if (button->isVisible()) {
            EXPECT_GE(button->width(), button->sizeHint().width())
                << where << ": the button '" << button->text().toStdString() << "' is cut off";
        }
    }
    for (auto *label : page->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty() && label->pixmap().isNull() &&
            label->textFormat() != Qt::RichText) {
            const int needs = label->fontMetrics().horizontalAdvance(label->text().section(u'\n', 0, 0));
            EXPECT_GE(label->contentsRect().width(), needs)
                << where << ": the label '" << label->text().toStdString() << "' is cut off";
        }
    }
}

} // namespace

TEST_F(Appearance, SystemFollowsTheDesktopsPaletteAndEachChoiceItsOwn)
{
    EXPECT_EQ(theme::schemeFor(theme::Appearance::System, QColor(0xef, 0xef, 0xef)), theme::Scheme::Light);
    EXPECT_EQ(theme::schemeFor(theme::Appearance::System, QColor(0x2a, 0x2a, 0x2a)), theme::Scheme::Dark);
    EXPECT_EQ(theme::schemeFor(theme::Appearance::HighContrast, QColor(0xef, 0xef, 0xef)), theme::Scheme::HighContrast);
    EXPECT_EQ(theme::schemeFor(theme::Appearance::Light, QColor(0x2a, 0x2a, 0x2a)), theme::Scheme::Light);
}

TEST_F(Appearance, HighContrastIsWhiteOnBlackAndKeptForNextTime)
{
    ASSERT_EQ(theme::scheme(), theme::Scheme::Light);
    theme::setAppearance(theme::Appearance::HighContrast);
    const QPalette palette = QApplication::palette();
    EXPECT_EQ(palette.color(QPalette::Window), QColor(Qt::black));
    EXPECT_EQ(palette.color(QPalette::WindowText), QColor(Qt::white));
    EXPECT_EQ(theme::text(), QColor(Qt::white));
    EXPECT_TRUE(theme::styleSheet().contains(u"3px solid"_s)) << "thicker focus borders";
    // Text on the accent is black, not white on yellow.
    EXPECT_EQ(palette.color(QPalette::HighlightedText), QColor(Qt::black));
    EXPECT_EQ(QSettings().value(u"view/appearance"_s).toString(), u"high-contrast"_s);

    theme::setAppearance(theme::Appearance::Dark);
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightnessF(), 0.3);
    EXPECT_GT(QApplication::palette().color(QPalette::WindowText).lightnessF(), 0.8);
}

TEST_F(Appearance, CtrlPlusAndMinusStepTheTextAndTitlesFollow)
{
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    auto *title = child<QLabel>(window->libraryPage(), u"pageTitle"_s);
    const qreal base = QApplication::font().pointSizeF();
    const qreal titleBase = title->font().pointSizeF();
    EXPECT_FALSE(action(u"normalTextAction"_s)->isEnabled()) << "already normal";

    QTest::keyClick(window.get(), Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_EQ(theme::textScale(), 110);
    QTest::keyClick(window.get(), Qt::Key_Equal, Qt::ControlModifier); // the key people press for "plus"
    EXPECT_EQ(theme::textScale(), 125);
    EXPECT_NEAR(QApplication::font().pointSizeF(), base * 1.25, 0.05);
    EXPECT_NEAR(title->font().pointSizeF(), titleBase * 1.25, 0.1) << "the page title is 1.5 times the new size";
    EXPECT_EQ(QSettings().value(u"view/textScale"_s).toInt(), 125);

    QTest::keyClick(window.get(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_EQ(theme::textScale(), 110);
    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_EQ(theme::textScale(), 100);
    EXPECT_NEAR(title->font().pointSizeF(), titleBase, 0.05);

    for (int i = 0; i < 20; ++i)
        AppearanceMenu::stepTextSize(+1);
    EXPECT_EQ(theme::textScale(), theme::textScaleSteps().last());
    EXPECT_FALSE(action(u"largerTextAction"_s)->isEnabled()) << "nothing past the largest";
}

class AtOneAndAHalf : public Appearance, public ::testing::WithParamInterface<const char *>
{
};

TEST_P(AtOneAndAHalf, TimesTheTextNothingIsCutOff)
{
    language::install(QString::fromLatin1(GetParam()));
    open(); // the window as built in that language
    theme::setTextScale(150);
    window->resize(1280, 800); // a laptop screen
    for (const MainWindow::Page page :
        {MainWindow::Page::Library, MainWindow::Page::Routines, MainWindow::Page::Care, MainWindow::Page::Progress}) {
        window->showPage(page);
        QCoreApplication::processEvents();
        expectNothingCutOff(window.get(), "at 150%");
    }
    // A marked exercise: the banner's long lines (the therapist's-word box above all) wrap beside the list.
    window->showPage(MainWindow::Page::Library);
    ExerciseFlag flag;
    flag.exerciseId = "knee-to-chest";
    flag.reason = FlagReason::Spread;
    flag.extent = LegExtent::Foot;
    flag.day = HistoryText::day(QDate(2026, 11, 16));
    window->libraryPage()->setFlags({flag});
    ASSERT_TRUE(window->libraryPage()->showExercise(u"knee-to-chest"_s));
    ASSERT_TRUE(child<FlagBanner>(window->libraryPage(), u"flagBanner"_s)->isVisible());
    QCoreApplication::processEvents();
    expectNothingCutOff(window.get(), "a marked exercise at 150%");
    // Its wrapped text gets all the lines it needs (the figure below gives up height for it).
    for (const QString &name : {u"flagBannerTitle"_s, u"flagBannerText"_s}) {
        const auto *label = child<QLabel>(child<FlagBanner>(window->libraryPage(), u"flagBanner"_s), name);
        ASSERT_NE(label, nullptr) << name.toStdString();
        EXPECT_GE(label->contentsRect().height(), label->heightForWidth(label->contentsRect().width()))
            << name.toStdString() << " is cut off";
    }
    EXPECT_LE(window->minimumSizeHint().width(), 1280) << "a marked exercise still fits a laptop screen";
    // The player too: before the start, at the check-in (its two halves one above the other) and playing.
    ASSERT_TRUE(window->playRoutine(u"nhs-sciatica-stretches"_s));
    QCoreApplication::processEvents();
    expectNothingCutOff(window.get(), "before you start, at 150%");
    window->playerPage()->start(false, true);
    QCoreApplication::processEvents();
    expectNothingCutOff(window.get(), "the check-in at 150%");
    window->playerPage()->start(false, false);
    QCoreApplication::processEvents();
    expectNothingCutOff(window.get(), "playing at 150%");
    EXPECT_LE(window->minimumSizeHint().width(), 1280) << "the window still fits a laptop screen";
}

// Spanish is the longer of the two.
INSTANTIATE_TEST_SUITE_P(InEachLanguage, AtOneAndAHalf, ::testing::Values("en", "es"));

TEST_F(Appearance, SpanishShowsTheInterfaceAndTheBankInSpanish)
{
    language::install(u"es"_s);
    EXPECT_EQ(QLocale().toString(QDate(2026, 12, 7), u"d MMMM"_s), u"7 diciembre"_s) << "dates in Spanish too";
    open(); // the window as the app builds it once Spanish is chosen
    EXPECT_EQ(window->menuBar()->actions().first()->text(), u"&Archivo"_s);
    EXPECT_EQ(child<QLabel>(window->libraryPage(), u"pageTitle"_s)->text(), u"Biblioteca de ejercicios"_s);
    ASSERT_TRUE(window->libraryPage()->showExercise(u"knee-to-chest"_s));
    const QString page = child<QTextBrowser>(window->libraryPage(), u"exerciseDetail"_s)->toPlainText();
    EXPECT_TRUE(page.contains(u"Estiramiento de rodilla al pecho"_s)) << page.left(300).toStdString();
    EXPECT_TRUE(page.contains(u"Detente si"_s) || page.contains(u"Para si"_s) || page.contains(u"Deja"_s))
        << "the stop rules are in Spanish too";

    language::install(u"en"_s);
    open();
    EXPECT_EQ(window->menuBar()->actions().first()->text(), u"&File"_s);
}

TEST(LanguageChoice, TheSystemsLanguageUnlessSettingsSayOtherwise)
{
    EXPECT_EQ(language::resolve(QString(), {u"es-MX"_s, u"en-US"_s}), u"es"_s);
    EXPECT_EQ(language::resolve(QString(), {u"de-DE"_s, u"es_ES"_s}), u"es"_s) << "the first the app has";
    EXPECT_EQ(language::resolve(QString(), {u"fr-FR"_s}), u"en"_s);
    EXPECT_EQ(language::resolve(u"en"_s, {u"es-ES"_s}), u"en"_s) << "the user's choice wins";
    EXPECT_EQ(language::resolve(u"xx"_s, {u"es-ES"_s}), u"es"_s) << "an unknown choice is ignored";
}

TEST(LegacyFolders, SettingsAndHistoryFromBeforeTheOrganisationNameMoveOver)
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString oldSettings = config + u"/Unknown Organization/lumbar-relief.conf"_s;
    const QString oldData = data + u"/lumbar-relief"_s;
    const QString newData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    ASSERT_NE(oldData, newData);
    QFile::remove(QSettings().fileName());
    QDir(newData).removeRecursively();
    ASSERT_TRUE(QDir().mkpath(QFileInfo(oldSettings).path()));
    {
        QSettings old(oldSettings, QSettings::IniFormat);
        old.setValue(u"notice/firstRunAcknowledged"_s, 3);
        old.setValue(u"safety/redFlagAnswers"_s, u"fever=no"_s);
    }
    ASSERT_TRUE(QDir().mkpath(oldData));
    {
        QFile history(oldData + u"/history.sqlite"_s);
        ASSERT_TRUE(history.open(QIODevice::WriteOnly));
        history.write("the history");
    }

    EXPECT_TRUE(moveLegacyFolders());
    EXPECT_EQ(QSettings().value(u"notice/firstRunAcknowledged"_s).toInt(), 3);
    EXPECT_EQ(QSettings().value(u"safety/redFlagAnswers"_s).toString(), u"fever=no"_s);
    EXPECT_FALSE(QFile::exists(oldSettings));
    QFile moved(newData + u"/history.sqlite"_s);
    ASSERT_TRUE(moved.open(QIODevice::ReadOnly)) << "the history is where the app now looks";
    EXPECT_EQ(moved.readAll(), QByteArray("the history"));
    EXPECT_FALSE(QFileInfo::exists(oldData));
    EXPECT_TRUE(moveLegacyFolders()) << "a second start finds nothing to move";

    QDir(newData).removeRecursively();
    QSettings().clear();
}
