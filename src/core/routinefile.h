// Routine files: a routine written out in the bank format (one file, one routine), so the user's own routines load
// through the same loader and checks as the shipped bank; and ids for new routines that clash with nothing.
#pragma once

#include "contentbank.h"
#include "contenttypes.h"

#include <functional>
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

// An id made from `name` ("My back routine" → "my-back-routine"), with "-2", "-3"… added while `taken` says the id
// is in use. Names with nothing usable in them give `fallback`.
std::string uniqueId(
    std::string_view name, std::string_view fallback, const std::function<bool(std::string_view)> &taken);
// uniqueId for a routine: "my-routine" when the name has nothing usable.
std::string uniqueRoutineId(std::string_view name, const std::function<bool(std::string_view)> &taken);

} // namespace lumbar
