// Drawing the figures: every figure in the shipped bank (and the format example) draws at small, medium and
// projector sizes, stays inside its rectangle, shows the other side as the mirror image, and reads in dark themes.
#include "testsupport.h"

#include "ui/figures/figurepainter.h"
#include "ui/figures/figureview.h"

#include "core/bank/bankloader.h"
#include "core/contentbank.h"
#include "core/shippedbank.h"

#include <QPainter>
#include <QPalette>
#include <QTest>

#include <gtest/gtest.h>

#include <fstream>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

// Every figure the tests know: the shipped bank's and the content-format example's.
std::vector<std::pair<std::string, ExerciseFigure>> allFigures()
{
    std::vector<std::pair<std::string, ExerciseFigure>> out;
    const BankState shipped = shippedBankState();
    for (const Exercise &e : shipped.bank->exercises())
        if (e.figure)
            out.emplace_back(e.id, *e.figure);
    std::ifstream example(std::string(LUMBAR_SOURCE_DIR) + "/tests/data/good/format-example/wall-lean.json");
    const std::string text((std::istreambuf_iterator<char>(example)), std::istreambuf_iterator<char>());
    const BankLayer layer = layerOf({{"wall-lean.json", text}});
    const LoadResult loaded = BankLoader::load({&shippedBankLayer(), &layer});
    EXPECT_TRUE(loaded.ok());
    if (loaded.ok())
        out.emplace_back("wall-sit-hold", *loaded.bank->exercise("wall-sit-hold")->figure);
    return out;
}

int paintedPixels(const QImage &image, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    return n;
}

TEST(Figures, EveryFigureDrawsInsideItsRectangleAtEverySize)
{
    const auto figures = allFigures();
    ASSERT_GE(figures.size(), 2u);
    const FigureColors colors = FigureColors::from(QPalette());
    for (const auto &[id, figure] : figures) {
        for (const int width : {48, 320, 1600}) {
            const int height = width * 2 / 3;
            // Drawn into the middle of a bigger image: nothing may land outside the rectangle it was given.
            QImage image(width + 40, height + 40, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            const QRect target(20, 20, width, height);
            QPainter painter(&image);
            FigurePainter drawer(figure);
            for (const double f : {0.0, 0.5, 1.0}) {
                drawer.paint(painter, QRectF(target), figure.motion.into(f), false, colors);
                drawer.paint(painter, QRectF(target), figure.motion.outOf(f), true, colors);
            }
            painter.end();
            const int inside = paintedPixels(image, target);
            const int all = paintedPixels(image, image.rect());
            EXPECT_GT(inside, width * height / 50) << id << " at " << width;
            EXPECT_EQ(all, inside) << id << " at " << width << " drew outside its rectangle";
        }
    }
}

TEST(Figures, TheOtherSideIsTheMirrorImage)
{
    const FigureColors colors = FigureColors::from(QPalette());
    for (const auto &[id, figure] : allFigures()) {
        const QImage left = FigurePainter::keyPose(figure, QSize(400, 300), colors, false);
        const QImage right = FigurePainter::keyPose(figure, QSize(400, 300), colors, true);
        const QImage flipped = left.mirrored(true, false);
        int differ = 0;
        int painted = 0;
        for (int y = 0; y < left.height(); ++y)
            for (int x = 0; x < left.width(); ++x) {
                const bool a = qAlpha(flipped.pixel(x, y)) > 60;
                const bool b = qAlpha(right.pixel(x, y)) > 60;
                painted += a ? 1 : 0;
                differ += a != b ? 1 : 0;
            }
        EXPECT_GT(painted, 1000) << id;
        EXPECT_LT(differ, painted / 50) << id << ": the right side should mirror the left";
    }
}

int pixelsOfColour(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = QColor::fromRgba(image.pixel(x, y));
            n += c.alpha() > 200 && std::abs(c.red() - colour.red()) < 12 &&
                    std::abs(c.green() - colour.green()) < 12 && std::abs(c.blue() - colour.blue()) < 12
                ? 1
                : 0;
        }
    return n;
}

TEST(Figures, CueArrowsShowWhatTheSideViewCannot)
{
    // Knee rolls, a pelvic tilt and bracing look alike from the side; each carries its own arrow, drawn in the cue
    // colour on both sides, and nothing else is drawn in that colour.
    const FigureColors colors = FigureColors::from(QPalette());
    int withCues = 0;
    for (const auto &[id, figure] : allFigures()) {
        ExerciseFigure bare = figure;
        bare.cues.clear();
        EXPECT_LT(pixelsOfColour(FigurePainter::keyPose(bare, QSize(400, 300), colors), colors.cue), 5) << id;
        if (figure.cues.empty())
            continue;
        ++withCues;
        for (const bool other : {false, true})
            EXPECT_GT(pixelsOfColour(FigurePainter::keyPose(figure, QSize(400, 300), colors, other), colors.cue), 60)
                << id << (other ? " on the right" : " on the left");
    }
    EXPECT_GE(withCues, 3);
    const BankState shipped = shippedBankState();
    for (const char *id : {"knee-rolls", "pelvic-tilt", "deep-abdominal-bracing"}) {
        const Exercise *e = shipped.bank->exercise(id);
        ASSERT_TRUE(e && e->figure) << id;
        EXPECT_FALSE(e->figure->cues.empty()) << id;
    }
    EXPECT_NE(shipped.bank->exercise("knee-rolls")->figure->cues, shipped.bank->exercise("pelvic-tilt")->figure->cues);
}

TEST(Figures, DarkThemesDrawALightFigure)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x1e, 0x22, 0x24));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    EXPECT_GT(FigureColors::from(dark).body.lightnessF(), 0.7);
    EXPECT_LT(FigureColors::from(QPalette(QColor(0xf5, 0xf7, 0xf6))).body.lightnessF(), 0.4);
}

TEST(Figures, TheViewShowsTheHeldPoseAndFollowsPoses)
{
    const auto figures = allFigures();
    ASSERT_FALSE(figures.empty());
    const ExerciseFigure &figure = figures.front().second;
    FigureView view;
    view.resize(300, 200);
    view.setFigure(figure);
    EXPECT_TRUE(view.hasFigure());
    EXPECT_EQ(view.pose(), figure.motion.holdPose());
    const QImage held = view.grab().toImage();
    view.setPose(figure.motion.startPose(), true);
    EXPECT_TRUE(view.otherSide());
    EXPECT_NE(view.grab().toImage(), held);
    view.setFigure(std::nullopt);
    EXPECT_FALSE(view.hasFigure());
    // Dump for a person to look at: LUMBAR_FIGURE_DUMP=DIR writes each movement as a strip of frames, from the
    // start in to the held pose and back out, on the left side.
    if (const QByteArray dir = qgetenv("LUMBAR_FIGURE_DUMP"); !dir.isEmpty())
        for (const auto &[id, f] : figures) {
            constexpr int kFrames = 7;
            const QSize cell(360, 260);
            QImage strip(cell.width() * kFrames, cell.height(), QImage::Format_ARGB32_Premultiplied);
            strip.fill(Qt::white);
            QPainter painter(&strip);
            const FigurePainter figurePainter(f);
            for (int i = 0; i < kFrames; ++i) {
                const double t = i / double(kFrames - 1);
                const Pose pose = t <= 0.5 ? f.motion.into(t * 2) : f.motion.outOf(t * 2 - 1);
                figurePainter.paint(painter, QRectF(QPointF(i * cell.width(), 0), QSizeF(cell)), pose, false,
                    FigureColors::from(QPalette()));
            }
            painter.end();
            strip.save(QString::fromLocal8Bit(dir) + u'/' + QString::fromStdString(id) + u".png"_s);
        }
}

} // namespace
