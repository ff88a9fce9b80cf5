// The command-line reports that need no display: --validate and --list. They write to streams so tests can
// read exactly what a user would see.
#pragma once

#include "contentbank.h"

#include <filesystem>
#include <ostream>

namespace lumbar {

// Checks `folder` laid over the built-in bank and prints every problem with a summary line.
// Returns the process exit code: 1 if there is any error, 0 otherwise.
int runValidate(const std::filesystem::path &folder, std::ostream &out, std::ostream &err);

// Prints the exercise and routine ids with their names.
void printList(const ContentBank &bank, std::ostream &out);

} // namespace lumbar
