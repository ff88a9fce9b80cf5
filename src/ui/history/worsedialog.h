// WorseDialog: what "This makes it worse" asks before it stops the exercise — where symptoms reach now and whether
// there is new numbness or weakness — so the guard can compare it with before.
#pragma once

#include "core/history.h"

#include <QDialog>

class QCheckBox;

namespace lumbar::ui {

class LegExtentPicker;

class WorseDialog : public QDialog
{
    Q_OBJECT

public:
    WorseDialog(const QString &exercise, QWidget *parent = nullptr);

    CheckIn report() const;

private:
    LegExtentPicker *m_picker;
    QCheckBox *m_numbness;
};

} // namespace lumbar::ui
