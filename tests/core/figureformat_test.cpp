// The figure in the bank format: keyframes that carry over what they do not change, the held keyframe, props and
// highlights; and every mistake a therapist could make in one reported with where it is and what to do.
#include "core/bank/bankloader.h"
#include "testsupport.h"

#include <gtest/gtest.h>

namespace lumbar {
namespace {

using test::bankFile;
using test::exerciseJson;
using test::findMessage;
using test::layerOf;

LoadResult loadFigure(const std::string &figure)
{
    return test::loadOverShipped(
        layerOf(bankFile(R"("exercises": [)" + exerciseJson("fig", R"("figure": )" + figure) + "]")));
}

const std::string kKneeToChest = R"({
        "props": ["mat", "cushion"],
        "highlight": ["lower-back", "buttocks"],
        "cues": [{"arrow": "rock", "at": "pelvis"}, {"arrow": "in", "at": "belly"}],
        "hold": "hug",
        "keyframes": [
          {"name": "start", "pose": {"pelvis": [0, 12], "trunk": 180, "left-hip": 45, "left-knee": 90,
                                     "right-hip": 45, "right-knee": 90}},
          {"name": "lift", "seconds": 1.5, "easing": "linear", "pose": {"left-hip": 90}},
          {"name": "hug", "seconds": 2, "pose": {"left-hip": 120, "left-knee": 120, "left-shoulder": 60}},
          {"name": "lower", "seconds": 2, "pose": {"left-hip": 45, "left-knee": 90, "left-shoulder": 0}}
        ]})";

TEST(FigureFormat, AFigureLoadsWithKeyframesCarryingOverWhatTheyDoNotChange)
{
    const LoadResult r = loadFigure(kKneeToChest);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.diagnostics.empty());
    const Exercise *e = r.bank->exercise("fig");
    ASSERT_NE(e, nullptr);
    ASSERT_TRUE(e->figure);
    EXPECT_EQ(e->figure->props, (std::vector<Prop>{Prop::Mat, Prop::Cushion}));
    EXPECT_EQ(e->figure->highlight, (std::vector<FigurePart>{FigurePart::LowerBack, FigurePart::Buttocks}));
    EXPECT_EQ(
        e->figure->cues, (std::vector<FigureCue>{{CueArrow::Rock, CuePlace::Pelvis}, {CueArrow::In, CuePlace::Belly}}));
    const FigureMotion &m = e->figure->motion;
    ASSERT_EQ(m.frames().size(), 4u);
    EXPECT_EQ(m.holdIndex(), 2u);
    EXPECT_EQ(m.frames()[0].name, "start");
    // "lift" changes the left hip only; the rest carries over from "start".
    const Pose &lift = m.frames()[1].pose;
    EXPECT_EQ(lift.angle(Joint::LeftHip), 90);
    EXPECT_EQ(lift.angle(Joint::LeftKnee), 90);
    EXPECT_EQ(lift.angle(Joint::RightHip), 45);
    EXPECT_EQ(lift.trunk, 180);
    EXPECT_EQ(lift.pelvis, (Point{0, 12}));
    EXPECT_EQ(m.frames()[1].easing, Easing::Linear);
    EXPECT_EQ(m.frames()[2].easing, Easing::EaseInOut) << "the default easing";
    EXPECT_DOUBLE_EQ(m.secondsIn(), 3.5);
    EXPECT_DOUBLE_EQ(m.secondsOut(), 2);
    EXPECT_EQ(m.holdPose().angle(Joint::LeftShoulder), 60);

    // Without "hold", the last keyframe is held.
    const LoadResult plain = loadFigure(
        R"({"keyframes": [{"name": "a", "pose": {"trunk": 180}}, {"name": "b", "pose": {"left-hip": 30}}]})");
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain.bank->exercise("fig")->figure->motion.holdIndex(), 1u);
    // Exercises without a figure have none.
    const LoadResult without =
        test::loadOverShipped(layerOf(bankFile(R"("exercises": [)" + exerciseJson("no-figure") + "]")));
    ASSERT_TRUE(without.ok());
    EXPECT_FALSE(without.bank->exercise("no-figure")->figure);
}

struct BadFigure
{
    const char *name;
    std::string figure;
    const char *message; // part of the expected error
    const char *path; // its JSON pointer
};

class FigureMistakes : public ::testing::TestWithParam<BadFigure>
{
};

TEST_P(FigureMistakes, AreReportedWhereTheyAre)
{
    const BadFigure &bad = GetParam();
    const LoadResult r = loadFigure(bad.figure);
    EXPECT_FALSE(r.ok());
    const Diagnostic *d = findMessage(r, bad.message);
    ASSERT_NE(d, nullptr) << bad.message << "\n" << (r.diagnostics.empty() ? "" : r.diagnostics[0].message);
    EXPECT_EQ(d->severity, Severity::Error);
    EXPECT_EQ(d->path, bad.path);
    EXPECT_GT(d->line, 0);
    EXPECT_GT(d->column, 0);
}

INSTANTIATE_TEST_SUITE_P(FigureFormat, FigureMistakes,
    ::testing::Values(
        BadFigure{"angleBeyondItsLimit", R"({"keyframes": [{"name": "a", "pose": {"trunk": 180, "left-knee": -20}}]})",
            "the left-knee angle is -20; it must be a number from 0 to 155",
            "/exercises/0/figure/keyframes/0/pose/left-knee"},
        BadFigure{"inheritedPoseStillChecked",
            R"({"keyframes": [{"name": "a", "pose": {"left-hip": 10}}, {"name": "b", "pose": {"left-hip": 160}}]})",
            "the left-hip angle is 160; it must be a number from -30 to 140",
            "/exercises/0/figure/keyframes/1/pose/left-hip"},
        BadFigure{"unknownEasing",
            R"({"keyframes": [{"name": "a", "pose": {}}, {"name": "b", "easing": "bounce", "pose": {}}]})",
            "'linear', 'ease-in', 'ease-out' or 'ease-in-out'", "/exercises/0/figure/keyframes/1/easing"},
        BadFigure{"sameNameTwice", R"({"keyframes": [{"name": "a", "pose": {}}, {"name": "a", "pose": {}}]})",
            "two keyframes are called 'a'", "/exercises/0/figure/keyframes/1/name"},
        BadFigure{"holdNamesNoKeyframe",
            R"({"hold": "hug", "keyframes": [{"name": "start", "pose": {}}, {"name": "lift", "pose": {}}]})",
            "'hold' must name one of its keyframes: 'start' or 'lift'", "/exercises/0/figure/hold"},
        BadFigure{"noKeyframes", R"({"keyframes": []})", "at least one keyframe, not an empty list",
            "/exercises/0/figure/keyframes"},
        BadFigure{"firstKeyframeWithoutPose", R"({"keyframes": [{"name": "a"}]})", "'pose'",
            "/exercises/0/figure/keyframes/0"},
        BadFigure{"pelvisNotAPoint", R"({"keyframes": [{"name": "a", "pose": {"pelvis": 12}}]})",
            "the pelvis must be [x, y] in centimetres", "/exercises/0/figure/keyframes/0/pose/pelvis"},
        BadFigure{"pelvisBelowTheFloor", R"({"keyframes": [{"name": "a", "pose": {"pelvis": [0, -5]}}]})",
            "the pelvis y is -5; it must be a number from 0 to 300", "/exercises/0/figure/keyframes/0/pose/pelvis/1"},
        BadFigure{"noTimeToMove",
            R"({"keyframes": [{"name": "a", "pose": {}}, {"name": "b", "seconds": 0, "pose": {}}]})",
            "keyframe 2's time is 0; it must be a number from 0.05 to 60", "/exercises/0/figure/keyframes/1/seconds"},
        BadFigure{"angleAsText", R"({"keyframes": [{"name": "a", "pose": {"neck": "down"}}]})",
            "the neck angle must be a number, not text", "/exercises/0/figure/keyframes/0/pose/neck"},
        BadFigure{"unknownProp", R"({"props": ["yoga-ball"], "keyframes": [{"name": "a", "pose": {}}]})",
            "'yoga-ball' is not a known prop", "/exercises/0/figure/props/0"},
        BadFigure{"unknownArrow",
            R"({"cues": [{"arrow": "spin", "at": "knees"}], "keyframes": [{"name": "a", "pose": {}}]})",
            "'spin' is not a known arrow", "/exercises/0/figure/cues/0/arrow"},
        BadFigure{"cueWithoutPlace", R"({"cues": [{"arrow": "rock"}], "keyframes": [{"name": "a", "pose": {}}]})",
            "'at'", "/exercises/0/figure/cues/0"},
        BadFigure{"cueAsText", R"({"cues": ["rock"], "keyframes": [{"name": "a", "pose": {}}]})",
            "each cue must be an object with 'arrow' and 'at', not text", "/exercises/0/figure/cues/0"},
        BadFigure{
            "notAnObject", R"(["start"])", "the figure must be an object with 'keyframes'", "/exercises/0/figure"}),
    [](const ::testing::TestParamInfo<BadFigure> &param) { return std::string(param.param.name); });

TEST(FigureFormat, AMisspeltJointIsAWarningWithASuggestion)
{
    const LoadResult r = loadFigure(R"({"keyframes": [{"name": "a", "pose": {"left-hips": 30}}]})");
    ASSERT_TRUE(r.ok());
    const Diagnostic *d = findMessage(r, "'left-hips'");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->severity, Severity::Warning);
    EXPECT_NE(d->message.find("left-hip"), std::string::npos) << d->message;
}

} // namespace
} // namespace lumbar
