// ProblemsBanner: the strip at the top of the main window that says the user's bank folder has problems
// and whether the built-in content is in use instead.
#pragma once

#include "core/diagnostic.h"

#include <QFrame>

#include <vector>

class QLabel;
class QPushButton;

namespace lumbar::ui {

class ProblemsBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ProblemsBanner(QWidget *parent = nullptr);

    // Hides the banner when there is nothing to say.
    // `keptLastGood`: the folder was edited into errors while in use; its last version without errors still is.
    void setProblems(const std::vector<Diagnostic> &diagnostics, bool usingUserBank, const QString &folder,
        bool keptLastGood = false);
    QString message() const;
    // The button reads "Hide problems" while the list is open.
    void setProblemsShown(bool shown);

signals:
    void showProblemsClicked();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_show;
    QString m_showText;
};

} // namespace lumbar::ui
