#include "clock.h"

#include <chrono>

namespace lumbar::ui {

namespace {

class SystemClock final : public Clock
{
public:
    TimePoint steady() const override { return std::chrono::steady_clock::now(); }
    QDateTime wall() const override { return QDateTime::currentDateTime(); }
};

} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace lumbar::ui
