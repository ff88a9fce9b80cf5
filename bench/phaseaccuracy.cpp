// phase-accuracy: plays a routine of short phases on the real monotonic clock through PlayerController (the app's
// own timer path) and reports how late each phase began compared with the plan, and where the routine ended.
// Prints one JSON object. Not a Google Benchmark: it measures lateness of events, not the speed of a function.
//   phase-accuracy [SECONDS]     (default 60: about that much routine)
#include "core/contentbank.h"
#include "core/sessionplan.h"
#include "ui/player/playercontroller.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lumbar;
using namespace std::chrono;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(10, std::atoi(argv[1])) : 60;

    // Holds of 3 s with 2-s moves in and out, alternating sides: a phase boundary every 2–5 seconds.
    Exercise e;
    e.id = "accuracy";
    e.name = LocalText("Accuracy");
    e.dosage.holdSeconds = Range{3, 3, 3};
    e.dosage.sides = Sides::Alternate;
    PlanTiming timing;
    timing.firstGetReady = milliseconds(1500);
    const int perRep = 2 + 3 + 2 + 5;
    e.dosage.reps = Range{seconds / perRep, seconds / perRep, seconds / perRep};
    SessionPlan plan = planExercise(e, {}, timing);

    ui::PlayerController controller;
    std::vector<double> lateMs;
    TimePoint start;
    TimePoint finished;
    QObject::connect(&controller, &ui::PlayerController::cue, [&](const Cue &cue) {
        const TimePoint now = steady_clock::now();
        if (cue.kind == CueKind::PhaseStarted && cue.phase > 0)
            lateMs.push_back(duration<double, std::milli>(now - cue.at).count());
        if (cue.kind == CueKind::RoutineFinished) {
            finished = cue.at;
            QCoreApplication::quit();
        }
    });
    controller.load(plan);
    start = steady_clock::now();
    controller.start();
    app.exec();

    std::sort(lateMs.begin(), lateMs.end());
    const auto at = [&](double q) {
        return lateMs[static_cast<std::size_t>(q * static_cast<double>(lateMs.size() - 1))];
    };
    const double drift = duration<double, std::milli>(finished - (start + plan.total)).count();
    std::printf("{\"phases\": %zu, \"planned_s\": %.1f, \"late_median_ms\": %.3f, \"late_p95_ms\": %.3f, "
                "\"late_max_ms\": %.3f, \"end_drift_ms\": %.3f}\n",
        lateMs.size(), duration<double>(plan.total).count(), at(0.5), at(0.95), lateMs.back(), drift);
    return 0;
}
