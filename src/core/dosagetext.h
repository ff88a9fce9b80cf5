// Dosage in plain words ("Hold 20–30 seconds · 3 times, alternating legs · once or twice a day") for the
// library, routines and handouts.
#pragma once

#include "contenttypes.h"

#include <string>
#include <vector>

namespace lumbar {

// The parts of a dosage as separate phrases, in reading order; join them with " · " for one line.
std::vector<std::string> dosagePhrases(const Dosage &dosage);
std::string describeDosage(const Dosage &dosage);

// "20–30" or "30"; "once", "twice", "3 times" for counts of a day.
std::string rangeText(const Range &range);
std::string timesText(const Range &range);

} // namespace lumbar
