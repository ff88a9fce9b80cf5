// Small bridges from the core's std::string world to Qt strings and readable labels for enum values.
#pragma once

#include "core/contenttypes.h"
#include "core/localtext.h"

#include <QString>

#include <string>
#include <string_view>

namespace lumbar::ui {

inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// The language bank text is shown in ("en" until language::install chooses).
const std::string &bankLanguage();
void setBankLanguage(std::string language);

inline QString qs(const LocalText &text)
{
    return qs(text.text(bankLanguage()));
}

inline std::string toStd(const QString &text)
{
    return text.toStdString();
}

// A tooltip that shows `text` exactly as written. Qt guesses whether tooltip text is HTML and would render
// (and load images for) bank text that looks like markup, so data-carrying tooltips always go through here.
QString plainToolTip(const QString &text);

// "lying-on-back" → "Lying on back": the bank spelling made readable, with the few that read badly spelled out.
QString enumLabel(std::string_view bankName);

template<class E>
QString enumLabel(E value)
{
    return enumLabel(toString(value));
}

} // namespace lumbar::ui
