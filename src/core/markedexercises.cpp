#include "markedexercises.h"

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
    Routine playable = routine;
    std::erase_if(playable.items, [&flags](const RoutineItem &item) { return markOn(item.exercise, flags); });
    return playable;
}

void leaveOutMarked(GuideResult &result, const std::vector<ExerciseFlag> &flags)
{
    std::erase_if(result.tryExercises,
        [&flags](const ExerciseSuggestion &s) { return s.exercise && markOn(s.exercise->id, flags); });
}

bool loadsAlike(const Exercise &reported, const Exercise &other)
{
    if (reported.id == other.id || reported.category == other.category)
        return true;
    const auto tensions = [](Category c) { return c == Category::Stretch || c == Category::NerveMobility; };
    return tensions(reported.category) && tensions(other.category);
}

std::vector<std::size_t> alikeAfter(const SessionPlan &plan, std::size_t item)
{
    std::vector<std::size_t> alike;
    if (item >= plan.items.size() || !plan.items[item].exercise)
        return alike;
    const Exercise &reported = *plan.items[item].exercise;
    for (std::size_t i = item + 1; i < plan.items.size(); ++i)
        if (plan.items[i].exercise && loadsAlike(reported, *plan.items[i].exercise))
            alike.push_back(i);
    return alike;
}

} // namespace lumbar
