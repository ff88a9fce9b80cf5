// DetailPageBuilder: escaping, and which links a page may contain.
#include "testsupport.h"

#include "ui/text/detailpagebuilder.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

TEST(DetailPageBuilder, EscapesMarkupAndKeepsLineBreaks)
{
    EXPECT_EQ(DetailPageBuilder::escape(std::string_view("<b>&\"x\"</b>")), u"&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;"_s);
    EXPECT_EQ(DetailPageBuilder::escape(std::string_view("one\ntwo")), u"one<br/>two"_s);
    EXPECT_EQ(DetailPageBuilder::escape(LocalText("ä → é")), u"ä → é"_s);
}

TEST(DetailPageBuilder, PagesLinkOnlyToTheAppAndToHttpSources)
{
    const BankState state = smallBankState();
    const DetailPageBuilder builder(*state.bank);
    QStringList pages = {builder.carePage(), builder.aboutPage(u"0.1.0"_s)};
    for (const auto &e : state.bank->exercises())
        pages << builder.exercisePage(e);
    for (const auto &r : state.bank->routines())
        pages << builder.routinePage(r);

    static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
    int links = 0;
    for (const QString &page : std::as_const(pages)) {
        for (auto it = href.globalMatch(page); it.hasNext();) {
            const QString target = it.next().captured(1);
            ++links;
            EXPECT_TRUE(target.startsWith(u"lumbar:"_s) || target.startsWith(u"https://"_s) ||
                target.startsWith(u"http://"_s) || target.startsWith(u'#'))
                << target.toStdString();
        }
        EXPECT_FALSE(page.contains(u"<img"_s));
    }
    EXPECT_GT(links, 10);
}

TEST(DetailPageBuilder, AboutListsEverySourceWithItsLink)
{
    const BankState state = smallBankState();
    const QString about = DetailPageBuilder(*state.bank).aboutPage(u"0.1.0"_s);
    EXPECT_TRUE(about.contains(u"0.1.0"_s));
    EXPECT_TRUE(about.contains(u"not diagnosis"_s, Qt::CaseInsensitive));
    for (const auto &s : state.bank->sources()) {
        EXPECT_TRUE(about.contains(QString::fromStdString(s.title))) << s.id;
        EXPECT_TRUE(about.contains(u"href=\""_s + QString::fromStdString(s.url))) << s.id;
    }
}
