// Reminders on a fake clock: one reminder at each time chosen, one (not a pile) after the computer slept through
// several, none when off; the choice kept in the settings; the dialog suggesting times from the routine's "how
// often" and refusing what is not a time; and, with no system tray (offscreen), the reminder shown in the window and
// the tray's Start opening the routine in the player.
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/reminders/reminderbanner.h"
#include "ui/reminders/reminderdialog.h"
#include "ui/reminders/reminders.h"
#include "ui/reminders/remindertray.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

const QDate monday(2026, 11, 30);

FakeClock startingAt(const QDateTime &time)
{
    FakeClock clock;
    clock.wallNow = time;
    return clock;
}

class ReminderClock : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().remove(u"reminders"_s); }
    void TearDown() override { QSettings().remove(u"reminders"_s); }

    void at(int hour, int minute, int days = 0) { now = QDateTime(monday.addDays(days), QTime(hour, minute)); }

    FakeClock clock = startingAt(QDateTime(monday, QTime(8, 0)));
    QDateTime &now = clock.wallNow;
    Reminders reminders{nullptr, &clock};
};

TEST_F(ReminderClock, OneReminderAtEachTimeChosen)
{
    at(8, 58);
    reminders.setSettings({true, u"desk-break"_s, {9 * 60, 18 * 60}});
    QSignalSpy due(&reminders, &Reminders::due);
    at(8, 59);
    reminders.check();
    EXPECT_EQ(due.count(), 0);
    at(9, 0);
    reminders.check();
    ASSERT_EQ(due.count(), 1);
    EXPECT_EQ(due.at(0).at(0).toString(), u"desk-break"_s);
    EXPECT_EQ(due.at(0).at(1).toDateTime(), QDateTime(monday, QTime(9, 0)));
    at(9, 1);
    reminders.check();
    EXPECT_EQ(due.count(), 1); // not again
    at(18, 0);
    reminders.check();
    EXPECT_EQ(due.count(), 2);
    at(9, 0, 1); // the next morning
    reminders.check();
    EXPECT_EQ(due.count(), 3);
}

TEST_F(ReminderClock, AComputerThatSleptThroughSeveralGetsOne)
{
    at(8, 0);
    reminders.setSettings({true, u"gentle-start"_s, {9 * 60, 13 * 60, 19 * 60}});
    QSignalSpy due(&reminders, &Reminders::due);
    at(14, 5);
    reminders.check();
    ASSERT_EQ(due.count(), 1);
    EXPECT_EQ(due.at(0).at(1).toDateTime(), QDateTime(monday, QTime(13, 0))); // the latest of the two missed
}

TEST_F(ReminderClock, OffOrWithoutTimesThereAreNone)
{
    at(8, 0);
    reminders.setSettings({false, u"gentle-start"_s, {9 * 60}});
    QSignalSpy due(&reminders, &Reminders::due);
    at(10, 0);
    reminders.check();
    EXPECT_EQ(due.count(), 0);
    EXPECT_FALSE(reminders.next().has_value());
    reminders.setSettings({true, u"gentle-start"_s, {}});
    at(11, 0);
    reminders.check();
    EXPECT_EQ(due.count(), 0);
}

TEST_F(ReminderClock, TurningThemOnDoesNotRemindOfTimesAlreadyPast)
{
    at(12, 0);
    reminders.setSettings({true, u"gentle-start"_s, {9 * 60}});
    QSignalSpy due(&reminders, &Reminders::due);
    reminders.check();
    EXPECT_EQ(due.count(), 0);
    EXPECT_EQ(reminders.next(), QDateTime(monday.addDays(1), QTime(9, 0)));
}

TEST_F(ReminderClock, TheChoiceIsKeptInTheSettings)
{
    EXPECT_FALSE(Reminders::load().on);
    const Reminders::Settings chosen{true, u"desk-break"_s, {7 * 60 + 30, 19 * 60}};
    Reminders::save(chosen);
    EXPECT_EQ(Reminders::load(), chosen);
}

TEST(ReminderDialogTest, SuggestsTimesAndRefusesWhatIsNotATime)
{
    const BankState state = shippedBankState();
    ReminderDialog dialog(state.bank, {}, nullptr);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    child<QComboBox>(&dialog, u"reminderRoutine"_s)
        ->setCurrentIndex(child<QComboBox>(&dialog, u"reminderRoutine"_s)->findData(u"gentle-start"_s));
    QTest::mouseClick(child<QPushButton>(&dialog, u"reminderSuggest"_s), Qt::LeftButton);
    // Gentle start asks for once to three times a day: once unless the therapist says more.
    EXPECT_EQ(child<QLineEdit>(&dialog, u"reminderTimes"_s)->text(), u"09:00"_s);

    child<QCheckBox>(&dialog, u"remindersOn"_s)->setChecked(true);
    child<QLineEdit>(&dialog, u"reminderTimes"_s)->clear();
    QTest::keyClicks(child<QLineEdit>(&dialog, u"reminderTimes"_s), u"7:30, 25:00"_s);
    EXPECT_FALSE(child<QPushButton>(&dialog, u"reminderOk"_s)->isEnabled());
    EXPECT_TRUE(dialog.problem().contains(u"25:00"_s)) << dialog.problem().toStdString();
    EXPECT_FALSE(dialog.settings().has_value());

    child<QLineEdit>(&dialog, u"reminderTimes"_s)->clear();
    QTest::keyClicks(child<QLineEdit>(&dialog, u"reminderTimes"_s), u"19:00 7:30"_s);
    ASSERT_TRUE(child<QPushButton>(&dialog, u"reminderOk"_s)->isEnabled());
    const auto settings = dialog.settings();
    ASSERT_TRUE(settings.has_value());
    EXPECT_TRUE(settings->on);
    EXPECT_EQ(settings->routineId, u"gentle-start"_s);
    EXPECT_EQ(settings->times, (std::vector<int>{7 * 60 + 30, 19 * 60}));
}

class RemindersInTheApp : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().remove(u"reminders"_s); }
    void TearDown() override { QSettings().remove(u"reminders"_s); }
};

TEST_F(RemindersInTheApp, ChosenInTheDialogAndKept)
{
    MainWindow window(shippedBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ReminderDialog *dialog = window.openReminderDialog();
    child<QComboBox>(dialog, u"reminderRoutine"_s)
        ->setCurrentIndex(child<QComboBox>(dialog, u"reminderRoutine"_s)->findData(u"desk-break"_s));
    child<QCheckBox>(dialog, u"remindersOn"_s)->setChecked(true);
    child<QLineEdit>(dialog, u"reminderTimes"_s)->setText(u"10:30, 15:00"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"reminderOk"_s), Qt::LeftButton);
    EXPECT_TRUE(window.reminders()->isOn());
    const Reminders::Settings kept = Reminders::load();
    EXPECT_TRUE(kept.on);
    EXPECT_EQ(kept.routineId, u"desk-break"_s);
    EXPECT_EQ(kept.times, (std::vector<int>{10 * 60 + 30, 15 * 60}));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(u"Next reminder"_s))
        << window.statusBar()->currentMessage().toStdString();
}

TEST_F(RemindersInTheApp, WithoutATrayTheWindowSaysItAndStartOpensTheRoutine)
{
    Reminders::save({true, u"nhs-sciatica-stretches"_s, {9 * 60}});
    MainWindow window(shippedBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_FALSE(ReminderTray::isAvailable()); // offscreen has no tray
    EXPECT_FALSE(child<ReminderTray>(&window, u"reminderTray"_s)->isShown());
    EXPECT_TRUE(window.reminders()->isOn());

    auto *banner = child<ReminderBanner>(&window, u"reminderBanner"_s);
    EXPECT_FALSE(banner->isVisible());
    emit window.reminders()->due(u"nhs-sciatica-stretches"_s, QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
    ASSERT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(u"NHS-style sciatica stretches"_s)) << banner->text().toStdString();
    QTest::mouseClick(child<QPushButton>(banner, u"reminderLater"_s), Qt::LeftButton);
    EXPECT_FALSE(banner->isVisible());

    emit window.reminders()->due(u"nhs-sciatica-stretches"_s, QDateTime(QDate(2026, 12, 1), QTime(18, 0)));
    QTest::mouseClick(child<QPushButton>(banner, u"reminderStart"_s), Qt::LeftButton);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Player);
    EXPECT_FALSE(banner->isVisible());

    // The tray menu's Start (also what a click on the tray's message does) opens the routine in the player.
    window.showPage(MainWindow::Page::Library);
    EXPECT_TRUE(child<QAction>(child<ReminderTray>(&window, u"reminderTray"_s)->menu(), u"trayStart"_s)
                    ->text()
                    .contains(u"NHS-style sciatica stretches"_s));
    child<QAction>(child<ReminderTray>(&window, u"reminderTray"_s)->menu(), u"trayStart"_s)->trigger();
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Player);
}

} // namespace
