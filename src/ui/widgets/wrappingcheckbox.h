// WrappingCheckBox: a check box whose sentence wraps onto more lines where the space is narrow or the text large (a
// QCheckBox's text never wraps, so a long one widens the whole window). Clicking the text ticks the box.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace lumbar::ui {

class WrappingCheckBox : public QWidget
{
    Q_OBJECT

public:
    explicit WrappingCheckBox(const QString &text, QWidget *parent = nullptr);

    QCheckBox *box() const { return m_box; }
    QLabel *label() const { return m_label; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCheckBox *m_box;
    QLabel *m_label;
};

} // namespace lumbar::ui
