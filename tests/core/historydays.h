// Days of November 2026, the month the history tests are set in: nov(3) is 3 November 2026.
#pragma once

#include "core/history.h"

#include <chrono>

namespace lumbar::test {

constexpr LocalDay nov(unsigned d)
{
    return LocalDay{std::chrono::year{2026} / 11 / std::chrono::day{d}};
}

} // namespace lumbar::test
