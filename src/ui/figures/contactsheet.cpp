#include "contactsheet.h"

#include "figurepainter.h"
#include "ui/text/uitext.h"
#include "ui/widgets/theme.h"

#include "core/contentbank.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

QImage ContactSheet::render(const ContentBank &bank)
{
    const auto count = static_cast<int>(bank.exercises().size());
    const int rows = std::max(1, (count + kColumns - 1) / kColumns);
    const int header = 64;
    QImage sheet(kColumns * kCellWidth, header + rows * kCellHeight, QImage::Format_ARGB32_Premultiplied);
    sheet.fill(theme::window());
    QPainter painter(&sheet);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont title = painter.font();
    title.setPixelSize(26);
    title.setWeight(QFont::DemiBold);
    painter.setFont(title);
    painter.setPen(theme::text());
    painter.drawText(QRect(24, 0, sheet.width() - 48, header), Qt::AlignVCenter | Qt::AlignLeft,
        QCoreApplication::translate("ContactSheet", "Lumbar Relief: every exercise's key pose (%n)", nullptr, count));

    QFont name = painter.font();
    name.setPixelSize(17);
    name.setWeight(QFont::DemiBold);
    const FigureColors colors = FigureColors::from(QPalette(theme::window()));
    int index = 0;
    for (const Exercise &e : bank.exercises()) {
        const QRect cell(
            (index % kColumns) * kCellWidth, header + (index / kColumns) * kCellHeight, kCellWidth, kCellHeight);
        const QRect card = cell.adjusted(10, 8, -10, -8);
        painter.setPen(theme::border());
        painter.setBrush(theme::surface());
        painter.drawRoundedRect(card, 10, 10);
        const QRect picture = card.adjusted(12, 10, -12, -46);
        if (e.figure) {
            FigurePainter(*e.figure).paint(painter, QRectF(picture), e.figure->motion.holdPose(), false, colors);
        } else {
            painter.setPen(theme::mutedText());
            painter.drawText(picture, Qt::AlignCenter, QCoreApplication::translate("ContactSheet", "No figure yet"));
        }
        painter.setFont(name);
        painter.setPen(theme::text());
        painter.drawText(
            card.adjusted(12, 0, -12, -10), Qt::AlignBottom | Qt::AlignHCenter | Qt::TextWordWrap, qs(e.name));
        ++index;
    }
    return sheet;
}

} // namespace lumbar::ui
