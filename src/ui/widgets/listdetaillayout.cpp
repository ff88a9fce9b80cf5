#include "listdetaillayout.h"

#include "safetextbrowser.h"
#include "theme.h"

#include "ui/text/detailpagebuilder.h"

#include <QSplitter>
#include <QString>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace lumbar::ui {

void layOutListAndDetail(QWidget *page, QWidget *list, QWidget *detail)
{
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(16);
    splitter->addWidget(list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // The list's minimum is what its filters and buttons need.
    const qreal textFactor = std::max(1.0, theme::textScale() / 100.0);
    splitter->setSizes({static_cast<int>(360 * textFactor), 700});

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(splitter);
}

void styleDetailPage(SafeTextBrowser *detail, const QString &objectName, const QString &accessibleName,
    const QString &accessibleDescription)
{
    detail->setObjectName(objectName);
    detail->setAccessibleName(accessibleName);
    detail->setAccessibleDescription(accessibleDescription);
    detail->document()->setDefaultStyleSheet(DetailPageBuilder::styleSheet());
    detail->document()->setDocumentMargin(22);
    theme::setRelativeFont(detail, 1.12); // reading text, a size up from the lists
}

} // namespace lumbar::ui
