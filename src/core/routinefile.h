// Routine files: a routine written out in the bank format (one file, one routine), so the user's own routines load
// through the same loader and checks as the shipped bank; and ids for new routines that clash with nothing.
#pragma once

#include "contentbank.h"
#include "contenttypes.h"
#include "core/bank/bankloader.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lumbar {

// A complete bank file holding `routine` alone, pretty-printed, ending in a newline. Reading it back with
// BankLoader gives the same routine.
std::string routineFileText(const Routine &routine);

// A routine to share as one file: the routine with the exercises and sources it uses that are not built in (the
// ones from the user's own bank), so it loads on another computer with nothing else. Pictures are not carried.
std::string routineExportText(
    const Routine &routine, const std::vector<Exercise> &exercises, const std::vector<Source> &sources);
// The same without a routine: a bank file of exercises and sources.
std::string bankFileText(const std::vector<Exercise> &exercises, const std::vector<Source> &sources);
// The share file for `routine` as the bank in use has it: with the exercises and sources it needs that `builtIn`
// lacks or has differently.
std::string routineShareText(const Routine &routine, const ContentBank &inUse, const ContentBank &builtIn);

// A shared routine file checked before anything of it is saved, as the app would load it (over `base`, the layers
// the app runs on). `problems`: every diagnostic in the file; `conflict`: an exercise it brings that differs from the
// one in `inUse`. When both are empty, `routine` is the one routine it holds, and `exercises` and `sources` are what
// it brings that `inUse` lacks.
struct SharedRoutineCheck
{
    std::vector<Diagnostic> problems;
    std::string otherProblem; // not the loader's: no routine or several, a conflicting exercise
    std::optional<Routine> routine;
    std::vector<Exercise> exercises;
    std::vector<Source> sources;
    bool ok() const { return problems.empty() && otherProblem.empty() && routine.has_value(); }
};
SharedRoutineCheck checkSharedRoutine(
    const BankFile &file, const std::string &folder, std::vector<const BankLayer *> base, const ContentBank &inUse);

// An id made from `name` ("My back routine" → "my-back-routine"), with "-2", "-3"… added while `taken` says the id
// is in use. Names with nothing usable in them give `fallback`.
std::string uniqueId(
    std::string_view name, std::string_view fallback, const std::function<bool(std::string_view)> &taken);
// uniqueId for a routine: "my-routine" when the name has nothing usable.
std::string uniqueRoutineId(std::string_view name, const std::function<bool(std::string_view)> &taken);

} // namespace lumbar
