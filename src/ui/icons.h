// Icons drawn in code, so the app needs no image plugins or icon theme and looks the same everywhere.
#pragma once

#include <QColor>
#include <QIcon>

namespace lumbar::ui::icons {

enum class Glyph { Library, Routines, Care, Search };

// The app icon: the shipped PNG when the resource is there, a painted fallback otherwise.
QIcon appIcon();
QIcon glyph(Glyph which, const QColor &color);
// A glyph in two states for list views: `normal` colour, white when the row is selected.
QIcon navigationIcon(Glyph which, const QColor &normal);

} // namespace lumbar::ui::icons
