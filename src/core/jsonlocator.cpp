#include "jsonlocator.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace lumbar {

namespace {

void appendUtf8(std::string &out, unsigned long cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

} // namespace

std::vector<std::string> JsonLocator::splitPointer(std::string_view pointer)
{
    std::vector<std::string> tokens;
    if (pointer.empty())
        return tokens;
    std::size_t at = pointer.front() == '/' ? 1 : 0;
    while (true) {
        const auto slash = pointer.find('/', at);
        std::string_view raw =
            pointer.substr(at, slash == std::string_view::npos ? std::string_view::npos : slash - at);
        std::string token;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '~' && i + 1 < raw.size()) {
                token += raw[i + 1] == '1' ? '/' : '~';
                ++i;
            } else {
                token += raw[i];
            }
        }
        tokens.push_back(std::move(token));
        if (slash == std::string_view::npos)
            break;
        at = slash + 1;
    }
    return tokens;
}

std::size_t JsonLocator::skipSpace(std::size_t at) const
{
    while (at < m_text.size() && (m_text[at] == ' ' || m_text[at] == '\t' || m_text[at] == '\n' || m_text[at] == '\r'))
        ++at;
    return at;
}

std::size_t JsonLocator::skipString(std::size_t at) const
{
    ++at; // opening quote
    while (at < m_text.size() && m_text[at] != '"')
        at += m_text[at] == '\\' ? 2 : 1;
    return at + 1;
}

std::size_t JsonLocator::skipValue(std::size_t at) const
{
    at = skipSpace(at);
    if (at >= m_text.size())
        return at;
    const char c = m_text[at];
    if (c == '"')
        return skipString(at);
    if (c == '{' || c == '[') {
        // Iterative, so even deep nesting cannot exhaust the stack.
        int depth = 0;
        while (at < m_text.size()) {
            const char d = m_text[at];
            if (d == '"') {
                at = skipString(at);
                continue;
            }
            if (d == '{' || d == '[')
                ++depth;
            else if ((d == '}' || d == ']') && --depth == 0)
                return at + 1;
            ++at;
        }
        return at;
    }
    // number, true, false, null
    while (at < m_text.size() && m_text[at] != ',' && m_text[at] != '}' && m_text[at] != ']' && m_text[at] != ' ' &&
        m_text[at] != '\n' && m_text[at] != '\r' && m_text[at] != '\t')
        ++at;
    return at;
}

std::string JsonLocator::readString(std::size_t at, std::size_t *end) const
{
    std::string out;
    ++at;
    while (at < m_text.size() && m_text[at] != '"') {
        if (m_text[at] != '\\') {
            out += m_text[at++];
            continue;
        }
        if (at + 1 >= m_text.size())
            break;
        const char e = m_text[at + 1];
        at += 2;
        switch (e) {
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            auto hex = [&](std::size_t p) {
                return p + 4 <= m_text.size() ? std::strtoul(std::string(m_text.substr(p, 4)).c_str(), nullptr, 16)
                                              : 0UL;
            };
            unsigned long cp = hex(at);
            at += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && at + 6 <= m_text.size() && m_text[at] == '\\' && m_text[at + 1] == 'u') {
                const unsigned long low = hex(at + 2);
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                at += 6;
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            out += e;
            break;
        }
    }
    if (end)
        *end = at + 1;
    return out;
}

std::size_t JsonLocator::offsetOf(std::string_view pointer) const
{
    std::size_t at = skipSpace(0);
    for (const auto &token : splitPointer(pointer)) {
        if (at >= m_text.size())
            return at;
        const char open = m_text[at];
        std::size_t found = std::string::npos;
        if (open == '{') {
            std::size_t p = skipSpace(at + 1);
            while (p < m_text.size() && m_text[p] == '"') {
                std::size_t afterKey = 0;
                const std::string key = readString(p, &afterKey);
                std::size_t valueAt = skipSpace(skipSpace(afterKey) + 1); // past ':'
                if (key == token)
                    found = valueAt; // keep going: like nlohmann, the last duplicate key wins
                p = skipSpace(skipValue(valueAt));
                if (p < m_text.size() && m_text[p] == ',')
                    p = skipSpace(p + 1);
                else
                    break;
            }
        } else if (open == '[') {
            char *endp = nullptr;
            const unsigned long wanted = std::strtoul(token.c_str(), &endp, 10);
            unsigned long i = 0;
            std::size_t p = skipSpace(at + 1);
            if (const auto resume = m_resume.find(at); resume != m_resume.end() && resume->second.first <= wanted)
                std::tie(i, p) = resume->second;
            for (; p < m_text.size() && m_text[p] != ']'; ++i) {
                if (i == wanted) {
                    found = p;
                    m_resume[at] = {i, p};
                    break;
                }
                p = skipSpace(skipValue(p));
                if (p < m_text.size() && m_text[p] == ',')
                    p = skipSpace(p + 1);
            }
        }
        if (found == std::string::npos)
            return at; // the deepest existing parent
        at = found;
    }
    return at;
}

namespace {

// Advances `pos` over text[from, to).
TextPosition advance(std::string_view text, std::size_t from, std::size_t to, TextPosition pos)
{
    for (std::size_t i = from; i < to; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++pos.column;
        }
    }
    return pos;
}

constexpr std::size_t kCheckpointEvery = std::size_t{64} * 1024;

} // namespace

TextPosition JsonLocator::positionIn(std::string_view text, std::size_t offset)
{
    return advance(text, 0, std::min(offset, text.size()), TextPosition{});
}

TextPosition JsonLocator::positionAt(std::size_t offset) const
{
    offset = std::min(offset, m_text.size());
    // Extend the checkpoints up to `offset`, then count from the nearest one below it.
    while (m_checkpoints.back().first + kCheckpointEvery <= offset) {
        const auto [at, pos] = m_checkpoints.back();
        m_checkpoints.emplace_back(at + kCheckpointEvery, advance(m_text, at, at + kCheckpointEvery, pos));
    }
    const auto above = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), offset,
        [](std::size_t value, const auto &checkpoint) { return value < checkpoint.first; });
    const auto &[at, pos] = *(above - 1);
    return advance(m_text, at, offset, pos);
}

} // namespace lumbar
