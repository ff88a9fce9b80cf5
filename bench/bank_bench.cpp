// Core benchmarks: loading the shipped bank, loading a synthetic 10,000-exercise bank against nlohmann/json's bare
// parse of the same bytes, and searching that bank once per keystroke.
#include "benchsupport.h"

#include "core/exerciseindex.h"
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

const std::shared_ptr<const ContentBank> &syntheticContent()
{
    static const auto bank = BankLoader::load(bench::syntheticBank()).bank;
    return bank;
}

// Building the index, once per bank (paid when the bank loads).
void syntheticSearchIndexBuild(benchmark::State &state)
{
    const auto &bank = syntheticContent();
    if (!bank) {
        state.SkipWithError("set LUMBAR_SYNTHETIC_BANK (scripts/bench does)");
        return;
    }
    for (auto _ : state) {
        ExerciseIndex index(*bank);
        benchmark::DoNotOptimize(index);
    }
}
BENCHMARK(syntheticSearchIndexBuild)->Unit(benchmark::kMillisecond);

// One keystroke as the library does it: the result of the previous keystroke is passed back, so a query that
// grows only looks at the previous hits. Ranking, highlight ranges and facet counts are all included.
void syntheticSearchKeystroke(benchmark::State &state)
{
    const auto &bank = syntheticContent();
    if (!bank) {
        state.SkipWithError("set LUMBAR_SYNTHETIC_BANK (scripts/bench does)");
        return;
    }
    static const ExerciseIndex index(*bank);
    const std::string query = bench::typedPrefix(state.range(0));
    const std::string previous = bench::typedPrefix(state.range(0) - 1);
    SearchResult result;
    for (auto _ : state) {
        state.PauseTiming();
        index.search(previous, {}, result); // the state before this keystroke
        state.ResumeTiming();
        index.search(query, {}, result);
        benchmark::DoNotOptimize(result);
    }
    state.counters["matches"] = static_cast<double>(result.hits().size());
}
BENCHMARK(syntheticSearchKeystroke)->DenseRange(1, 17, 4)->Unit(benchmark::kMillisecond);

// The same query with nothing to narrow from (pasted text, or the first keystroke after a backspace).
void syntheticSearchFromScratch(benchmark::State &state)
{
    const auto &bank = syntheticContent();
    if (!bank) {
        state.SkipWithError("set LUMBAR_SYNTHETIC_BANK (scripts/bench does)");
        return;
    }
    static const ExerciseIndex index(*bank);
    const std::string query = bench::typedPrefix(state.range(0));
    std::size_t matches = 0;
    for (auto _ : state) {
        const SearchResult result = index.search(query);
        matches = result.hits().size();
        benchmark::DoNotOptimize(matches);
    }
    state.counters["matches"] = static_cast<double>(matches);
}
BENCHMARK(syntheticSearchFromScratch)->DenseRange(1, 17, 4)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
