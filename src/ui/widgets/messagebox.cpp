#include "messagebox.h"

namespace lumbar::ui {

QMessageBox *openMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
    const QString &objectName, const QString &details)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(details);
    box->open();
    return box;
}

} // namespace lumbar::ui
