// DosageWords: a dosage in plain, translated words ("Hold 20–30 seconds · 3 times, alternating sides · once or
// twice a day") for the library, routines, the player and handouts.
#pragma once

#include "core/contenttypes.h"
#include "core/routineedit.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lumbar::ui {

class DosageWords
{
    Q_DECLARE_TR_FUNCTIONS(DosageWords)

public:
    // The parts of a dosage as separate phrases, in reading order; describe() joins them with " · ".
    static QStringList phrases(const Dosage &dosage);
    static QString describe(const Dosage &dosage);

    // "20–30" or "30".
    static QString range(const Range &range);
    // "once", "twice", "3 times", "once or twice", "2–4 times".
    static QString times(const Range &range);
    // "once a day", "3–4 times a day".
    static QString timesADay(const Range &range);
    // The exercise's own setting for one field of the routine builder ("20–30 seconds", "alternating sides",
    // "no rest"), shown beside the field.
    static QString exerciseDefault(const Exercise &exercise, DosageField field);
};

} // namespace lumbar::ui
