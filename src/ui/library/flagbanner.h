// FlagBanner: the library's mark on an exercise the guard flagged or the user stopped as making things worse — what
// happened and when, "do not do it again until you have talked to your therapist" — and the way to clear the mark
// once the therapist says it is right for this person.
#pragma once

#include "ui/widgets/safetyframe.h"

#include "core/history.h"

#include <vector>

class QCheckBox;
class QPushButton;

namespace lumbar::ui {

class WrappingCheckBox;

class FlagBanner : public SafetyFrame
{
    Q_OBJECT

public:
    explicit FlagBanner(QWidget *parent = nullptr);

    // Shows the marks `flags` (not cleared, oldest first) put on the exercise called `name`; hides for none.
    void showFlags(const QString &name, const std::vector<ExerciseFlag> &flags);

signals:
    void clearRequested();

private:
    WrappingCheckBox *m_confirm;
    QPushButton *m_clear;
};

} // namespace lumbar::ui
