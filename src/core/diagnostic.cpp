#include "diagnostic.h"

#include <algorithm>

namespace lumbar {

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
