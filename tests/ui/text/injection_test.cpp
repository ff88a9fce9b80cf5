// Bank text is untrusted: markup in it must show as the characters typed, never as HTML.
#include "testsupport.h"

#include "ui/app/mainwindow.h"
#include "ui/bank/problemspanel.h"
#include "ui/care/carepage.h"
#include "ui/library/librarypage.h"
#include "ui/routines/routinespage.h"
#include "ui/widgets/safetextbrowser.h"

#include <QListView>
#include <QTableWidget>
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
                    "action": "<h1>now</h1> {emergency}", "sources": ["test-source"]}],
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
    auto *list = child<QListView>(&window, u"exerciseList"_s);
    auto *detail = child<SafeTextBrowser>(&window, u"exerciseDetail"_s);
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
    window.show();
    window.showPage(MainWindow::Page::Routines); // the page is made when first shown
    auto *routine = child<SafeTextBrowser>(window.routinesPage(), u"routineDetail"_s);
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

namespace {

// What QToolTip does with a string: Qt guesses rich text from its look and renders it as HTML. The text a user
// sees must be exactly `expected`, with no image loaded.
void expectLiteralToolTip(const QString &tip, const QString &expected)
{
    QTextDocument rendered;
    if (Qt::mightBeRichText(tip))
        rendered.setHtml(tip);
    else
        rendered.setPlainText(tip);
    EXPECT_EQ(rendered.toPlainText(), expected);
    EXPECT_FALSE(hasImageOrBold(rendered, u"x"_s)) << tip.toStdString();
}

} // namespace

TEST(HtmlInjection, ListToolTipsShowBankTextLiterally)
{
    const QString markup = u"Lie down. <img src=\"/etc/passwd\"><b>x</b>"_s;
    const std::string summary = R"(Lie down. <img src=\"/etc/passwd\"><b>x</b>)";
    const BankLayer layer = layerOf({{"tips.json",
        bankFile(R"("sources": [{"id": "test-source", "title": "t", "publisher": "p", "kind": "article",
                    "authority": "medium"}],
      "exercises": [)" +
            exerciseJson("tip", "Tip", R"("summary": ")" + summary + R"(")") + R"(],
      "routines": [{"id": "rt", "name": "R", "purpose": ")" +
            summary + R"(", "audience": "a",
                    "items": [{"exercise": "tip"}]}])")}});
    const BankState state = loadBankState(layer, nullptr, {});
    ASSERT_TRUE(state.builtInDiagnostics.empty()) << formatDiagnostic(state.builtInDiagnostics.front());
    MainWindow window(state);
    window.show();
    window.showPage(MainWindow::Page::Routines); // the page is made when first shown
    auto *exercises = child<QListView>(&window, u"exerciseList"_s);
    auto *routines = child<QListView>(&window, u"routineList"_s);
    expectLiteralToolTip(exercises->model()->index(0, 0).data(Qt::ToolTipRole).toString(), markup);
    expectLiteralToolTip(routines->model()->index(0, 0).data(Qt::ToolTipRole).toString(), markup);
}

TEST(HtmlInjection, ProblemToolTipsShowFieldNamesLiterally)
{
    const BankLayer user = layerOf({{"user.json",
        bankFile(R"("exercises": [)" + exerciseJson("odd", "Odd", R"("<img src=\"/etc/passwd\">": 1)") + "]")}});
    MainWindow window(loadBankState(smallBank(), &user, u"/tmp/bank"_s));
    auto *table = child<QTableWidget>(&window, u"problemsList"_s);
    ASSERT_EQ(table->rowCount(), 1);
    const QString tip = table->item(0, ProblemsPanel::MessageColumn)->toolTip();
    QTextDocument rendered;
    rendered.setHtml(tip); // what QToolTip does with anything that looks like HTML
    EXPECT_TRUE(rendered.toPlainText().contains(u"has a field '<img src=\"/etc/passwd\">'"_s))
        << rendered.toPlainText().toStdString();
    EXPECT_FALSE(hasImageOrBold(rendered, u"x"_s));
}
