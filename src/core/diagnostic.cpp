#include "diagnostic.h"

#include <algorithm>

namespace lumbar {

std::string printable(std::string_view text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
            ++i;
            continue;
        }
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        // Copy a well-formed UTF-8 sequence whole; escape a stray byte.
        const std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        bool ok = len > 0 && i + len <= text.size() && !(c == 0xC0 || c == 0xC1 || c > 0xF4);
        for (std::size_t k = 1; ok && k < len; ++k)
            ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        if (ok) {
            out.append(text.substr(i, len));
            i += len;
        } else {
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
            ++i;
        }
    }
    return out;
}

std::string formatDiagnostic(const Diagnostic &d)
{
    std::string out = d.file.empty() ? std::string("(bank)") : d.file;
    if (d.line > 0)
        out += ':' + std::to_string(d.line) + ':' + std::to_string(d.column);
    out += d.severity == Severity::Error ? ": error: " : ": warning: ";
    out += d.message;
    if (!d.path.empty())
        out += " [" + d.path + ']';
    return out;
}

bool hasErrors(const std::vector<Diagnostic> &diagnostics)
{
    return std::any_of(
        diagnostics.begin(), diagnostics.end(), [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

int countOf(const std::vector<Diagnostic> &diagnostics, Severity severity)
{
    return static_cast<int>(std::count_if(
        diagnostics.begin(), diagnostics.end(), [severity](const Diagnostic &d) { return d.severity == severity; }));
}

} // namespace lumbar
