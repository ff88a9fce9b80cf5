// HistoryFixture: fills a history with a recorded fixture (tests/data/history-month.json: a realistic month of
// sessions, check-ins, a guard event and its flag, and functional-scale ratings), its days counted back from the
// day it is loaded so the month always ends today. For the progress tests and the screenshots.
#pragma once

#include <QDate>
#include <QString>

namespace lumbar::ui {
class HistoryStore;
}

namespace lumbar::ui::test {

struct FixtureCounts
{
    int sessions = 0;
    int flags = 0;
    int activities = 0;
    int ratings = 0;
};

// The month shipped with the tests.
QString monthFixturePath();

// Writes the fixture at `path` into `store` (open, and best empty) with day 0 on `today`. False, with `error`,
// when the file cannot be read or a write fails.
bool seedHistory(
    HistoryStore &store, const QString &path, QDate today, FixtureCounts *counts = nullptr, QString *error = nullptr);

} // namespace lumbar::ui::test
