// AppStyle: Qt's Fusion in the app's one visual language - dialog buttons say what they do in words, without the
// platform's stock icons beside them (a green dot on "Stop", a red one on "Carry on").
#pragma once

#include <QProxyStyle>

namespace lumbar::ui {

class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    AppStyle();

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
        QStyleHintReturn *returnData = nullptr) const override;
};

} // namespace lumbar::ui
