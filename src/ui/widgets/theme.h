// Theme: the app's colours, fonts and widget style in one place, so pages, delegates and HTML agree. Colours come
// from the scheme in use (light, dark or high contrast); text follows the system's size times the user's scale.
#pragma once

#include "ui/widgets/changenotifier.h"

#include <QColor>
#include <QString>

class QApplication;
class QLabel;
class QWidget;

namespace lumbar::ui::theme {

// What the user picked in View → Appearance; System is light or dark as the desktop's palette is.
enum class Appearance { System, Light, Dark, HighContrast };
enum class Scheme { Light, Dark, HighContrast };

// A calm teal accent on warm off-white (or its dark twin); red and amber kept for safety messages only. High
// contrast is white and yellow on black.
QColor accent();
QColor accentSoft();
QColor onAccent(); // text on an accent background
QColor window();
QColor surface();
QColor border();
QColor text();
QColor mutedText();
QColor disabledText();
QColor danger();
QColor dangerSoft();
QColor warning();
QColor warningSoft();

Scheme scheme();
Appearance appearance();
// The scheme `appearance` gives on a desktop whose own window colour is `systemWindow`.
Scheme schemeFor(Appearance appearance, const QColor &systemWindow);

// Fusion with the scheme's palette and the app style sheet: looks the same under any platform theme, and offscreen.
// Reads the appearance and text size from the settings; the first call also remembers the system's palette and
// font, which System and 100% follow.
void apply(QApplication &app);
// Change and save the appearance or the text size, and restyle every open window.
void setAppearance(Appearance appearance);
// Percent of the system's text size; kept to textScaleSteps().
void setTextScale(int percent);
int textScale();
// The sizes Ctrl+plus and Ctrl+minus step through.
const QList<int> &textScaleSteps();

// Tells widgets that keep colours or sizes of their own (HTML pages, style sheets made in code) to redo them.
class Notifier : public ChangeNotifier
{
public:
    static Notifier *instance();
};

// Gives `widget` a font `factor` times the app's text size, bold if asked, that follows the text size as it changes.
void setRelativeFont(QWidget *widget, qreal factor, bool bold = false);

// A page's big title ("Exercise library", "Routines", "Progress"), the same on every page.
QLabel *pageTitle(const QString &text, QWidget *parent);

// The style sheet alone (used by apply; exposed so tests and the about box can share it).
QString styleSheet();

} // namespace lumbar::ui::theme
