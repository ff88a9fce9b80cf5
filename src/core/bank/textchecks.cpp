#include "textchecks.h"

#include <algorithm>
#include <cstdint>

namespace lumbar::bankload {

// Offset of the first byte that is not well-formed UTF-8, or npos.
std::size_t firstInvalidUtf8(std::string_view s)
{
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned long cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

namespace {

// Hands `visit(i, c)` each character of the JSON text `s` that stands outside strings, a string's opening quote
// included, skipping the string's inside. Returns the first offset for which `visit` says true, or npos.
template<class Visit>
std::size_t findOutsideStrings(std::string_view s, Visit visit)
{
    bool inString = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        inString = c == '"';
        if (visit(i, c))
            return i;
    }
    return std::string_view::npos;
}

} // namespace

// Offset of the bracket that first goes deeper than `limit`, or npos. Strings are skipped. Also counts the
// values in the file (every '{', '[' and ',' outside strings starts one) into `values`.
std::size_t firstTooDeep(std::string_view s, int limit, std::size_t &values)
{
    int depth = 0;
    values = 1;
    return findOutsideStrings(s, [&](std::size_t, char c) {
        if (c == '{' || c == '[') {
            ++values;
            return ++depth > limit;
        }
        if (c == '}' || c == ']')
            --depth;
        else if (c == ',')
            ++values;
        return false;
    });
}

// True when `s` holds only white space: ASCII or the Unicode spaces that both the schema's regular expressions
// (ECMAScript and Python) count as \\s, so the schema's "\\S" and this check agree.
bool isBlank(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            ++i;
            continue;
        }
        if (c < 0x80)
            return false;
        // Decode one code point (the text is valid UTF-8: it was checked before parsing).
        const std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
        unsigned long cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
        for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        const bool space = cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
            cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
        if (!space)
            return false;
        i += len;
    }
    return true;
}

bool hasControlCharacters(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c < 0x20 || c == 0x7F;
    });
}

// Where a number literal that the parser refused stands in the text: outside strings, after ':', ',' or '['.
std::size_t findNumberLiteral(std::string_view text, std::string_view literal)
{
    char previous = 0; // last significant character outside strings
    const std::size_t at = findOutsideStrings(text, [&](std::size_t i, char c) {
        if (c != '"' && (previous == ':' || previous == ',' || previous == '[') &&
            text.substr(i, literal.size()) == literal)
            return true;
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            previous = c;
        return false;
    });
    return at == std::string_view::npos ? 0 : at;
}

bool isValidId(std::string_view id)
{
    if (id.empty() || id.size() > 64 || id.front() == '-' || id.back() == '-')
        return false;
    char previous = 0;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && previous == '-'))
            return false;
        previous = c;
    }
    return true;
}

bool isLanguageCode(std::string_view s)
{
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    if (s.size() == 2)
        return lower(s[0]) && lower(s[1]);
    return s.size() == 5 && lower(s[0]) && lower(s[1]) && s[2] == '-' && upper(s[3]) && upper(s[4]);
}

} // namespace lumbar::bankload
