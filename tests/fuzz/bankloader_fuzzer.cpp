// libFuzzer target over the bank loader and validator: any bytes as a bank file must give a clean report —
// no crash, no sanitizer finding, and the report's own promises kept (checked below, trapping if broken).
#include "core/bank/bankloader.h"
#include "core/sessionplan.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

void require(bool condition)
{
    if (!condition)
        __builtin_trap(); // a broken promise is a finding, like a crash
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    lumbar::BankLayer layer;
    layer.files.push_back({"fuzz.json", std::string(reinterpret_cast<const char *>(data), size)});
    const lumbar::LoadResult result = lumbar::BankLoader::load(layer);

    // The report: one line per problem, located, within the per-file budget, and an honest verdict.
    require(result.diagnostics.size() <= static_cast<std::size_t>(lumbar::BankLoader::kMaxProblemsPerFile) + 1);
    require(result.ok() == (result.errors == 0));
    require(result.errors >= lumbar::countOf(result.diagnostics, lumbar::Severity::Error));
    for (const auto &d : result.diagnostics) {
        const std::string line = lumbar::formatDiagnostic(d);
        require(line.find('\n') == std::string::npos && line.find('\x1b') == std::string::npos);
        require(!d.message.empty());
        require(d.path.empty() || d.line >= 1);
    }
    if (!result.ok())
        return 0;
    // A bank that loads is usable: every routine's items name exercises it has, and every routine can be planned.
    for (const auto &r : result.bank->routines()) {
        for (const auto &item : r.items)
            require(result.bank->exercise(item.exercise) != nullptr);
        (void)lumbar::planRoutine(*result.bank, r);
    }
    return 0;
}
