#include "windowplacement.h"

#include <algorithm>

namespace lumbar::ui {

namespace {

// `rect` made no bigger than `room` and moved inside it.
QRect keptWithin(QRect rect, const QRect &room)
{
    rect.setSize(rect.size().boundedTo(room.size()));
    rect.moveLeft(std::clamp(rect.left(), room.left(), room.right() - rect.width() + 1));
    rect.moveTop(std::clamp(rect.top(), room.top(), room.bottom() - rect.height() + 1));
    return rect;
}

} // namespace

WindowPlacement WindowPlacement::choose(
    const QRect &available, const std::optional<QRect> &saved, bool savedMaximised, QSize preferred)
{
    WindowPlacement placement;
    // A saved place on a screen that is no longer there (or a corrupt value) is not used.
    const bool usable = saved && saved->isValid() && available.intersects(*saved);
    QRect normal = usable ? *saved : QRect(QPoint(), preferred);
    if (!usable)
        normal.moveCenter(available.center());
    placement.maximised = available.width() <= maximiseUpTo || (usable && savedMaximised);
    // First time on a small screen, the normal frame is the whole screen too, so that the window fills it even where
    // nothing maximises it (a desktop without a window manager).
    placement.geometry = !usable && placement.maximised ? available : keptWithin(normal, available);
    return placement;
}

} // namespace lumbar::ui
