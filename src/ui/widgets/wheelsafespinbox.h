// WheelSafeSpinBox: a spin box that a mouse wheel changes only once it has focus, so scrolling a page past it never
// changes a dose by accident (the wheel then scrolls the page instead), and where a number typed over its words for
// "no value" ("As the exercise says") replaces them instead of being silently refused.
#pragma once

#include <QSpinBox>

namespace lumbar::ui {

class WheelSafeSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit WheelSafeSpinBox(QWidget *parent = nullptr);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace lumbar::ui
