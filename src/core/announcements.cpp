#include "announcements.h"

namespace lumbar {

bool announceTimeLeft(int secondsLeft, int phaseSeconds)
{
    if (secondsLeft <= 4 || secondsLeft >= phaseSeconds)
        return false;
    if (secondsLeft > 30)
        return secondsLeft % 60 == 0;
    return secondsLeft == 30 || secondsLeft == 20 || secondsLeft == 10 || secondsLeft == 5;
}

} // namespace lumbar
