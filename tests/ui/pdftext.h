// PdfText: a PDF read back as a user's viewer would show it (poppler's pdftotext and pdfinfo), for the tests of the
// handout and the progress summary.
#pragma once

#include <QString>

namespace lumbar::ui::test {

// Text compared without its white space, and with ligatures ("ﬁ") as their letters: lines in the PDF wrap anywhere,
// after a hyphen too.
QString squeezed(const QString &text);
// The PDF's text in the order it is drawn (-raw keeps a table cell's lines together), squeezed.
QString pdfText(const QString &pdf);
// Its number of pages, -1 when pdfinfo cannot read it.
int pdfPages(const QString &pdf);

} // namespace lumbar::ui::test
