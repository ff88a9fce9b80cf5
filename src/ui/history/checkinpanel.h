// CheckInPanel: the quick check-in before or after a routine — pain 0–10 on a slider, how far down the leg symptoms
// reach on a picture, new numbness or weakness, and after the routine a note. Every part may be left out, and the
// whole of it skipped.
#pragma once

#include "core/history.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSlider;

namespace lumbar::ui {

class LegExtentPicker;

class CheckInPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Moment { Before, After };

    explicit CheckInPanel(Moment moment, QWidget *parent = nullptr);

    // Clears it for a new check-in on `routineTitle`.
    void reset(const QString &routineTitle);
    CheckIn checkIn() const;
    QString notes() const;

signals:
    // The user went on: with what they gave (`skipped` false), or without a check-in.
    void finished(bool skipped);

private:
    void showPain();

    Moment m_moment;
    QLabel *m_title;
    QSlider *m_pain;
    QLabel *m_painValue;
    bool m_painSet = false;
    LegExtentPicker *m_picker;
    QCheckBox *m_numbness;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_continue;
    QPushButton *m_skip;
};

} // namespace lumbar::ui
