// JsonLocator: finds where a JSON pointer's value starts in the original text, and turns byte offsets into
// line:column. nlohmann/json keeps no positions, so problems are located after the fact, only when reported.
// One locator serves every problem in a file: it remembers where it got to, so many problems in one large file
// cost one pass over it, not one pass each.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lumbar {

struct TextPosition
{
    int line = 1;
    int column = 1; // in characters (UTF-8 code points), 1-based
};

class JsonLocator
{
public:
    // `text` must be valid JSON (it was parsed before); it is not copied and must outlive the locator.
    explicit JsonLocator(std::string_view text)
        : m_text(text)
    {
    }

    // Byte offset of the value at `pointer` ("/exercises/3/name"), or of the deepest existing parent when the
    // pointer leads nowhere (a missing field is reported at the object that lacks it).
    std::size_t offsetOf(std::string_view pointer) const;
    TextPosition positionOf(std::string_view pointer) const { return positionAt(offsetOf(pointer)); }
    TextPosition positionAt(std::size_t offset) const;

    static TextPosition positionIn(std::string_view text, std::size_t offset);
    static std::vector<std::string> splitPointer(std::string_view pointer);

private:
    std::size_t skipSpace(std::size_t at) const;
    std::size_t skipString(std::size_t at) const; // at points at the opening quote; returns one past the close
    std::size_t skipValue(std::size_t at) const;
    std::string readString(std::size_t at, std::size_t *end) const;

    std::string_view m_text;
    // Per array (by its offset): the last element found and where it starts, to resume from there.
    mutable std::unordered_map<std::size_t, std::pair<unsigned long, std::size_t>> m_resume;
    // Known positions every 64 KiB, so a line:column is counted from nearby, not from the start.
    mutable std::vector<std::pair<std::size_t, TextPosition>> m_checkpoints{{0, TextPosition{}}};
};

} // namespace lumbar
