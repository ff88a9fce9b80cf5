// Icons drawn in code, so the app needs no image plugins or icon theme and looks the same everywhere.
#pragma once

#include "core/contenttypes.h"

#include <QColor>
#include <QIcon>

class QPainter;
class QRectF;

namespace lumbar::ui::icons {

enum class Glyph {
    Library,
    Routines,
    Care,
    Progress,
    Search,
    // The player's controls, in the same hand as the sections.
    Previous,
    Restart,
    Play,
    Pause,
    Next,
    AddTime,
    Stop
};

// The app icon: the shipped PNG when the resource is there, a painted fallback otherwise.
QIcon appIcon();
QIcon glyph(Glyph which, const QColor &color);
// A glyph in two states for list views: `normal` colour, white when the row is selected.
QIcon navigationIcon(Glyph which, const QColor &normal);
// A small stick figure in `position` (lying on the back with knees bent, on all fours…) filling `box`: the exercise
// list's stand-in until each exercise has its own key-pose picture.
void drawPositionFigure(QPainter &painter, const QRectF &box, Position position, const QColor &color);

} // namespace lumbar::ui::icons
