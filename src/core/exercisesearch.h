// Text matching for the exercise search: ASCII case folding, splitting a query into words, and finding a word at
// the start of a word of text ("ham" in "hamstring", "cow" in "cat-cow", but not "string" in "hamstring").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lumbar {

// Lower-cases ASCII letters; other bytes (UTF-8) are compared as they are, so offsets in the folded text are
// offsets in the original.
std::string foldCase(std::string_view text);

// The words of a search, case-folded; spaces, tabs and line breaks separate them.
std::vector<std::string> queryWords(std::string_view query);

// Letters, digits and the bytes of UTF-8 sequences make up words; everything else separates them.
bool isWordByte(char c);

// True when `position` in `text` begins a word: the start of the text, or after a byte that is not a letter or a
// digit (bytes of UTF-8 sequences count as letters).
bool startsWord(std::string_view text, std::size_t position);

// The first position at or after `from` where `word` begins a word of `text` (both already folded), or npos.
std::size_t findWordPrefix(std::string_view text, std::string_view word, std::size_t from = 0);

} // namespace lumbar
