// FreeExerciseDb: imports exercises in the public free-exercise-db format (a JSON array of objects with id, name,
// force, level, mechanic, equipment, primaryMuscles, secondaryMuscles, instructions, category, images) into one
// bank file of ours. Instructions become steps, level becomes difficulty, category and equipment map where they can;
// what has no match is kept in the notes. Every imported exercise gets the app's stop rules and cites the database
// as its source. Entries that cannot be imported are listed with the reason; ids never clash with `taken`.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <ostream>
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

// The import laid into a bank folder as a new file (free-exercise-db.json, or -2, -3… when taken), written whole or
// not at all. The folder is made if missing. Ids are checked against the built-in bank and the folder's own files;
// nothing is written if the folder already has errors, or if the new file would not load cleanly beside them.
struct FolderImport
{
    bool ok = false;
    std::string error; // what stopped it, in a sentence
    std::filesystem::path written; // the new file
    FreeExerciseDbImport import;
};
FolderImport importFreeExerciseDbInto(std::string_view jsonText, const std::filesystem::path &folder);

// --import-free-exercise-db FILE [--into DIR]: imports FILE into `folder`, then prints what was imported and every
// entry that was not, with the reason. Returns the process's exit code: 0 when the file was written.
int runImportFreeExerciseDb(
    const std::filesystem::path &file, const std::filesystem::path &folder, std::ostream &out, std::ostream &err);

} // namespace lumbar
