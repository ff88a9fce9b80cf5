// ContactSheet: one picture of every exercise's key pose with its name, for checking the figures at a glance and
// for the docs (`lumbar-relief --contact-sheet OUT.png`).
#pragma once

#include <QImage>

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class ContactSheet
{
public:
    static constexpr int kColumns = 4;
    static constexpr int kCellWidth = 360;
    static constexpr int kCellHeight = 280;

    // Every exercise in bank order; those without a figure say so in their cell.
    static QImage render(const ContentBank &bank);
};

} // namespace lumbar::ui
