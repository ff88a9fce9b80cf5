// Core benchmarks: loading the shipped bank, loading a synthetic 10,000-exercise bank against nlohmann/json's bare
// parse of the same bytes, and searching that bank once per keystroke.
#include "benchsupport.h"

#include "core/exercisesearch.h"
#include "core/shippedbank.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

namespace {

using namespace lumbar;

void loadShippedBank(benchmark::State &state)
{
    for (auto _ : state) {
        LoadResult result = BankLoader::load(shippedBankLayer());
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(loadShippedBank)->Unit(benchmark::kMillisecond);

void syntheticParseOnly(benchmark::State &state)
{
    const BankLayer &bank = bench::syntheticBank();
    if (bank.files.empty()) {
        state.SkipWithError("set LUMBAR_SYNTHETIC_BANK (scripts/bench does)");
        return;
    }
    std::size_t bytes = 0;
    for (auto _ : state) {
        for (const auto &file : bank.files) {
            nlohmann::json parsed = nlohmann::json::parse(file.text); // parsed and freed, like the loader's tree
            benchmark::DoNotOptimize(parsed);
            bytes += file.text.size();
        }
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
BENCHMARK(syntheticParseOnly)->Unit(benchmark::kMillisecond);

void syntheticLoadAndValidate(benchmark::State &state)
{
    const BankLayer &bank = bench::syntheticBank();
    if (bank.files.empty()) {
        state.SkipWithError("set LUMBAR_SYNTHETIC_BANK (scripts/bench does)");
        return;
    }
    for (auto _ : state) {
        LoadResult result = BankLoader::load(bank);
        if (!result.ok())
            state.SkipWithError("the synthetic bank did not load");
        benchmark::DoNotOptimize(result);
    }
    state.counters["exercises"] = 10000;
}
BENCHMARK(syntheticLoadAndValidate)->Unit(benchmark::kMillisecond);

void syntheticSearchKeystroke(benchmark::State &state)
{
    static const auto bank = BankLoader::load(bench::syntheticBank()).bank;
    if (!bank) {
        state.SkipWithError("set LUMBAR_SYNTHETIC_BANK (scripts/bench does)");
        return;
    }
    const std::string query = bench::typedPrefix(state.range(0));
    std::size_t matches = 0;
    for (auto _ : state) {
        matches = 0;
        for (const auto &e : bank->exercises())
            matches += exerciseMatches(e, query) ? 1 : 0;
        benchmark::DoNotOptimize(matches);
    }
    state.counters["matches"] = static_cast<double>(matches);
}
BENCHMARK(syntheticSearchKeystroke)->DenseRange(1, 17, 4)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
