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
    // Adds the exercises left out for the rest of this session after "This makes it worse" on `reported`.
    void showLeftForSession(const QString &reported, const QStringList &leftOut);

    // Why an exercise is marked, in a few words ("your symptoms spread further down your leg").
    static QString reasonText(FlagReason reason);

private:
    QString m_marks; // what showMarks said, kept when the session's own line is added
};

} // namespace lumbar::ui
