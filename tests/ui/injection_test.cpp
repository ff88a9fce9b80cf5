// Bank text is untrusted: markup in it must show as the characters typed, never as HTML.
#include "testsupport.h"

#include "ui/carepage.h"
#include "ui/librarypage.h"
#include "ui/mainwindow.h"
#include "ui/routinespage.h"
#include "ui/safetextbrowser.h"

#include <QListView>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

const QString kHostile = u"<b>x</b><img src=\"/etc/passwd\">"_s;

bool hasImageOrBold(const QTextDocument &document, const QString &inside)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat())
                return true;
            if (fragment.text() == inside) // "<b>x</b>" became markup: "x" stands alone as its own run
                return true;
        }
    }
    return false;
}

// A bank whose every kind of text tries to inject markup.
BankState hostileState()
{
    const std::string name = R"(<b>x</b><img src=\"/etc/passwd\">)";
    static const BankLayer layer = layerOf({{"hostile.json",
        bankFile(R"(
      "sources": [{"id": "test-source", "title": "<a href=\"file:///etc/passwd\">t</a>", "publisher": "<i>p</i>",
                   "url": "https://example.org/", "kind": "article", "authority": "medium"}],
      "exercises": [)" +
            exerciseJson("evil", name, R"("notes": "<script>alert(1)</script>")") + R"(],
      "conditions": [{"id": "c", "name": ")" +
            name + R"(", "summary": "<img src=x>", "sources": ["test-source"]}],
      "redFlags": [{"id": "r", "question": ")" +
            name + R"(", "description": "d", "urgency": "emergency",
                    "action": "<h1>now</h1>", "sources": ["test-source"]}],
      "routines": [{"id": "rt", "name": ")" +
            name + R"(", "purpose": "<u>p</u>", "audience": "a",
                    "items": [{"exercise": "evil", "note": "<img src=\"file:///etc/passwd\">"}]}])")}});
    BankState state = loadBankState(layer, nullptr, {});
    EXPECT_TRUE(state.builtInDiagnostics.empty());
    return state;
}

} // namespace

TEST(HtmlInjection, AnExerciseNameWithMarkupShowsAsLiteralText)
{
    MainWindow window(hostileState());
    auto *list = window.findChild<QListView *>(u"exerciseList"_s);
    auto *detail = window.findChild<SafeTextBrowser *>(u"exerciseDetail"_s);
    ASSERT_NE(list, nullptr);
    ASSERT_NE(detail, nullptr);
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(list->model()->index(0, 0).data().toString(), kHostile);

    const QString page = detail->toPlainText();
    EXPECT_TRUE(page.startsWith(kHostile)) << page.left(80).toStdString();
    EXPECT_TRUE(page.contains(u"<script>alert(1)</script>"_s));
    EXPECT_TRUE(page.contains(u"<a href=\"file:///etc/passwd\">t</a>"_s));
    EXPECT_TRUE(page.contains(u"<i>p</i>"_s));
    EXPECT_FALSE(hasImageOrBold(*detail->document(), u"x"_s));
    EXPECT_FALSE(detail->toHtml().contains(u"<img"_s));
}

TEST(HtmlInjection, RoutineAndCarePagesShowMarkupAsText)
{
    MainWindow window(hostileState());
    SafeTextBrowser *routine = window.routinesPage()->detailView();
    EXPECT_TRUE(routine->toPlainText().startsWith(kHostile));
    EXPECT_TRUE(routine->toPlainText().contains(u"<u>p</u>"_s));
    EXPECT_TRUE(routine->toPlainText().contains(u"<img src=\"file:///etc/passwd\">"_s));
    EXPECT_FALSE(routine->toHtml().contains(u"<img"_s));

    SafeTextBrowser *care = window.carePage()->browser();
    EXPECT_TRUE(care->toPlainText().contains(kHostile));
    EXPECT_TRUE(care->toPlainText().contains(u"<h1>now</h1>"_s));
    EXPECT_TRUE(care->toPlainText().contains(u"<img src=x>"_s));
    EXPECT_FALSE(care->toHtml().contains(u"<img"_s));
    EXPECT_FALSE(hasImageOrBold(*care->document(), u"x"_s));
}
