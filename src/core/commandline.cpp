#include "commandline.h"

#include "core/bank/bankloader.h"
#include "shippedbank.h"

#include <algorithm>

namespace lumbar {

int runValidate(const std::filesystem::path &folder, std::ostream &out, std::ostream &err)
{
    const BankLayer user = BankLoader::readFolder(folder);
    const LoadResult result = BankLoader::load({&shippedBankLayer(), &user});
    for (const auto &d : result.diagnostics)
        err << formatDiagnostic(d) << '\n';
    const int errors = result.errors;
    const int warnings = result.warnings;
    out << printable(folder.generic_string()) << ": " << user.files.size()
        << (user.files.size() == 1 ? " file, " : " files, ") << errors << (errors == 1 ? " error, " : " errors, ")
        << warnings << (warnings == 1 ? " warning" : " warnings");
    if (result.ok())
        out << "; " << result.bank->exercises().size() << " exercises and " << result.bank->routines().size()
            << " routines with the built-in bank";
    out << '\n';
    return errors > 0 ? 1 : 0;
}

void printList(const ContentBank &bank, std::ostream &out)
{
    std::size_t width = 0;
    for (const auto &e : bank.exercises())
        width = std::max(width, e.id.size());
    for (const auto &r : bank.routines())
        width = std::max(width, r.id.size());
    auto row = [&](const std::string &id, const std::string &name) {
        out << "  " << id << std::string(width - id.size() + 2, ' ') << name << '\n';
    };
    out << "Exercises (" << bank.exercises().size() << "):\n";
    for (const auto &e : bank.exercises())
        row(e.id, e.name.english());
    out << "Routines (" << bank.routines().size() << "):\n";
    for (const auto &r : bank.routines())
        row(r.id, r.name.english());
}

} // namespace lumbar
