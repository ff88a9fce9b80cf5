// WindowPlacement: where the main window opens on the screen it is on — maximised on small screens, elsewhere the
// size and place it had last, always whole on the screen.
#pragma once

#include <QRect>
#include <QSize>

#include <optional>

namespace lumbar::ui {

struct WindowPlacement
{
    // Screens up to this wide show the window maximised: a laptop's width is all the room the pages have.
    static constexpr int maximiseUpTo = 1440;

    QRect geometry; // the window's normal (not maximised) geometry
    bool maximised = false;

    // `available`: the screen's room; `saved`: the normal geometry and state last closed with, if any; `preferred`:
    // the size the window wants at the current text size.
    static WindowPlacement choose(
        const QRect &available, const std::optional<QRect> &saved, bool savedMaximised, QSize preferred);
};

} // namespace lumbar::ui
