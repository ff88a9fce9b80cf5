// FreeExerciseDb: imports exercises in the public free-exercise-db format (a JSON array of objects with id, name,
// force, level, mechanic, equipment, primaryMuscles, secondaryMuscles, instructions, category, images) into one
// bank file of ours. Instructions become steps, level becomes difficulty, category and equipment map where they can;
// what has no match is kept in the notes. Every imported exercise gets the app's stop rules and cites the database
// as its source. Entries that cannot be imported are listed with the reason; ids never clash with `taken`.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace lumbar {

struct FreeExerciseDbImport
{
    struct Skipped
    {
        std::size_t index = 0; // 0-based position in the array
        std::string name; // the entry's name or id, when it has one
        std::string reason;
    };

    bool ok = false; // false: the input as a whole could not be read (see `error`); nothing was imported
    std::string error;
    std::string bankText; // a complete bank file with the imported exercises and the database as a source
    std::vector<std::string> ids; // of the imported exercises, in input order
    std::vector<Skipped> skipped;
};

// The source id every imported exercise cites.
inline constexpr std::string_view kFreeExerciseDbSourceId = "free-exercise-db";

// `exerciseTaken`: exercise ids already in use in the bank the file will join. `sourceInBank`: the bank already has
// the database as a source (an earlier import), so the file cites it without defining it again.
FreeExerciseDbImport importFreeExerciseDb(
    std::string_view jsonText, const std::function<bool(std::string_view)> &exerciseTaken, bool sourceInBank);

} // namespace lumbar
