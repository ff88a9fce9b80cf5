// SafetyFrame: the look every safety message shares — a red-framed box (amber when calm) with a bold title, plain
// text and a row of buttons on the right — for the urgent-care notice, the centralisation guard and a marked exercise.
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace lumbar::ui {

class SafetyFrame : public QFrame
{
    Q_OBJECT

public:
    // `name` is the frame's object name; its labels are called name + "Title" and name + "Text".
    explicit SafetyFrame(const QString &name, QWidget *parent = nullptr);

    QString title() const;
    QString text() const;
    // Calm: amber instead of red, for advice that is not an emergency (book an appointment).
    void setCalm(bool calm);
    bool isCalm() const { return m_calm; }

protected:
    QLabel *titleLabel() const { return m_title; }
    QLabel *textLabel() const { return m_text; }
    // The buttons, right-aligned under the text.
    QHBoxLayout *buttonRow() const { return m_buttons; }
    // A line of its own between the text and the buttons.
    void addAboveButtons(QWidget *widget);

private:
    void restyle();

    bool m_calm = false;
    QLabel *m_title;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QVBoxLayout *m_layout;
};

} // namespace lumbar::ui
