// openMessage: a message box opened over `parent` and left to the user — the code goes on, so nothing waits on it
// (tests find it by its object name and close it). It deletes itself when closed.
#pragma once

#include <QMessageBox>
#include <QString>

namespace lumbar::ui {

QMessageBox *openMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
    const QString &objectName, const QString &details = {});

} // namespace lumbar::ui
