#include "ownroutines.h"

#include "ui/text/uitext.h"

#include "core/routineedit.h"
#include "core/routinefile.h"

#include <utility>

namespace lumbar::ui {

OwnRoutines::OwnRoutines(std::shared_ptr<const ContentBank> bank, RoutineStore store)
    : m_bank(std::move(bank))
    , m_store(std::move(store))
{
}

bool OwnRoutines::isOwn(const QString &routineId) const
{
    return m_bank->routine(toStd(routineId)) != nullptr && m_store.contains(routineId);
}

bool OwnRoutines::taken(std::string_view id) const
{
    return m_bank->routine(id) != nullptr || m_store.contains(qs(id));
}

OwnRoutines::Outcome OwnRoutines::addExercise(
    const QString &exerciseId, const QString &routineId, const QString &newName) const
{
    const Exercise *exercise = m_bank->exercise(toStd(exerciseId));
    if (!exercise)
        return {};
    Routine routine;
    if (routineId.isEmpty()) {
        const QString name = newName.trimmed().isEmpty() ? tr("My routine") : newName.trimmed();
        routine.id = uniqueRoutineId(toStd(name), [this](std::string_view id) { return taken(id); });
        routine.name = LocalText(toStd(name));
        routine.purpose = LocalText(toStd(tr("Exercises chosen from the library.")));
        routine.audience = LocalText(toStd(tr("The person who made it, as agreed with their clinician.")));
    } else if (isOwn(routineId)) {
        routine = *m_bank->routine(toStd(routineId));
    } else {
        return {}; // only the user's own routines can be changed
    }
    routine.items.push_back(RoutineItem{exercise->id, {}, {}});
    if (QString error; !m_store.save(routine, &error))
        return {false, {}, tr("Could not save the routine"),
            tr("“%1” could not be added to “%2”: %3\n\nNothing was changed.")
                .arg(qs(exercise->name), qs(routine.name), error)};
    return {true, qs(routine.id), {}, tr("Added “%1” to your routine “%2”.").arg(qs(exercise->name), qs(routine.name))};
}

Routine OwnRoutines::startingPoint(const QString &routineId, bool copy) const
{
    const Routine *existing = routineId.isEmpty() ? nullptr : m_bank->routine(toStd(routineId));
    if (!existing) {
        Routine routine;
        routine.name = LocalText(toStd(tr("New routine")));
        return routine;
    }
    if (!copy && m_store.contains(routineId))
        return *existing;
    Routine routine = duplicated(
        *existing, toStd(tr("Copy of %1").arg(qs(existing->name))), [this](std::string_view id) { return taken(id); });
    routine.id.clear(); // given when first saved, from whatever title it ends up with
    return routine;
}

OwnRoutines::Outcome OwnRoutines::remove(const QString &routineId) const
{
    if (!isOwn(routineId))
        return {}; // the shipped routines stay
    const QString name = qs(m_bank->routine(toStd(routineId))->name);
    if (QString error; !m_store.remove(routineId, &error))
        return {false, routineId, tr("Routine not deleted"), tr("“%1” could not be deleted: %2").arg(name, error)};
    return {true, routineId, {}, tr("Moved “%1” to the trash.").arg(name)};
}

} // namespace lumbar::ui
