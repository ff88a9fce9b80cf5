// HistoryText: how the progress page and the therapist's summary write what the history holds — calendar days and
// times as the user reads them, and a session in one line.
#pragma once

#include "core/history.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryText)

public:
    static QDate date(LocalDay day);
    static LocalDay day(QDate date);
    static QDateTime localTime(WallTime time);

    static QString resultName(ItemResult result); // "done", "skipped", …
    static QString trendName(SymptomTrend trend); // "better (closer to the back)", …
    // "5 → 3", "5 → ?", "? → 3", or empty when neither was given.
    static QString painChange(const CheckIn &before, const CheckIn &after);
    // "Thigh → Buttock", with either side "?" when it was not given; empty when neither was.
    static QString extentChangeText(const CheckIn &before, const CheckIn &after);
    // What a routine is called now: its name in `bank` (may be null), in the language shown, while the bank has it;
    // otherwise the title its session was recorded under, or "Single exercise" for none.
    static QString routineTitle(const ContentBank *bank, const std::string &routineId, const std::string &recorded);
    // "09:12  Gentle start — finished · pain 5 → 3 · symptoms Thigh → Buttock (better)": one session of a day.
    static QString sessionLine(const SessionRecord &session, const ContentBank *bank = nullptr);
    // "4 of 6 exercises done", counting partial ones as done.
    static QString itemsLine(const SessionRecord &session);
    // "1 day", "8 days".
    static QString days(int count);
    // "3.5": one decimal, without a trailing ".0".
    static QString number(double value);
};

} // namespace lumbar::ui
