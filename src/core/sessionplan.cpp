#include "sessionplan.h"

#include "contentbank.h"

#include <algorithm>
#include <cctype>

namespace lumbar {

namespace {

Millis seconds(int s)
{
    return Millis{static_cast<Millis::rep>(s) * 1000};
}

class Planner
{
public:
    Planner(SessionPlan &plan, const PlanTiming &timing)
        : m_plan(plan)
        , m_timing(timing)
    {
    }

    void addItem(const Exercise &exercise, Dosage dosage, std::optional<LocalText> note)
    {
        m_item = m_plan.items.size();
        m_plan.items.push_back(PlanItem{&exercise, std::move(dosage), std::move(note), m_plan.phases.size(), 0});
        const Dosage &d = m_plan.items.back().dosage;

        push(PhaseKind::GetReady, m_item == 0 ? m_timing.firstGetReady : m_timing.getReady);
        if (d.durationMinutes) {
            push(PhaseKind::Activity, seconds(d.durationMinutes->value * 60));
        } else {
            const int sets = d.sets ? std::max(1, d.sets->value) : 1;
            for (int set = 1; set <= sets; ++set) {
                m_set = set;
                m_sets = d.sets ? sets : 0;
                addSet(d);
                if (set < sets)
                    push(PhaseKind::RestBetweenSets,
                        d.restBetweenSetsSeconds ? seconds(*d.restBetweenSetsSeconds) : m_timing.restBetweenSets);
            }
        }
        m_set = m_sets = 0;
        PlanItem &item = m_plan.items.back();
        item.phaseCount = m_plan.phases.size() - item.firstPhase;
    }

private:
    // What one repetition is made of.
    enum class Shape { Hold, Paced, SelfPaced };

    static Shape shapeOf(const Dosage &d)
    {
        if (d.holdSeconds)
            return Shape::Hold;
        if (d.tempoSecondsPerRep)
            return Shape::Paced;
        return Shape::SelfPaced;
    }

    void addSet(const Dosage &d)
    {
        const Shape shape = shapeOf(d);
        const int reps = d.reps ? std::max(1, d.reps->value) : 1;
        const Sides sides = d.sides.value_or(Sides::None);

        if (shape == Shape::SelfPaced) {
            // Nothing to time: one open-ended phase per side, the user says when it is done.
            const int count = d.reps ? reps : 0;
            if (sides == Sides::EachSide) {
                push(PhaseKind::SelfPaced, Millis{0}, 0, count, Side::Left);
                push(PhaseKind::SwitchSide, m_timing.switchSide, 0, 0, Side::Right);
                push(PhaseKind::SelfPaced, Millis{0}, 0, count, Side::Right);
            } else {
                push(PhaseKind::SelfPaced, Millis{0}, 0, count, Side::None);
            }
            return;
        }

        if (sides == Sides::EachSide) {
            addReps(d, shape, reps, Side::Left);
            push(PhaseKind::SwitchSide, m_timing.switchSide, 0, 0, Side::Right);
            addReps(d, shape, reps, Side::Right);
        } else {
            addReps(d, shape, reps, sides == Sides::Alternate ? Side::Left : Side::None, sides == Sides::Alternate);
        }
    }

    void addReps(const Dosage &d, Shape shape, int reps, Side side, bool alternate = false)
    {
        const Millis rest = d.restBetweenRepsSeconds ? seconds(*d.restBetweenRepsSeconds) : Millis{0};
        for (int rep = 1; rep <= reps; ++rep) {
            const Side repSide = alternate ? (rep % 2 == 1 ? Side::Left : Side::Right) : side;
            if (shape == Shape::Hold) {
                const int hold = d.holdSeconds->value;
                const Millis moving =
                    hold <= m_timing.shortHoldSeconds ? m_timing.shortHoldMove : m_timing.moveIntoPosition;
                const Millis release = hold <= m_timing.shortHoldSeconds ? m_timing.shortHoldMove : m_timing.release;
                push(PhaseKind::MoveIntoPosition, moving, rep, reps, repSide);
                push(PhaseKind::Hold, seconds(hold), rep, reps, repSide);
                push(PhaseKind::Release, release, rep, reps, repSide);
            } else {
                push(PhaseKind::PacedRep, seconds(*d.tempoSecondsPerRep), rep, reps, repSide);
            }
            if (rep == reps)
                break;
            if (alternate && shape == Shape::Hold) {
                // Changing legs between holds doubles as the rest between them.
                const Side next = rep % 2 == 1 ? Side::Right : Side::Left;
                push(PhaseKind::SwitchSide, std::max(m_timing.switchSide, rest), rep + 1, reps, next);
            } else if (rest > Millis{0}) {
                push(PhaseKind::RestBetweenReps, rest, rep + 1, reps,
                    alternate ? (rep % 2 == 1 ? Side::Right : Side::Left) : side);
            }
        }
    }

    void push(PhaseKind kind, Millis duration, int rep = 0, int reps = 0, Side side = Side::None)
    {
        Phase phase;
        phase.kind = kind;
        phase.item = m_item;
        phase.rep = rep;
        phase.reps = reps;
        phase.set = m_set;
        phase.sets = m_sets;
        phase.side = side;
        phase.duration = kind == PhaseKind::SelfPaced ? Millis{0} : duration;
        phase.start = m_plan.total;
        m_plan.total += phase.duration;
        m_plan.phases.push_back(phase);
    }

    SessionPlan &m_plan;
    const PlanTiming &m_timing;
    std::size_t m_item = 0;
    int m_set = 0;
    int m_sets = 0;
};

Range exactly(int value)
{
    return Range{value, value, value};
}

} // namespace

Dosage sessionDosage(const Exercise &exercise, const Dosage &routineDosage, const DosageChange &change)
{
    Dosage d = exercise.dosage.overriddenBy(routineDosage);
    if (change.holdSeconds)
        d.holdSeconds = exactly(std::max(1, *change.holdSeconds));
    if (change.reps)
        d.reps = exactly(std::max(1, *change.reps));
    if (change.sets)
        d.sets = exactly(std::max(1, *change.sets));
    return d;
}

SessionPlan planRoutine(
    const ContentBank &bank, const Routine &routine, const std::vector<DosageChange> &changes, const PlanTiming &timing)
{
    SessionPlan plan;
    plan.routineId = routine.id;
    Planner planner(plan, timing);
    for (std::size_t i = 0; i < routine.items.size(); ++i) {
        const RoutineItem &item = routine.items[i];
        const Exercise *exercise = bank.exercise(item.exercise);
        if (!exercise)
            continue;
        const DosageChange change = i < changes.size() ? changes[i] : DosageChange{};
        planner.addItem(*exercise, sessionDosage(*exercise, item.dosage, change), item.note);
    }
    return plan;
}

SessionPlan planExercise(const Exercise &exercise, const DosageChange &change, const PlanTiming &timing)
{
    SessionPlan plan;
    Planner planner(plan, timing);
    planner.addItem(exercise, sessionDosage(exercise, Dosage{}, change), std::nullopt);
    return plan;
}

int currentStepIndex(const Exercise &exercise, const Phase &phase)
{
    const int count = static_cast<int>(exercise.steps.size());
    if (count == 0)
        return -1;
    const auto holdStep = [&] {
        for (int i = 0; i < count; ++i) {
            std::string text = exercise.steps[static_cast<std::size_t>(i)].english();
            std::transform(text.begin(), text.end(), text.begin(),
                [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            for (const char *word : {"hold", "stay", "pause"}) {
                const std::size_t at = text.find(word);
                const bool wordStart =
                    at != std::string::npos && (at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1])));
                if (wordStart)
                    return i;
            }
        }
        return count / 2;
    };
    switch (phase.kind) {
    case PhaseKind::GetReady:
        return 0;
    case PhaseKind::MoveIntoPosition:
        return std::max(0, holdStep() - 1);
    case PhaseKind::Hold:
        return holdStep();
    case PhaseKind::Release:
        return std::min(count - 1, holdStep() + 1);
    case PhaseKind::PacedRep:
        return count > 1 ? 1 + (phase.rep - 1) % (count - 1) : 0;
    default:
        return -1;
    }
}

} // namespace lumbar
