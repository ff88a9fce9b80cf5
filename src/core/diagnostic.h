// Diagnostic: one problem found in a content bank, located by file, line:column and JSON path, in words a
// therapist understands.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lumbar {

enum class Severity { Error, Warning };

struct Diagnostic
{
    Severity severity = Severity::Error;
    std::string file; // the file as the user named it: the bank folder they gave plus the file name
    int line = 0; // 1-based; 0 when the problem is about the whole file or folder
    int column = 0; // 1-based, in characters
    std::string path; // JSON pointer ("/routines/0/items/2/exercise"); empty for whole-file problems
    std::string message;
};

// "routines.json:12:7: error: routine 'gentle-start' step 3 … [/routines/0/items/2/exercise]"
std::string formatDiagnostic(const Diagnostic &d);

// `text` safe to print on a terminal or show in one table cell: control characters become \u001B and bytes that
// are not UTF-8 become \xE9, so a bank can neither forge report lines nor send escape sequences.
std::string printable(std::string_view text);

bool hasErrors(const std::vector<Diagnostic> &diagnostics);
int countOf(const std::vector<Diagnostic> &diagnostics, Severity severity);

} // namespace lumbar
