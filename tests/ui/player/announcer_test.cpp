// The player speaks to screen readers: each phase as it begins, the time left a few times a phase (never every
// second), a pause, and the end, as the name of an accessible label that screen readers are told has changed.
#include "testsupport.h"

#include "ui/player/accessibleannouncer.h"
#include "ui/player/playercontroller.h"
#include "ui/player/playerpage.h"

#include <QAccessible>
#include <QLabel>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

struct Heard
{
    Millis at;
    QString text;
};

class Announcer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(u"player"_s);
        QSettings().remove(u"safety"_s);
        page = std::make_unique<PlayerPage>(nullptr, &clock);
        page->setBank(shippedBankState().bank);
        page->resize(1100, 750);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        auto *announcer = page->findChild<AccessibleAnnouncer *>();
        label = child<QLabel>(page, u"playerAnnouncement"_s);
        ASSERT_NE(announcer, nullptr);
        ASSERT_NE(label, nullptr);
        // What a screen reader reads when told the name changed: the label's accessible name, asked through Qt's
        // accessibility interface (the offscreen platform has no AT-SPI bus to deliver the event itself).
        QObject::connect(announcer, &AccessibleAnnouncer::announced, announcer, [this](const QString &text) {
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(label);
            EXPECT_EQ(a ? a->text(QAccessible::Name) : QString(), text);
            heard.push_back({elapsed, text});
        });
    }
    void advance(Millis by)
    {
        now += by;
        elapsed += by;
        page->controller()->poll();
    }

    FakeClock clock;
    TimePoint &now = clock.steadyNow;
    Millis elapsed{0};
    std::vector<Heard> heard;
    QLabel *label = nullptr;
    std::unique_ptr<PlayerPage> page;
};

} // namespace

TEST_F(Announcer, EachPhaseIsSaidAsItBeginsAndTheTimeLeftOnlyNowAndThen)
{
    ASSERT_TRUE(page->prepareExercise(u"prone-lying"_s));
    page->start(false, false);
    ASSERT_FALSE(heard.empty());
    EXPECT_TRUE(heard.front().text.startsWith(u"Get ready. Lying face down"_s)) << heard.front().text.toStdString();

    // Through the whole exercise a second at a time, as the screen's countdown moves.
    const Millis total = page->controller()->session().plan().total;
    while (elapsed < total + 2s)
        advance(1s);

    int timeLeft = 0;
    for (std::size_t i = 0; i < heard.size(); ++i) {
        if (heard[i].text.endsWith(u"left"_s))
            ++timeLeft;
        if (i > 0) {
            EXPECT_GE(heard[i].at - heard[i - 1].at, 2s)
                << "not every second: " << heard[i - 1].text.toStdString() << " then " << heard[i].text.toStdString();
        }
    }
    const QStringList all = [this] {
        QStringList texts;
        for (const Heard &h : heard)
            texts << h.text;
        return texts;
    }();
    EXPECT_TRUE(all.contains(u"Hold. Lying face down (prone lying). 60 seconds."_s))
        << all.join(u" | "_s).toStdString();
    for (const QString &left : {u"30 seconds left"_s, u"20 seconds left"_s, u"10 seconds left"_s, u"5 seconds left"_s})
        EXPECT_TRUE(all.contains(left)) << left.toStdString() << " in " << all.join(u" | "_s).toStdString();
    EXPECT_FALSE(all.contains(u"59 seconds left"_s));
    EXPECT_FALSE(all.contains(u"3 seconds left"_s)) << "the last seconds are beeped, not said";
    EXPECT_LT(timeLeft, static_cast<int>(total / 1s) / 5) << "a handful of times, not once a second";
    EXPECT_EQ(all.last(), u"Routine finished. Well done."_s);
}

TEST_F(Announcer, APauseAndGoingOnAreSaid)
{
    ASSERT_TRUE(page->prepareExercise(u"prone-lying"_s));
    page->start(false, false);
    advance(3s);
    page->controller()->pause();
    ASSERT_FALSE(heard.empty());
    EXPECT_EQ(heard.back().text, u"Paused"_s);
    advance(10s);
    EXPECT_EQ(heard.back().text, u"Paused"_s) << "nothing is counted while paused";
    page->controller()->resume();
    EXPECT_TRUE(heard.back().text.startsWith(u"Going on: Get ready"_s)) << heard.back().text.toStdString();
}
