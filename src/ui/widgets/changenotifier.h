// ChangeNotifier: tells every view that keeps its own copy of an app-wide setting (the theme, the region) that the
// setting has changed, so that it redoes what it made from it.
#pragma once

#include <QObject>

namespace lumbar::ui {

class ChangeNotifier : public QObject
{
    Q_OBJECT

signals:
    void changed();
};

} // namespace lumbar::ui
