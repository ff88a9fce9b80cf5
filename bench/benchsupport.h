// Shared by the benchmark programs: the synthetic 10,000-exercise bank that scripts/make-synthetic-bank writes.
#pragma once

#include "core/bank/bankloader.h"

#include <cstdlib>
#include <filesystem>
#include <string>

namespace lumbar::bench {

// The folder named by LUMBAR_SYNTHETIC_BANK (scripts/bench sets it), read once; empty when it is not set.
inline const BankLayer &syntheticBank()
{
    static const BankLayer layer = [] {
        const char *folder = std::getenv("LUMBAR_SYNTHETIC_BANK");
        return folder ? BankLoader::readFolder(folder) : BankLayer{};
    }();
    return layer;
}

// The keystrokes of someone typing a search, one prefix per benchmark argument.
inline std::string typedPrefix(long keystrokes)
{
    static const std::string typed = "hamstring stretch";
    return typed.substr(0, static_cast<std::size_t>(keystrokes));
}

} // namespace lumbar::bench
