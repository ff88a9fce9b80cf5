// The real lumbar-relief program, run as a user or a script would: the console options need no display.
#include "programrun.h"
#include "testsupport.h"

#include "ui/figures/figurepainter.h"
#include "ui/text/uitext.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

std::string goodBank()
{
    return bankFile(R"("sources": [{"id": "test-source", "title": "t", "publisher": "p", "kind": "article",
                                    "authority": "medium"}],
                       "exercises": [)" +
        exerciseJson("cli-test-stretch", "CLI test stretch") + "]");
}

} // namespace

TEST(CommandLine, VersionPrintsTheNameAndVersion)
{
    const ProgramRun run = runNoDisplay({u"--version"_s});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.trimmed(), u"lumbar-relief " LUMBAR_VERSION ""_s);
}

TEST(CommandLine, HelpListsTheOptions)
{
    const ProgramRun run = runNoDisplay({u"--help"_s});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    for (const QString &option : {u"--bank"_s, u"--validate"_s, u"--list"_s, u"--page"_s, u"--quit-after-startup"_s,
             u"--version"_s, u"--guide"_s, u"--contact-sheet"_s})
        EXPECT_TRUE(run.out.contains(option)) << option.toStdString();
}

TEST(CommandLine, ContactSheetDrawsEveryExercise)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_DATA_HOME"_s, u"/nonexistent/lumbar-relief-test"_s);
    const QTemporaryDir dir;
    const QString out = dir.filePath(u"sheet.png"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LUMBAR_RELIEF_EXE), {u"--contact-sheet"_s, out});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QImage sheet(out);
    ASSERT_FALSE(sheet.isNull());
    // 22 exercises, four to a row: six rows under the title.
    const int exercises = static_cast<int>(shippedBankState().bank->exercises().size());
    EXPECT_EQ(sheet.width(), 4 * 360);
    EXPECT_EQ(sheet.height(), 64 + (exercises + 3) / 4 * 280);
    // Every cell has a figure drawn in it: dark pixels in the picture area of each card.
    for (int i = 0; i < exercises; ++i) {
        const QRect picture((i % 4) * 360 + 22, 64 + (i / 4) * 280 + 18, 316, 206);
        int dark = 0;
        for (int y = picture.top(); y <= picture.bottom(); y += 2)
            for (int x = picture.left(); x <= picture.right(); x += 2)
                dark += qGray(sheet.pixel(x, y)) < 100 ? 1 : 0;
        EXPECT_GT(dark, 50) << "cell " << i;
    }
}

TEST(CommandLine, ExportFiguresWritesEachKeyPoseAsAnSvgThatDrawsTheSameFigure)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_DATA_HOME"_s, u"/nonexistent/lumbar-relief-test"_s);
    const QTemporaryDir dir;
    const QString folder = dir.filePath(u"figures/new"_s); // made when missing
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LUMBAR_RELIEF_EXE), {u"--export-figures"_s, folder});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const BankState shipped = shippedBankState();
    const FigureColors colors = FigureColors::from(QPalette(QColor(0xff, 0xff, 0xff)));
    int figures = 0;
    for (const lumbar::Exercise &e : shipped.bank->exercises()) {
        if (!e.figure)
            continue;
        ++figures;
        const QString path = folder + u'/' + QString::fromStdString(e.id) + u".svg"_s;
        QSvgRenderer svg(path);
        ASSERT_TRUE(svg.isValid()) << path.toStdString();
        // Drawn back from the SVG at another size, it is the same picture as the key pose drawn directly.
        QImage fromSvg(600, 400, QImage::Format_ARGB32_Premultiplied);
        fromSvg.fill(Qt::transparent);
        QPainter painter(&fromSvg);
        svg.render(&painter);
        painter.end();
        const QImage direct = FigurePainter::keyPose(*e.figure, fromSvg.size(), colors);
        int painted = 0;
        int differ = 0;
        for (int y = 0; y < direct.height(); ++y)
            for (int x = 0; x < direct.width(); ++x) {
                const bool a = qAlpha(direct.pixel(x, y)) > 100;
                painted += a ? 1 : 0;
                differ += a != (qAlpha(fromSvg.pixel(x, y)) > 100) ? 1 : 0;
            }
        EXPECT_GT(painted, 2000) << e.id;
        EXPECT_LT(differ, painted / 20) << e.id;
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray title = QByteArray("<title>") + qs(e.name).toHtmlEscaped().toUtf8() + "</title>";
        EXPECT_TRUE(file.readAll().contains(title)) << e.id;
    }
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), figures) << "one file per figure, nothing half-written";
    const QByteArray said = QByteArray::number(figures) + QByteArray(" figure");
    EXPECT_TRUE(process.readAllStandardOutput().contains(said));
}

TEST(CommandLine, ListPrintsTheBankInUseIncludingTheUserFolder)
{
    const BankFolder folder({{"mine.json", goodBank()}});
    const ProgramRun run = runNoDisplay({u"--list"_s, u"--bank"_s, folder.path()});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Exercises ("_s));
    EXPECT_TRUE(run.out.contains(u"Routines ("_s));
    EXPECT_TRUE(run.out.contains(u"cli-test-stretch"_s));
    EXPECT_TRUE(run.out.contains(u"CLI test stretch"_s));
}

TEST(CommandLine, ValidateExitsZeroForAGoodFolderAndOneForABadOne)
{
    const BankFolder good({{"mine.json", goodBank()}});
    const ProgramRun ok = runNoDisplay({u"--validate"_s, good.path()});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(u"0 errors"_s)) << ok.out.toStdString();

    const BankFolder bad(
        {{"broken.json", std::string("{\n  \"format\": \"lumbar-relief-bank\",\n  \"version\": 1,\n  oops\n}")}});
    const ProgramRun failed = runNoDisplay({u"--validate"_s, bad.path()});
    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_TRUE(failed.err.contains(u"broken.json:4:"_s)) << failed.err.toStdString();
}

TEST(CommandLine, QuitAfterStartupPaintsAndExits)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_DATA_HOME"_s, u"/nonexistent/lumbar-relief-test"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LUMBAR_RELIEF_EXE), {u"--quit-after-startup"_s});
    ASSERT_TRUE(process.waitForFinished(60000)) << "the window never painted, or the app did not quit";
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
}

TEST(CommandLine, AnUnknownPageIsRefused)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LUMBAR_RELIEF_EXE), {u"--page"_s, u"nowhere"_s});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("unknown page"));
}
