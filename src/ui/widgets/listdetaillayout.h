// The layout the library and the routines share: a list on the left beside the chosen item's page on the right, and
// that page's reading style.
#pragma once

class QString;
class QWidget;

namespace lumbar::ui {

class SafeTextBrowser;

// Puts `list` and `detail` side by side in `page`, with a handle between them; the list's share grows with the text.
void layOutListAndDetail(QWidget *page, QWidget *list, QWidget *detail);

// The chosen item's page: the detail style sheet, room around the text and reading text a size up from the lists.
void styleDetailPage(SafeTextBrowser *detail, const QString &objectName, const QString &accessibleName,
    const QString &accessibleDescription);

} // namespace lumbar::ui
