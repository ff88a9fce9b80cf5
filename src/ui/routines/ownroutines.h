// OwnRoutines: the user's own routines as use-cases without widgets — add an exercise (to a routine of theirs or a
// new one), the starting point of an edit or a copy, and deleting one. The window asks and shows; this decides and
// saves. The caller reloads the bank after a change.
#pragma once

#include "routinestore.h"

#include "core/contentbank.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace lumbar::ui {

class OwnRoutines
{
    Q_DECLARE_TR_FUNCTIONS(OwnRoutines)

public:
    // What became of a change: for the window to show.
    struct Outcome
    {
        bool ok = false;
        QString routineId;
        QString title; // a message box's title when it failed
        QString message; // a sentence for the user
    };

    explicit OwnRoutines(std::shared_ptr<const ContentBank> bank, RoutineStore store = RoutineStore());

    // Only the user's own routines can be changed or deleted; the built-in ones stay.
    bool isOwn(const QString &routineId) const;
    // Adds the exercise at the end of the user's routine `routineId`, or of a new one called `newName` ("My
    // routine" when blank) when `routineId` is empty.
    Outcome addExercise(const QString &exerciseId, const QString &routineId, const QString &newName) const;
    // What the builder opens: the user's routine as it is; a copy ("Copy of …", without an id until first saved)
    // of a built-in one or when `copy` is asked; an empty "New routine" when `routineId` is empty.
    Routine startingPoint(const QString &routineId, bool copy) const;
    // Moves the routine's file to the trash.
    Outcome remove(const QString &routineId) const;
    const RoutineStore &store() const { return m_store; }

private:
    bool taken(std::string_view id) const;

    std::shared_ptr<const ContentBank> m_bank;
    RoutineStore m_store;
};

} // namespace lumbar::ui
