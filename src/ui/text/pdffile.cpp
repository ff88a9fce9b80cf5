#include "pdffile.h"

#include "ui/app/atomicfile.h"

#include <QPageSize>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace lumbar::ui::print {

bool savePdf(
    const QString &path, const QString &title, const std::function<void(QPagedPaintDevice &)> &paint, QString *error)
{
    return writeAtomically(
        path,
        [&](QIODevice &file) {
            QPdfWriter pdf(&file);
            pdf.setPageSize(QPageSize(QPageSize::A4));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf.setResolution(300);
            pdf.setTitle(title);
            pdf.setCreator(u"Lumbar Relief"_s);
            paint(pdf);
            return true;
        },
        error);
}

} // namespace lumbar::ui::print
