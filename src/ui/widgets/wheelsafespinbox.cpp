#include "wheelsafespinbox.h"

#include <QWheelEvent>

namespace lumbar::ui {

WheelSafeSpinBox::WheelSafeSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    // Not Qt::WheelFocus: the wheel must not give it focus either.
    setFocusPolicy(Qt::StrongFocus);
}

void WheelSafeSpinBox::wheelEvent(QWheelEvent *event)
{
    if (!hasFocus()) {
        event->ignore(); // goes on to the scroll area around it
        return;
    }
    QSpinBox::wheelEvent(event);
}

} // namespace lumbar::ui
