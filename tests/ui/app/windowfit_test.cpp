// The main window fits the smallest screen we support (1024×600) at normal text, in English and in Spanish: a
// window wider than the screen hides its right edge, and with it buttons such as "Stop the routine".
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/player/playerpage.h"
#include "ui/routines/routinebuilder.h"
#include "ui/text/language.h"

#include <QApplication>
#include <QScreen>
#include <QStackedWidget>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

constexpr QSize smallestScreen(1024, 600);

// The widgets that make the window too wide, as a tree: each one asking for more than `share` px of width, with its
// children that do, so the one that adds too much shows at the bottom.
void describe(const QWidget *w, int share, int depth, QStringList &lines)
{
    for (const QWidget *c : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (c->isWindow() || (c->isHidden() && !qobject_cast<const QStackedWidget *>(w)) ||
            c->minimumSizeHint().width() <= share)
            continue;
        lines << u"%1%2 %3 %4 px"_s
                     .arg(QString(static_cast<qsizetype>(depth) * 2, u' '),
                         QString::fromLatin1(c->metaObject()->className()), c->objectName())
                     .arg(c->minimumSizeHint().width());
        describe(c, share, depth + 1, lines);
    }
}

QString tooWide(const QWidget *window)
{
    QStringList lines;
    describe(window, 300, 0, lines);
    return lines.join(u'\n');
}

class WindowFit : public ::testing::TestWithParam<const char *>
{
protected:
    void TearDown() override { language::install(u"en"_s); }
};

} // namespace

TEST_P(WindowFit, EveryScreenOfTheWindowFitsTheSmallestScreen)
{
    language::install(QString::fromLatin1(GetParam()));
    MainWindow window(shippedBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto check = [&](const char *screen) {
        const QSize needed = window.minimumSizeHint();
        EXPECT_LE(needed.width(), smallestScreen.width()) << screen << ": " << tooWide(&window).toStdString();
        EXPECT_LE(needed.height(), smallestScreen.height()) << screen;
    };
    check("the library");
    ASSERT_TRUE(window.playRoutine(u"gentle-start"_s));
    check("before you start");
    window.playerPage()->start(false, false);
    check("the player");
    window.playerPage()->reportWorse();
    check("the player after 'This makes it worse'");
}

TEST_P(WindowFit, TheRoutineBuilderFitsTheSmallestScreen)
{
    language::install(QString::fromLatin1(GetParam()));
    MainWindow window(shippedBankState());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    RoutineBuilder *builder = window.openRoutineBuilder(u"gentle-start"_s, true);
    ASSERT_NE(builder, nullptr);
    EXPECT_LE(builder->minimumSizeHint().width(), smallestScreen.width()) << tooWide(builder).toStdString();
    EXPECT_LE(builder->minimumSizeHint().height(), smallestScreen.height());
    // It opens no bigger than the screen (the test screen is 800 px wide, narrower than its least, which is checked
    // against 1024 × 600 above), so its buttons are on the screen.
    const QSize room = window.screen()->availableSize().expandedTo(builder->minimumSizeHint());
    EXPECT_LE(builder->width(), room.width());
    EXPECT_LE(builder->height(), room.height());
}
INSTANTIATE_TEST_SUITE_P(Languages, WindowFit, ::testing::Values("en", "es"));
