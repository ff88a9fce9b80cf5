// Clock: the app's one source of time, injected wherever time is read: steady time for the player and the figure's
// preview, wall time and today's date for the history, reminders, handouts and progress. Only clock.cpp reads the
// computer's clocks; tests give a fake one that moves when they say.
#pragma once

#include "core/routinesession.h"

#include <QDate>
#include <QDateTime>

namespace lumbar::ui {

class Clock
{
public:
    virtual ~Clock() = default;

    // Monotonic: never jumps when the computer's time is changed.
    virtual TimePoint steady() const = 0;
    // The local date and time.
    virtual QDateTime wall() const = 0;
    QDate today() const { return wall().date(); }

    // The computer's clocks.
    static const Clock &system();
    // `clock`, or the computer's when it is null: what classes that take an optional clock keep.
    static const Clock &orSystem(const Clock *clock) { return clock ? *clock : system(); }
};

} // namespace lumbar::ui
