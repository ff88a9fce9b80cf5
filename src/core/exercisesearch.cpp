#include "exercisesearch.h"

#include <algorithm>

namespace lumbar {

bool isWordByte(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') || byte >= 0x80;
}

std::string foldCase(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
        [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

std::vector<std::string> queryWords(std::string_view query)
{
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < query.size()) {
        const std::size_t begin = query.find_first_not_of(" \t\r\n", start);
        if (begin == std::string_view::npos)
            break;
        std::size_t end = query.find_first_of(" \t\r\n", begin);
        if (end == std::string_view::npos)
            end = query.size();
        words.push_back(foldCase(query.substr(begin, end - begin)));
        start = end;
    }
    return words;
}

bool startsWord(std::string_view text, std::size_t position)
{
    return position == 0 || (position <= text.size() && !isWordByte(text[position - 1]));
}

std::size_t findWordPrefix(std::string_view text, std::string_view word, std::size_t from)
{
    if (word.empty())
        return std::string_view::npos;
    for (std::size_t at = text.find(word, from); at != std::string_view::npos; at = text.find(word, at + 1)) {
        if (startsWord(text, at))
            return at;
    }
    return std::string_view::npos;
}

} // namespace lumbar
