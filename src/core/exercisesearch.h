// Text search over exercises (names, aliases, summaries, steps), kept in the core so it is tested without Qt.
#pragma once

#include "contenttypes.h"

#include <string>
#include <string_view>

namespace lumbar {

// Lower-cases ASCII letters; other bytes (UTF-8) are compared as they are.
std::string foldCase(std::string_view text);

// True when every word of `query` appears in the exercise's name, aliases, summary or steps (case-insensitive).
// An empty query matches everything.
bool exerciseMatches(const Exercise &exercise, std::string_view query);

} // namespace lumbar
