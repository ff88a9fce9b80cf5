// Core benchmarks: loading the shipped bank, loading a synthetic 10,000-exercise bank against nlohmann/json's bare
// parse of the same bytes, searching that bank once per keystroke, and importing the whole free-exercise-db.
#include "benchsupport.h"

#include "core/exerciseindex.h"
#include "core/freeexercisedb.h"
#include "core/shippedbank.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

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

// The shipped bank with its first figure's movement made `count` keyframes long: every check on a figure must stay
// linear, so ten times the keyframes takes about ten times as long (a quadratic name check took seconds at 40,000).
BankLayer bankWithLongFigure(int count)
{
    BankLayer layer = shippedBankLayer();
    for (BankFile &file : layer.files) {
        nlohmann::json root = nlohmann::json::parse(file.text);
        if (!root.contains("exercises"))
            continue;
        for (nlohmann::json &exercise : root["exercises"]) {
            if (!exercise.contains("figure"))
                continue;
            nlohmann::json &figure = exercise["figure"];
            nlohmann::json frames = nlohmann::json::array();
            for (int i = 0; i < count; ++i)
                frames.push_back(
                    {{"name", "k" + std::to_string(i)}, {"seconds", 0.5}, {"pose", {{"trunk", i % 2 == 0 ? 0 : 10}}}});
            frames[0]["pose"] = figure["keyframes"][0]["pose"];
            figure["keyframes"] = std::move(frames);
            figure.erase("hold");
            break;
        }
        file.text = root.dump();
        break;
    }
    return layer;
}

void figureWithManyKeyframes(benchmark::State &state)
{
    const BankLayer layer = bankWithLongFigure(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        LoadResult result = BankLoader::load(layer);
        if (!result.ok())
            state.SkipWithError("the bank with a long figure did not load");
        benchmark::DoNotOptimize(result);
    }
    state.counters["keyframes"] = static_cast<double>(state.range(0));
}
BENCHMARK(figureWithManyKeyframes)->Arg(4'000)->Arg(40'000)->Unit(benchmark::kMillisecond);

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

// The whole public free-exercise-db is about 870 exercises in 1 MB. This builds 900 entries shaped like its own: five
// long instructions, muscles, pictures, every field filled, names all different.
std::string freeExerciseDbLike(int count)
{
    nlohmann::json all = nlohmann::json::array();
    const char *categories[] = {"strength", "stretching", "cardio", "plyometrics", "powerlifting"};
    const char *levels[] = {"beginner", "intermediate", "expert"};
    for (int i = 0; i < count; ++i) {
        const std::string n = std::to_string(i);
        nlohmann::json steps = nlohmann::json::array();
        for (int s = 0; s < 5; ++s)
            steps.push_back("Step " + std::to_string(s + 1) + " of exercise " + n +
                ": lie down on your back on the floor with your knees bent and your feet flat, then slowly "
                "raise your hips while keeping your shoulders down. Hold for 15 seconds and lower with control.");
        all.push_back({{"id", "Exercise_" + n}, {"name", "Exercise number " + n}, {"force", "pull"},
            {"level", levels[i % 3]}, {"mechanic", "compound"}, {"equipment", i % 2 ? "body only" : "dumbbell"},
            {"primaryMuscles", {"abdominals", "lower back"}}, {"secondaryMuscles", {"glutes", "hamstrings"}},
            {"instructions", steps}, {"category", categories[i % 5]},
            {"images", {"Exercise_" + n + "/0.jpg", "Exercise_" + n + "/1.jpg"}}});
    }
    return all.dump(2);
}

// Importing the whole database into a bank folder, as --import-free-exercise-db does: mapping every entry, checking
// the result loads beside the built-in bank, and writing the file. Target: well under a second.
void importWholeFreeExerciseDb(benchmark::State &state)
{
    static const std::string input = freeExerciseDbLike(900);
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / "lumbar-bench-import";
    std::size_t imported = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::filesystem::remove_all(folder);
        state.ResumeTiming();
        const FolderImport result = importFreeExerciseDbInto(input, folder);
        imported = result.import.ids.size();
        benchmark::DoNotOptimize(imported);
    }
    std::filesystem::remove_all(folder);
    state.counters["exercises"] = static_cast<double>(imported);
    state.counters["input_bytes"] = static_cast<double>(input.size());
}
BENCHMARK(importWholeFreeExerciseDb)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
