// The search through the Qt proxy the library list uses: one keystroke re-filters 10,000 exercises.
#include "benchsupport.h"

#include "ui/library/exercisefilterproxy.h"
#include "ui/library/exerciselistmodel.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

namespace {

using namespace lumbar;

void proxySearchKeystroke(benchmark::State &state)
{
    static const auto bank = BankLoader::load(bench::syntheticBank()).bank;
    if (!bank) {
        state.SkipWithError("set LUMBAR_SYNTHETIC_BANK (scripts/bench does)");
        return;
    }
    ui::ExerciseListModel model;
    model.setBank(bank);
    ui::ExerciseFilterProxy proxy;
    proxy.setExerciseModel(&model);
    const QString query = QString::fromStdString(bench::typedPrefix(state.range(0)));
    const QString previous = QString::fromStdString(bench::typedPrefix(state.range(0) - 1));
    int rows = 0;
    for (auto _ : state) {
        state.PauseTiming();
        proxy.setSearchText(previous); // the state before this keystroke
        state.ResumeTiming();
        proxy.setSearchText(query);
        rows = proxy.rowCount();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = rows;
}
BENCHMARK(proxySearchKeystroke)->DenseRange(1, 17, 4)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // models need an application object; no display
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
