// Language: which language the interface and the bank's text are shown in (the user's choice in Settings, or else
// the system's) and the Qt translators that carry it out.
#pragma once

#include <QString>
#include <QStringList>

namespace lumbar::ui::language {

// The languages the interface is translated into, as codes ("en", "es").
QStringList available();
// "English", "Español": each language in its own words, as a menu shows them.
QString nativeName(const QString &code);

// The user's choice from Settings; empty means "follow the system".
QString chosen();
void choose(const QString &code);

// The first of `uiLanguages` (the system's, most preferred first, as "es-MX") that the app has, else English.
QString resolve(const QString &chosen, const QStringList &uiLanguages);

// Installs the translators for resolve(wanted, the system's languages), sets the language bank text is shown in
// and the default locale for dates and numbers. Returns the language in use. Widgets made before keep their text.
QString install(const QString &wanted = chosen());

// The language in use since install() ("en" before).
QString current();

} // namespace lumbar::ui::language
