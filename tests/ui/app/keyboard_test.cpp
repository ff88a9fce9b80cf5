// Every main screen by keyboard alone: Tab goes round each one's controls and never gets stuck, and every control
// it reaches has an accessible name (what a screen reader says) and a description (what it does).
#include "appwindowtest.h"

#include "historyfixture.h"
#include "ui/app/aboutdialog.h"
#include "ui/app/firstrunnotice.h"
#include "ui/care/carepage.h"
#include "ui/care/redflagcheckdialog.h"
#include "ui/care/safetystate.h"
#include "ui/history/historystore.h"
#include "ui/history/worsedialog.h"
#include "ui/player/playerpage.h"
#include "ui/reminders/reminderdialog.h"
#include "ui/reminders/reminders.h"
#include "ui/routines/routinebuilder.h"

#include <QAccessible>
#include <QApplication>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <vector>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

struct Stop
{
    QWidget *widget = nullptr;
    QString name;
    QString description;
    int presses = 0; // Tabs spent on it: a browser takes one per link
};

struct Round
{
    std::vector<Stop> stops;
    bool closed = false; // the focus came back to where it started: nothing kept it
};

QString describe(QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + u" '"_s + w->objectName() + u"'"_s;
}

// Presses Tab from `start` until the focus comes back round to it.
Round tabRound(QWidget *start)
{
    start->setFocus(Qt::TabFocusReason);
    Round round;
    std::vector<Stop> &stops = round.stops;
    for (int press = 0; press < 600; ++press) {
        QWidget *focused = QApplication::focusWidget();
        if (!focused)
            break;
        if (!stops.empty() && stops.back().widget == focused) {
            ++stops.back().presses;
        } else {
            if (stops.size() > 1 && focused == stops.front().widget) {
                round.closed = true;
                break;
            }
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(focused);
            // A tab bar is one stop; what a screen reader reads is its current tab.
            if (auto *bar = qobject_cast<QTabBar *>(focused); bar && a)
                a = a->child(bar->currentIndex());
            stops.push_back({focused, a ? a->text(QAccessible::Name) : QString(),
                a ? a->text(QAccessible::Description) : QString(), 1});
        }
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    return round;
}

void expectNamedAndReachable(const Round &round, const char *screen, std::size_t atLeast)
{
    EXPECT_TRUE(round.closed) << screen << ": Tab is stuck in "
                              << (round.stops.empty() ? std::string("nothing")
                                                      : describe(round.stops.back().widget).toStdString());
    EXPECT_GE(round.stops.size(), atLeast) << screen << ": Tab reaches its controls";
    for (const Stop &stop : round.stops) {
        EXPECT_FALSE(stop.name.trimmed().isEmpty())
            << screen << ": " << describe(stop.widget).toStdString() << " has no accessible name";
        EXPECT_FALSE(stop.description.trimmed().isEmpty())
            << screen << ": " << describe(stop.widget).toStdString() << " (" << stop.name.toStdString()
            << ") has no accessible description";
    }
}

class KeyboardWalk : public AppWindowTest
{
};

} // namespace

QStringList objectNames(const Round &round)
{
    QStringList names;
    for (const Stop &stop : round.stops)
        names << stop.widget->objectName();
    return names;
}

TEST_F(KeyboardWalk, TheLibrary)
{
    window->showPage(MainWindow::Page::Library);
    const Round round = tabRound(child<QWidget>(window, u"librarySearch"_s));
    expectNamedAndReachable(round, "library", 8);
    // Reading order: search, its filters, the list, what the list shows, then what to do with it.
    const QStringList order = objectNames(round);
    const QStringList expected{u"librarySearch"_s, u"filterCategory"_s, u"exerciseList"_s, u"exerciseDetail"_s,
        u"startExerciseButton"_s, u"sectionNav"_s};
    qsizetype at = -1;
    for (const QString &name : expected) {
        const qsizetype next = order.indexOf(name, at + 1);
        EXPECT_GT(next, at) << name.toStdString() << " comes after the one before it in "
                            << order.join(u", "_s).toStdString();
        at = std::max(at, next);
    }
}

TEST_F(KeyboardWalk, TheRoutines)
{
    window->showPage(MainWindow::Page::Routines);
    expectNamedAndReachable(tabRound(child<QWidget>(window, u"routineList"_s)), "routines", 5);
}

TEST_F(KeyboardWalk, EachTabOfSymptomsAndCare)
{
    window->showPage(MainWindow::Page::Care);
    QTabWidget *tabs = window->carePage()->tabs();
    ASSERT_GE(tabs->count(), 2);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const std::string screen = "care: " + tabs->tabText(i).toStdString();
        expectNamedAndReachable(tabRound(tabs->tabBar()), screen.c_str(), 3);
    }
}

TEST_F(KeyboardWalk, TheProgressPage)
{
    // A month of history, so the page has its calendar, charts and scale to walk (an empty one only says so).
    window.reset();
    QDir().remove(HistoryStore::defaultPath());
    {
        HistoryStore store(HistoryStore::defaultPath());
        ASSERT_EQ(store.open().status, HistoryStore::OpenStatus::Ready);
        ASSERT_TRUE(seedHistory(store, monthFixturePath(), QDate::currentDate()));
    }
    open();
    window->showPage(MainWindow::Page::Progress);
    QCoreApplication::processEvents(); // the page is built as it is first shown; its parts appear a turn later
    expectNamedAndReachable(tabRound(child<QWidget>(window, u"sectionNav"_s)), "progress", 6);
    window.reset();
    QDir().remove(HistoryStore::defaultPath());
}

TEST_F(KeyboardWalk, ThePlayerBeforeDuringAndTheCheckIn)
{
    ASSERT_TRUE(window->playRoutine(u"gentle-start"_s));
    PlayerPage *player = window->playerPage();
    expectNamedAndReachable(tabRound(child<QWidget>(window, u"sectionNav"_s)), "before you start", 4);
    player->start(false, true);
    expectNamedAndReachable(tabRound(child<QWidget>(window, u"sectionNav"_s)), "check-in", 4);
    player->start(false, false);
    expectNamedAndReachable(tabRound(child<QWidget>(window, u"sectionNav"_s)), "playing", 4);
}

TEST_F(KeyboardWalk, TheRoutineBuilder)
{
    QWidget *builder = window->openRoutineBuilder(QString());
    ASSERT_NE(builder, nullptr);
    QCoreApplication::processEvents();
    QWidget *first = builder->focusWidget() ? builder->focusWidget() : builder->nextInFocusChain();
    expectNamedAndReachable(tabRound(first), "routine builder", 8);
}

TEST_F(KeyboardWalk, TheSafetyNoticeAndTheWarningSignsCheck)
{
    FirstRunNotice notice(*window->bankState().bank, FirstRunNotice::Mode::FirstRun, window.get());
    notice.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&notice));
    expectNamedAndReachable(
        tabRound(notice.focusWidget() ? notice.focusWidget() : notice.nextInFocusChain()), "safety notice", 2);

    SafetyState safety(window->bankState().bank);
    RedFlagCheckDialog check(&safety, window.get());
    check.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&check));
    expectNamedAndReachable(
        tabRound(check.focusWidget() ? check.focusWidget() : check.nextInFocusChain()), "warning-signs check", 10);
}

TEST_F(KeyboardWalk, TheRemindersWorseAndAboutDialogs)
{
    ReminderDialog reminders(window->bankState().bank, Reminders::Settings{}, window.get());
    reminders.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&reminders));
    expectNamedAndReachable(
        tabRound(reminders.focusWidget() ? reminders.focusWidget() : reminders.nextInFocusChain()), "reminders", 3);

    WorseDialog worse(u"Knee-to-chest stretch"_s, window.get());
    worse.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&worse));
    expectNamedAndReachable(
        tabRound(worse.focusWidget() ? worse.focusWidget() : worse.nextInFocusChain()), "this makes it worse", 2);

    AboutDialog about(*window->bankState().bank, window.get());
    about.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&about));
    expectNamedAndReachable(tabRound(about.focusWidget() ? about.focusWidget() : about.nextInFocusChain()), "about", 1);
}
