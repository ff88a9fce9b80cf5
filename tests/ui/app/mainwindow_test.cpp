// The main window's frame: title, sections, menus and the standing medical notice.
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/bank/problemsbanner.h"
#include "ui/care/carepage.h"
#include "ui/progress/progresspage.h"
#include "ui/routines/routinespage.h"

#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

TEST(MainWindow, HasTheTitleSizeAndStandingNotice)
{
    MainWindow window(smallBankState());
    EXPECT_EQ(window.objectName(), u"mainWindow"_s);
    EXPECT_EQ(window.windowTitle(), u"Lumbar Relief"_s);
    // Roomy, but never larger than the screen it opens on.
    const QSize room = window.screen()->availableSize();
    EXPECT_GE(window.width(), std::min(1100, room.width()));
    EXPECT_GE(window.height(), std::min(700, room.height()));
    EXPECT_LE(window.width(), std::max(room.width(), window.minimumSizeHint().width()));
    EXPECT_FALSE(window.windowIcon().isNull());
    auto *notice = child<QLabel>(&window, u"disclaimer"_s);
    EXPECT_EQ(notice->text(), u"Education, not diagnosis — check with your clinician."_s);
    EXPECT_FALSE(child<ProblemsBanner>(&window, u"problemsBanner"_s)->isVisibleTo(&window))
        << "a clean bank has nothing to report";
}

TEST(MainWindow, NavigationSwitchesBetweenTheFourSections)
{
    MainWindow window(smallBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *nav = child<QListWidget>(&window, u"sectionNav"_s);
    auto *stack = child<QStackedWidget>(&window, u"pageStack"_s);
    ASSERT_EQ(nav->count(), 4);
    EXPECT_EQ(nav->item(0)->text(), u"Library"_s);
    EXPECT_EQ(nav->item(1)->text(), u"Routines"_s);
    EXPECT_EQ(nav->item(2)->text(), u"Symptoms & care"_s);
    EXPECT_EQ(nav->item(3)->text(), u"Progress"_s);
    EXPECT_FALSE(nav->item(2)->icon().isNull());
    EXPECT_FALSE(nav->item(3)->icon().isNull());

    QSignalSpy changed(&window, &MainWindow::pageChanged);
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(1)).center());
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Routines);
    EXPECT_EQ(stack->currentWidget(), window.routinesPage());
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(2)).center());
    EXPECT_EQ(stack->currentWidget(), window.carePage());
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(3)).center());
    EXPECT_EQ(stack->currentWidget(), window.progressPage());
    ASSERT_EQ(changed.count(), 3);
    EXPECT_EQ(changed.at(1).at(0).value<MainWindow::Page>(), MainWindow::Page::Care);
    EXPECT_EQ(changed.at(2).at(0).value<MainWindow::Page>(), MainWindow::Page::Progress);
}

TEST(MainWindow, HasFileQuitAndHelpAbout)
{
    MainWindow window(smallBankState());
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    EXPECT_TRUE(menus.contains(u"&File"_s));
    EXPECT_TRUE(menus.contains(u"&Help"_s));
    auto *quit = child<QAction>(&window, u"quitAction"_s);
    auto *about = child<QAction>(&window, u"aboutAction"_s);
    EXPECT_EQ(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    EXPECT_EQ(about->text(), u"&About Lumbar Relief"_s);
}
