#include "loader.h"

#include "core/figure.h"

#include <algorithm>
#include <unordered_set>

namespace lumbar::bankload {

// The exercise figure: its props, highlights, arrows and the keyframes of its movement.

std::vector<FigureCue> Loader::readCues(const Ctx &c, const json &figure)
{
    std::vector<FigureCue> cues;
    const json *v = field(c, figure, "cues", false);
    if (!v)
        return cues;
    cues.reserve(v->is_array() ? v->size() : 0);
    eachObject(
        c, *v, c.path.member("cues"),
        [&] {
            return c.subject.str() +
                ": 'cues' must be a list of arrows such as {\"arrow\": \"rock\", \"at\": \"pelvis\"}, not " +
                typeName(*v);
        },
        [&](std::size_t, const json &item) {
            return c.subject.str() + ": each cue must be an object with 'arrow' and 'at', not " + typeName(item);
        },
        [&](const json &item, const Path &at, std::size_t) {
            const Ctx cc{c.file, at, c.subject};
            checkKeys(cc, item, {"arrow", "at"});
            const auto arrow = readEnum<CueArrow>(cc, item, "arrow", true, "arrow");
            const auto place = readEnum<CuePlace>(cc, item, "at", true, "place for an arrow");
            if (arrow && place)
                cues.push_back({*arrow, *place});
        });
    return cues;
}

std::optional<ExerciseFigure> Loader::readFigure(const Ctx &c, const json &obj)
{
    const json *v = field(c, obj, "figure", false);
    if (!v)
        return std::nullopt;
    const Path p = c.path.member("figure");
    if (!v->is_object()) {
        report(Severity::Error, c, p,
            c.subject.str() + ": the figure must be an object with 'keyframes', not " + typeName(*v));
        return std::nullopt;
    }
    const Ctx fc{c.file, p, c.subject};
    checkKeys(fc, *v, {"props", "highlight", "cues", "hold", "keyframes"});
    ExerciseFigure figure;
    figure.props = readEnumList<Prop>(fc, *v, "props", "prop");
    figure.highlight = readEnumList<FigurePart>(fc, *v, "highlight", "part of the figure");
    figure.cues = readCues(fc, *v);
    const json *frames = field(fc, *v, "keyframes", true);
    if (!frames)
        return std::nullopt;
    const Path fp = p.member("keyframes");
    if (!frames->is_array() || frames->empty()) {
        report(Severity::Error, c, fp,
            c.subject.str() + ": the figure's 'keyframes' must be a list of at least one keyframe, not " +
                (frames->is_array() ? std::string("an empty list") : typeName(*frames)));
        return std::nullopt;
    }
    std::vector<std::string_view> poseKeys = {"pelvis", "trunk"};
    for (std::size_t j = 0; j < kJointCount; ++j)
        poseKeys.push_back(jointName(static_cast<Joint>(j)));
    std::vector<Keyframe> keyframes;
    bool ok = true;
    Pose pose; // each keyframe starts from the one before: it lists only what changes
    // Names seen so far, so a repeated one is found in one look-up: a figure may hold many thousands of keyframes.
    std::unordered_set<std::string> seenNames;
    const auto keyframe = [](std::size_t i) { return "keyframe " + std::to_string(i + 1); };
    ok &= eachObject(
        c, *frames, fp, [] { return std::string(); },
        [&](std::size_t i, const json &f) {
            return c.subject.str() + ": " + keyframe(i) + " must be an object, not " + typeName(f);
        },
        [&](const json &f, const Path &pi, std::size_t i) {
            const std::string which = keyframe(i);
            const Ctx kc{c.file, pi, c.subject};
            checkKeys(kc, f, {"name", "seconds", "easing", "pose"});
            Keyframe k;
            k.name = readPlainString(kc, f, "name", true, which + "'s name");
            if (!k.name.empty() && !seenNames.insert(k.name).second) {
                report(Severity::Error, c, pi.member("name"),
                    c.subject.str() + ": two keyframes are called " + quote(k.name) + "; each needs its own name");
                ok = false;
            }
            if (const json *sec = field(kc, f, "seconds", false)) {
                if (const auto d = readNumber(kc, *sec, pi.member("seconds"), which + "'s time", 0.05, 60))
                    k.seconds = *d;
                else
                    ok = false;
            }
            if (const json *e = field(kc, f, "easing", false)) {
                const auto easing = e->is_string() ? easingFromName(e->get_ref<const std::string &>()) : std::nullopt;
                if (easing) {
                    k.easing = *easing;
                } else {
                    report(Severity::Error, c, pi.member("easing"),
                        c.subject.str() + ": " + which +
                            "'s easing must be one of 'linear', 'ease-in', 'ease-out' or 'ease-in-out'");
                    ok = false;
                }
            }
            const json *poseJson = field(kc, f, "pose", i == 0);
            if (poseJson && !poseJson->is_object()) {
                report(Severity::Error, c, pi.member("pose"),
                    c.subject.str() + ": " + which + "'s pose must be an object of joint angles, not " +
                        typeName(*poseJson));
                ok = false;
            } else if (poseJson) {
                const Path pp = pi.member("pose");
                const Ctx pc{c.file, pp, c.subject};
                checkKeys(pc, *poseJson, poseKeys);
                for (auto it = poseJson->begin(); it != poseJson->end(); ++it) {
                    const std::string &key = it.key();
                    if (key == "pelvis") {
                        const json &xy = *it;
                        if (!xy.is_array() || xy.size() != 2 || !xy[0].is_number() || !xy[1].is_number()) {
                            report(Severity::Error, c, pp.member(key),
                                c.subject.str() + ": the pelvis must be [x, y] in centimetres, such as [0, 12]");
                            ok = false;
                            continue;
                        }
                        const auto x = readNumber(pc, xy[0], pp.member(key).at(0), "pelvis x", -300, 300);
                        const auto y = readNumber(pc, xy[1], pp.member(key).at(1), "pelvis y", 0, 300);
                        if (x && y)
                            pose.pelvis = {*x, *y};
                        else
                            ok = false;
                    } else if (key == "trunk") {
                        if (const auto d = readNumber(pc, *it, pp.member(key), "trunk angle", -360, 360))
                            pose.trunk = *d;
                        else
                            ok = false;
                    } else if (const auto joint = jointFromName(key)) {
                        const JointLimits limits = jointLimits(*joint);
                        if (const auto d = readNumber(
                                pc, *it, pp.member(key), std::string(key) + " angle", limits.min, limits.max))
                            pose.setAngle(*joint, *d);
                        else
                            ok = false;
                    }
                }
            }
            k.pose = pose;
            keyframes.push_back(std::move(k));
        });
    std::size_t hold = keyframes.empty() ? 0 : keyframes.size() - 1;
    if (const json *h = field(fc, *v, "hold", false)) {
        const auto at = h->is_string()
            ? std::find_if(keyframes.begin(), keyframes.end(),
                  [h](const Keyframe &k) { return k.name == h->get_ref<const std::string &>(); })
            : keyframes.end();
        if (at == keyframes.end()) {
            std::vector<std::string> quoted;
            quoted.reserve(keyframes.size());
            for (const Keyframe &k : keyframes)
                quoted.push_back(quote(k.name));
            const std::vector<std::string_view> names(quoted.begin(), quoted.end());
            report(Severity::Error, c, p.member("hold"),
                c.subject.str() + ": the figure's 'hold' must name one of its keyframes: " + joinNames(names));
            ok = false;
        } else {
            hold = static_cast<std::size_t>(at - keyframes.begin());
        }
    }
    if (!ok)
        return std::nullopt;
    figure.motion = FigureMotion(std::move(keyframes), hold);
    return figure;
}

} // namespace lumbar::bankload
