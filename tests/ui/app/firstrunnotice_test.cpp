// The first-run notice: shown over the window until acknowledged once, with the bank's emergency signs; closing it
// unacknowledged on the first run closes the app; it can be read again from Help.
#include "testsupport.h"

#include "ui/app/firstrunnotice.h"
#include "ui/app/mainwindow.h"
#include "ui/widgets/theme.h"

#include "core/contentbank.h"

#include <QAction>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

class FirstRun : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().remove(u"notice"_s); }
    void TearDown() override { QSettings().remove(u"notice"_s); }
};

TEST_F(FirstRun, TheNoticeIsNeededUntilAcknowledgedOnce)
{
    EXPECT_TRUE(FirstRunNotice::needed());
    MainWindow window(shippedBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QPointer<FirstRunNotice> notice = window.showFirstRunNotice(true);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(notice.data()));
    EXPECT_TRUE(notice->isModal());
    EXPECT_TRUE(child<QPushButton>(notice, u"firstRunQuit"_s)->isVisible());

    // Every emergency sign in the bank is listed, word for word.
    const QString list = child<QLabel>(notice, u"firstRunRedFlagList"_s)->text();
    int emergencies = 0;
    for (const RedFlag &flag : window.bankState().bank->redFlags()) {
        const QString question = QString::fromStdString(flag.question.text("en")).toHtmlEscaped();
        if (flag.urgency == Urgency::Emergency) {
            ++emergencies;
            EXPECT_TRUE(list.contains(question)) << flag.id;
        } else {
            EXPECT_FALSE(list.contains(question)) << flag.id;
        }
    }
    EXPECT_GT(emergencies, 0);

    QTest::mouseClick(child<QPushButton>(notice, u"firstRunUnderstood"_s), Qt::LeftButton);
    EXPECT_FALSE(FirstRunNotice::needed());
    QTRY_VERIFY(notice.isNull()); // closed and deleted
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(QSettings().value(u"notice/firstRunAcknowledged"_s).toInt(), FirstRunNotice::version);
}

// Text at 200% makes the notice taller than the (offscreen, 800-pixel) screen, as a netbook's 600 pixels do at
// normal size: it takes no more than the screen has, its text scrolls, and "I understand" stays inside it where the
// mouse can reach it.
TEST_F(FirstRun, TheNoticeFitsTheScreenWithItsButtonsInSight)
{
    theme::setTextScale(200);
    MainWindow window(shippedBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    FirstRunNotice *notice = window.showFirstRunNotice(true);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(notice));
    const QRect screen = notice->screen()->availableGeometry();
    EXPECT_LE(notice->height(), screen.height());
    const QRect button(child<QPushButton>(notice, u"firstRunUnderstood"_s)->mapTo(notice, QPoint(0, 0)),
        child<QPushButton>(notice, u"firstRunUnderstood"_s)->size());
    EXPECT_TRUE(notice->rect().contains(button)) << "the button is inside the notice";
    auto *scroll = child<QScrollArea>(notice, u"firstRunScroll"_s);
    EXPECT_GT(scroll->verticalScrollBar()->maximum(), 0) << "the text scrolls instead";
    QTest::mouseClick(child<QPushButton>(notice, u"firstRunUnderstood"_s), Qt::LeftButton);
    EXPECT_FALSE(FirstRunNotice::needed());
    theme::setTextScale(100);
}

TEST_F(FirstRun, QuittingTheNoticeOnTheFirstRunClosesTheAppAndAsksAgainNextTime)
{
    MainWindow window(shippedBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    FirstRunNotice *notice = window.showFirstRunNotice(true);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(notice));
    QTest::mouseClick(child<QPushButton>(notice, u"firstRunQuit"_s), Qt::LeftButton);
    EXPECT_FALSE(window.isVisible());
    EXPECT_TRUE(FirstRunNotice::needed());
}

TEST_F(FirstRun, EscapeDoesNotCountAsReadingIt)
{
    MainWindow window(shippedBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    FirstRunNotice *notice = window.showFirstRunNotice(true);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(notice));
    QTest::keyClick(notice, Qt::Key_Escape);
    EXPECT_TRUE(FirstRunNotice::needed());
    EXPECT_FALSE(window.isVisible());
}

TEST_F(FirstRun, HelpShowsItAgainWithoutTheQuitButton)
{
    FirstRunNotice::acknowledge();
    MainWindow window(shippedBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *action = child<QAction>(&window, u"safetyNoticeAction"_s);
    action->trigger();
    auto *notice = window.findChild<FirstRunNotice *>();
    ASSERT_NE(notice, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(notice));
    EXPECT_FALSE(child<QPushButton>(notice, u"firstRunQuit"_s)->isVisible());
    QTest::keyClick(notice, Qt::Key_Escape);
    EXPECT_TRUE(window.isVisible()) << "closing a notice read again leaves the app open";
    EXPECT_FALSE(FirstRunNotice::needed());
}

} // namespace
