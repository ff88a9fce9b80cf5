#include "appstyle.h"

#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

AppStyle::AppStyle()
    : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
{
}

int AppStyle::styleHint(
    StyleHint hint, const QStyleOption *option, const QWidget *widget, QStyleHintReturn *returnData) const
{
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

} // namespace lumbar::ui
