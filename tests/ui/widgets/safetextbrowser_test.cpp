// SafeTextBrowser: which links it follows, and that it never loads a resource, not even a local file.
#include "testsupport.h"

#include "ui/widgets/safetextbrowser.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

#include <cctype>
#include <string>

using namespace Qt::StringLiterals;
using namespace lumbar::ui;
using LinkKind = SafeTextBrowser::LinkKind;

struct LinkCase
{
    const char *url;
    LinkKind kind;
};

// Shown in test listings instead of the struct's bytes.
void PrintTo(const LinkCase &link, std::ostream *os)
{
    *os << '"' << link.url << '"';
}

class LinkClassification : public ::testing::TestWithParam<LinkCase>
{
};

TEST_P(LinkClassification, SortsLinksByWhereTheyMayGo)
{
    const QUrl url(QString::fromUtf8(GetParam().url));
    EXPECT_EQ(SafeTextBrowser::classify(url), GetParam().kind) << GetParam().url;
}

INSTANTIATE_TEST_SUITE_P(Links, LinkClassification,
    ::testing::Values(LinkCase{"lumbar:exercise/knee-to-chest", LinkKind::Internal},
        LinkCase{"LUMBAR:exercise/bridge", LinkKind::Internal},
        LinkCase{"https://www.nhs.uk/conditions/sciatica/", LinkKind::External},
        LinkCase{"http://example.org/a", LinkKind::External}, LinkCase{"#conditions", LinkKind::InPage},
        LinkCase{"file:///etc/passwd", LinkKind::Ignored}, LinkCase{"/etc/passwd", LinkKind::Ignored},
        LinkCase{"../secret.html", LinkKind::Ignored}, LinkCase{"javascript:alert(1)", LinkKind::Ignored},
        LinkCase{"mailto:someone@example.org", LinkKind::Ignored}, LinkCase{"https:///no-host", LinkKind::Ignored},
        LinkCase{"lumbar:exercise", LinkKind::Ignored}, LinkCase{"lumbar:exercise/", LinkKind::Ignored},
        LinkCase{"qrc:/icons/lumbar-relief.png", LinkKind::Ignored}, LinkCase{"", LinkKind::Ignored}),
    [](const ::testing::TestParamInfo<LinkCase> &param) {
        // A readable test name from the URL: letters and digits only.
        std::string name = std::to_string(param.index) + "_";
        for (const char *c = param.param.url; *c; ++c)
            name += std::isalnum(static_cast<unsigned char>(*c)) ? *c : '_';
        return name;
    });

TEST(SafeTextBrowser, BuildsAndReadsInternalLinks)
{
    const QUrl url = SafeTextBrowser::internalUrl(u"exercise"_s, u"cat-cow"_s);
    EXPECT_EQ(url.toString(), u"lumbar:exercise/cat-cow"_s);
    const auto [target, id] = SafeTextBrowser::internalTarget(url);
    EXPECT_EQ(target, u"exercise"_s);
    EXPECT_EQ(id, u"cat-cow"_s);
}

TEST(SafeTextBrowser, ReportsInternalAndExternalClicksAndIgnoresTheRest)
{
    SafeTextBrowser browser;
    browser.setOpensExternalLinksInBrowser(false);
    QSignalSpy internal(&browser, &SafeTextBrowser::internalLinkClicked);
    QSignalSpy external(&browser, &SafeTextBrowser::externalLinkClicked);

    emit browser.anchorClicked(QUrl(u"lumbar:exercise/bridge"_s));
    ASSERT_EQ(internal.count(), 1);
    EXPECT_EQ(internal.at(0).at(0).toString(), u"exercise"_s);
    EXPECT_EQ(internal.at(0).at(1).toString(), u"bridge"_s);

    emit browser.anchorClicked(QUrl(u"https://example.org/guidance"_s));
    ASSERT_EQ(external.count(), 1);
    EXPECT_EQ(external.at(0).at(0).toUrl(), QUrl(u"https://example.org/guidance"_s));

    for (const QString &bad : {u"file:///etc/passwd"_s, u"javascript:alert(1)"_s, u"/etc/passwd"_s})
        emit browser.anchorClicked(QUrl(bad));
    EXPECT_EQ(internal.count(), 1);
    EXPECT_EQ(external.count(), 1);
    EXPECT_TRUE(browser.source().isEmpty()) << "the browser never navigates by itself";
}

TEST(SafeTextBrowser, NeverLoadsALocalFileEvenWhenTheDocumentAsks)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString picture = dir.filePath(u"secret.png"_s);
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    ASSERT_TRUE(image.save(picture));
    const QUrl fileUrl = QUrl::fromLocalFile(picture);

    SafeTextBrowser browser;
    EXPECT_TRUE(browser.loadResource(QTextDocument::ImageResource, fileUrl).toByteArray().isEmpty());

    // QTextDocument reads file: URLs itself when the view's loadResource gives nothing back; ask the document
    // the way the layout does, and check the file was still not read.
    const QVariant viaDocument = browser.document()->resource(QTextDocument::ImageResource, fileUrl);
    EXPECT_TRUE(viaDocument.toByteArray().isEmpty());
    EXPECT_TRUE(viaDocument.value<QImage>().isNull());

    browser.setHtml(u"<p>before</p><img src=\""_s + fileUrl.toString() + u"\"><p>after</p>"_s);
    browser.document()->adjustSize(); // lay out, which is when images are fetched
    const QVariant cached = browser.document()->resource(QTextDocument::ImageResource, fileUrl);
    EXPECT_TRUE(cached.toByteArray().isEmpty());
    EXPECT_TRUE(cached.value<QImage>().isNull());
}
