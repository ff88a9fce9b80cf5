#include "exercisesearch.h"

#include <algorithm>
#include <vector>

namespace lumbar {

std::string foldCase(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
        [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

namespace {

std::vector<std::string> wordsOf(std::string_view query)
{
    std::vector<std::string> words;
    std::string current;
    for (const char c : query) {
        if (c == ' ' || c == '\t' || c == '\n') {
            if (!current.empty())
                words.push_back(foldCase(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        words.push_back(foldCase(current));
    return words;
}

bool contains(const LocalText &text, const std::string &word)
{
    return foldCase(text.english()).find(word) != std::string::npos;
}

} // namespace

bool exerciseMatches(const Exercise &exercise, std::string_view query)
{
    for (const auto &word : wordsOf(query)) {
        bool found = contains(exercise.name, word) || contains(exercise.summary, word);
        for (std::size_t i = 0; !found && i < exercise.aliases.size(); ++i)
            found = contains(exercise.aliases[i], word);
        for (std::size_t i = 0; !found && i < exercise.steps.size(); ++i)
            found = contains(exercise.steps[i], word);
        if (!found)
            return false;
    }
    return true;
}

} // namespace lumbar
