#include "markedexercises.h"

#include "contentbank.h"

#include <algorithm>

namespace lumbar {

const ExerciseFlag *markOn(const std::string &exerciseId, const std::vector<ExerciseFlag> &flags)
{
    const ExerciseFlag *latest = nullptr;
    for (const ExerciseFlag &flag : flags)
        if (!flag.cleared && flag.exerciseId == exerciseId && (!latest || flag.at >= latest->at))
            latest = &flag;
    return latest;
}

std::vector<ExerciseFlag> marksIn(const Routine &routine, const std::vector<ExerciseFlag> &flags)
{
    std::vector<ExerciseFlag> marks;
    for (const RoutineItem &item : routine.items) {
        const bool listed = std::any_of(
            marks.begin(), marks.end(), [&item](const ExerciseFlag &m) { return m.exerciseId == item.exercise; });
        if (listed)
            continue;
        if (const ExerciseFlag *mark = markOn(item.exercise, flags))
            marks.push_back(*mark);
    }
    return marks;
}

Routine withoutMarked(const Routine &routine, const std::vector<ExerciseFlag> &flags)
{
    std::vector<std::string> marked;
    for (const ExerciseFlag &mark : marksIn(routine, flags))
        marked.push_back(mark.exerciseId);
    return withoutExercises(routine, marked);
}

void leaveOutMarked(GuideResult &result, const ContentBank &bank, const std::vector<ExerciseFlag> &flags)
{
    const auto note = [&result](const Exercise *e) {
        if (std::find(result.markedForYou.begin(), result.markedForYou.end(), e) == result.markedForYou.end())
            result.markedForYou.push_back(e);
    };
    std::erase_if(result.tryExercises, [&](const ExerciseSuggestion &s) {
        const bool marked = s.exercise && markOn(s.exercise->id, flags);
        if (marked)
            note(s.exercise);
        return marked;
    });
    // What was suggested before the marks were taken out: a routine's marked item no longer counts as suggested.
    const std::vector<const Exercise *> wereSuggested = result.markedForYou;
    for (RoutineSuggestion &s : result.routines)
        for (const RoutineItem &item : s.routine->items) {
            const Exercise *e = bank.exercise(item.exercise);
            if (!e || !markOn(e->id, flags))
                continue;
            if (std::find(wereSuggested.begin(), wereSuggested.end(), e) != wereSuggested.end())
                --s.suggestedItems;
            note(e);
            if (std::find(s.cautionedItems.begin(), s.cautionedItems.end(), e) == s.cautionedItems.end())
                s.cautionedItems.push_back(e);
        }
    // Routines without a cautioned or marked item first, as the guide ranks them.
    std::stable_sort(
        result.routines.begin(), result.routines.end(), [](const RoutineSuggestion &a, const RoutineSuggestion &b) {
            return a.cautionedItems.empty() && !b.cautionedItems.empty();
        });
}

Routine withoutExercises(const Routine &routine, const std::vector<std::string> &exercises)
{
    Routine playable = routine;
    std::erase_if(playable.items, [&exercises](const RoutineItem &item) {
        return std::find(exercises.begin(), exercises.end(), item.exercise) != exercises.end();
    });
    return playable;
}

std::vector<std::string> alikeToMarkedOn(
    const ContentBank &bank, const std::vector<ExerciseFlag> &flags, std::chrono::sys_days day)
{
    std::vector<std::string> alike;
    for (const ExerciseFlag &flag : flags) {
        const Exercise *reported = flag.cleared || flag.day != day ? nullptr : bank.exercise(flag.exerciseId);
        if (!reported)
            continue;
        for (const Exercise &other : bank.exercises())
            if (loadsAlike(*reported, other) && !markOn(other.id, flags) &&
                std::find(alike.begin(), alike.end(), other.id) == alike.end())
                alike.push_back(other.id);
    }
    return alike;
}

bool loadsAlike(const Exercise &reported, const Exercise &other)
{
    if (reported.id == other.id || reported.category == other.category)
        return true;
    const auto tensions = [](Category c) { return c == Category::Stretch || c == Category::NerveMobility; };
    return tensions(reported.category) && tensions(other.category);
}

std::vector<std::size_t> loadingAlike(const SessionPlan &plan, std::size_t item)
{
    std::vector<std::size_t> alike;
    if (item >= plan.items.size() || !plan.items[item].exercise)
        return alike;
    const Exercise &reported = *plan.items[item].exercise;
    for (std::size_t i = 0; i < plan.items.size(); ++i)
        if (i != item && plan.items[i].exercise && loadsAlike(reported, *plan.items[i].exercise))
            alike.push_back(i);
    return alike;
}

} // namespace lumbar
