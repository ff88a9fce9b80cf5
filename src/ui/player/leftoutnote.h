// LeftOutNote: says which exercises a routine leaves out because they are marked for this user (symptoms spread,
// new numbness or weakness, or "This makes it worse"), why, and how the mark is cleared; hidden when none are.
#pragma once

#include "core/history.h"

#include <QLabel>

#include <vector>

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class LeftOutNote : public QLabel
{
    Q_OBJECT

public:
    explicit LeftOutNote(const QString &objectName, QWidget *parent = nullptr);

    // `marks`: one standing mark per exercise left out. `nothingLeft`: every exercise is marked, so there is
    // nothing to play.
    void showMarks(const std::vector<ExerciseFlag> &marks, const ContentBank &bank, bool nothingLeft);
    // Adds the exercises left out after "This makes it worse" on `reported`: for the rest of this session, or
    // (`today`) for the rest of the day.
    void addLeftOut(const QString &reported, const QStringList &leftOut, bool today = false);

    // Why an exercise is marked, in a few words ("your symptoms spread further down your leg").
    static QString reasonText(FlagReason reason);
};

} // namespace lumbar::ui
