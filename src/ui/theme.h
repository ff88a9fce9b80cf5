// Theme: the app's colours, fonts and widget style in one place, so pages, delegates and HTML agree.
#pragma once

#include <QColor>
#include <QString>

class QApplication;
class QLabel;
class QWidget;

namespace lumbar::ui::theme {

// A calm teal accent on warm off-white; red and amber kept for safety messages only.
inline QColor accent()
{
    return QColor(0x2f, 0x7d, 0x74);
}
inline QColor accentSoft()
{
    return QColor(0xe3, 0xf1, 0xee);
}
inline QColor window()
{
    return QColor(0xf5, 0xf7, 0xf6);
}
inline QColor surface()
{
    return QColor(0xff, 0xff, 0xff);
}
inline QColor border()
{
    return QColor(0xd9, 0xe1, 0xdf);
}
inline QColor text()
{
    return QColor(0x1e, 0x2a, 0x2d);
}
inline QColor mutedText()
{
    return QColor(0x5b, 0x6a, 0x6d);
}
inline QColor danger()
{
    return QColor(0xb0, 0x1e, 0x1e);
}
inline QColor dangerSoft()
{
    return QColor(0xfd, 0xec, 0xea);
}
inline QColor warning()
{
    return QColor(0x8a, 0x55, 0x00);
}
inline QColor warningSoft()
{
    return QColor(0xff, 0xf4, 0xdf);
}

// Fusion with a light palette and the app style sheet: looks the same under any platform theme, and offscreen.
void apply(QApplication &app);

// A page's big title ("Exercise library", "Routines", "Progress"), the same on every page.
QLabel *pageTitle(const QString &text, QWidget *parent);

// The style sheet alone (used by apply; exposed so tests and the about box can share it).
QString styleSheet();

} // namespace lumbar::ui::theme
