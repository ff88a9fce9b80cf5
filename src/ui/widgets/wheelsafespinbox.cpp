#include "wheelsafespinbox.h"

#include <QKeyEvent>

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

void WheelSafeSpinBox::keyPressEvent(QKeyEvent *event)
{
    // A click leaves the cursor inside "As the exercise says", where a digit does not fit and Qt drops it without a
    // sign: a therapist who clicks and types would believe the dose set.
    // The text, not value(): without keyboard tracking the value lags behind what is being typed.
    const bool showsNoValue = !specialValueText().isEmpty() && text() == specialValueText();
    if (showsNoValue && !event->text().isEmpty() && event->text().front().isDigit())
        selectAll();
    QSpinBox::keyPressEvent(event);
}

} // namespace lumbar::ui
