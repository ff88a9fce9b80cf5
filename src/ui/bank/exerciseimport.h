// ExerciseImport: bringing a collection of exercises from elsewhere (the public free-exercise-db) into the user's bank
// folder, as a use-case without widgets: the window shows the outcome and reloads the bank after a success.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace lumbar::ui {

class ExerciseImport
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseImport)

public:
    struct Outcome
    {
        bool ok = false;
        QString title; // for a message box
        QString message; // what happened, and the caution about a general fitness collection
        QString details; // each entry that could not be imported, with why
        QString status; // a short line for the status bar
        QString firstExerciseId; // to show in the library
    };

    // Reads `file` (free-exercise-db's exercises.json) and writes the exercises into `bankFolder` only when the
    // result loads cleanly beside the built-in bank; nothing is changed otherwise.
    static Outcome fromFreeExerciseDb(const QString &file, const QString &bankFolder);
};

} // namespace lumbar::ui
