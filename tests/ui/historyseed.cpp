// lumbar_history_seed FIXTURE HISTORY [YYYY-MM-DD]: writes a history fixture (tests/data/history-month.json) into the
// history file HISTORY, the month ending today or on the date given. For scripts/screenshots' progress pictures.
#include "historyfixture.h"

#include "ui/history/historystore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: lumbar_history_seed FIXTURE HISTORY [YYYY-MM-DD]\n");
        return 2;
    }
    const QDate today =
        argc > 3 ? QDate::fromString(QString::fromLocal8Bit(argv[3]), Qt::ISODate) : QDate::currentDate();
    lumbar::ui::HistoryStore store(QString::fromLocal8Bit(argv[2]));
    if (!today.isValid() || store.open().status != lumbar::ui::HistoryStore::OpenStatus::Ready) {
        std::fprintf(stderr, "lumbar_history_seed: cannot open %s\n", argv[2]);
        return 1;
    }
    lumbar::ui::test::FixtureCounts counts;
    QString error;
    if (!lumbar::ui::test::seedHistory(store, QString::fromLocal8Bit(argv[1]), today, &counts, &error)) {
        std::fprintf(stderr, "lumbar_history_seed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%d sessions, %d flags, %d activities, %d ratings\n", counts.sessions, counts.flags, counts.activities,
        counts.ratings);
    return 0;
}
