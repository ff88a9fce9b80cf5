// ProblemsPanel: every problem found in the user's bank folder, with file:line:column, JSON path and message,
// errors and warnings told apart by icon, colour and word.
#pragma once

#include "core/diagnostic.h"

#include <QFrame>
#include <QTimer>

#include <vector>

class QLabel;
class QTableWidget;

namespace lumbar::ui {

class ProblemsPanel : public QFrame
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, PathColumn };

    explicit ProblemsPanel(QWidget *parent = nullptr);

    // Files inside `bankFolder` are shown by their name in it; the full path is in the tooltip.
    void setDiagnostics(const std::vector<Diagnostic> &diagnostics, const QString &bankFolder = QString());
    int problemCount() const;

signals:
    void closeClicked();

private:
    QLabel *m_title;
    QTableWidget *m_list;
    QTimer m_rowHeights;
};

} // namespace lumbar::ui
