// A child process for the history's kill test: it logs a session into the history at argv[1] one exercise at a
// time, saying "committed N" on stdout after each write has been committed, and goes on until it is killed.
#include "ui/history/historystore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace lumbar;

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    ui::HistoryStore store(QString::fromLocal8Bit(argv[1]));
    if (store.open().status != ui::HistoryStore::OpenStatus::Ready)
        return 1;
    SessionRecord session;
    session.routineId = "kill-test";
    session.routineTitle = "Kill test";
    session.startedAt = WallTime{std::chrono::milliseconds{1'790'000'000'000}};
    session.day = dayFromText("2026-09-21").value_or(LocalDay{});
    session.before = CheckIn{6, LegExtent::BelowKnee, false};
    const std::int64_t id = store.beginSession(session);
    if (id == 0)
        return 1;
    std::printf("session %lld\n", static_cast<long long>(id));
    std::fflush(stdout);
    for (int n = 0;; ++n) {
        const ItemRecord item{n, "exercise-" + std::to_string(n), "Exercise " + std::to_string(n),
            n % 3 == 0 ? ItemResult::Done : ItemResult::Partial, "hold " + std::to_string(n) + " s", std::nullopt};
        if (!store.saveItem(id, item))
            return 1;
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
}
