// Small text helpers the validator uses to suggest what a user probably meant ("did you mean 'bridge'?").
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace lumbar {

// Levenshtein distance, stopping early once it exceeds `limit` (returns limit + 1 then).
std::size_t editDistance(std::string_view a, std::string_view b, std::size_t limit);

// The closest candidate to `word` when it is close enough to be a likely typo; empty otherwise.
template<class Range>
std::string closestMatch(std::string_view word, const Range &candidates)
{
    const std::size_t limit = word.size() <= 4 ? 1 : (word.size() <= 10 ? 2 : 3);
    std::string best;
    std::size_t bestDistance = limit + 1;
    for (const auto &candidate : candidates) {
        const std::string_view c{candidate};
        const auto d = editDistance(word, c, limit);
        if (d < bestDistance) {
            bestDistance = d;
            best = std::string(c);
        }
    }
    return best;
}

} // namespace lumbar
