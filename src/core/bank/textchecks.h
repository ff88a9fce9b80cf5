// Byte- and text-level checks on bank files, made before and while parsing, so a hostile or mistyped file gets a
// clear message instead of a parser's.
#pragma once

#include <cstddef>
#include <string_view>

namespace lumbar::bankload {

// Offset of the first byte that is not well-formed UTF-8, or npos.
std::size_t firstInvalidUtf8(std::string_view s);

// Offset of the bracket that first goes deeper than `limit`, or npos. Strings are skipped. Also counts the
// values in the file (every '{', '[' and ',' outside strings starts one) into `values`.
std::size_t firstTooDeep(std::string_view s, int limit, std::size_t &values);

// True when `s` holds only white space: ASCII or the Unicode spaces that both the schema's regular expressions
// (ECMAScript and Python) count as \\s, so the schema's "\\S" and this check agree.
bool isBlank(std::string_view s);

bool hasControlCharacters(std::string_view s);

// Where a number literal that the parser refused stands in the text: outside strings, after ':', ',' or '['.
std::size_t findNumberLiteral(std::string_view text, std::string_view literal);

bool isValidId(std::string_view id);

bool isLanguageCode(std::string_view s);

} // namespace lumbar::bankload
