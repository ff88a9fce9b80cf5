// PdfFile: what the printed sheets share — the fixed ink colours for white paper, and writing a PDF whole or not
// at all (writeAtomically), so a failed save never leaves half a file where the last good one was.
#pragma once

#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace lumbar::ui::print {

// Printed on white paper whatever the desktop's theme: fixed ink colours, as #rrggbb.
inline const QString ink = QStringLiteral("#1f2a2e");
inline const QString muted = QStringLiteral("#5b6b70");
inline const QString accent = QStringLiteral("#2e7d6f");
inline const QString danger = QStringLiteral("#b3261e");
inline const QString dangerSoft = QStringLiteral("#fdecea");
inline const QString soft = QStringLiteral("#eef6f4");
inline const QString rule = QStringLiteral("#c9d3d1");

// Writes an A4 PDF at 300 dpi titled `title` to `path` with `paint` drawing its pages (no margins: the painter
// draws its own). False, with `error` set, when the file could not be written; the old file is then untouched.
bool savePdf(const QString &path, const QString &title, const std::function<void(QPagedPaintDevice &)> &paint,
    QString *error = nullptr);

} // namespace lumbar::ui::print
