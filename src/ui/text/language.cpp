#include "language.h"

#include "ui/app/appsettings.h"
#include "uitext.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace lumbar::ui::language {

namespace {

QString &currentCode()
{
    static QString code = u"en"_s;
    return code;
}

// Translators live as long as the application; installing again replaces them.
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

QStringList available()
{
    return {u"en"_s, u"es"_s};
}

QString nativeName(const QString &code)
{
    if (code == u"es"_s)
        return u"Español"_s;
    return u"English"_s;
}

QString chosen()
{
    const QString code = AppSettings::language();
    return available().contains(code) ? code : QString();
}

void choose(const QString &code)
{
    AppSettings::setLanguage(code);
}

QString resolve(const QString &chosenCode, const QStringList &uiLanguages)
{
    if (available().contains(chosenCode))
        return chosenCode;
    for (const QString &wanted : uiLanguages) {
        // "es-MX" and "es_ES" both mean Spanish to us.
        QString bare = wanted.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (available().contains(bare))
            return bare;
    }
    return u"en"_s;
}

QString install(const QString &wanted)
{
    QString use = resolve(wanted, QLocale::system().uiLanguages());
    for (const auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();

    // Ours from the resources (built by qt_add_translations; English has the plural forms, "1 second"); Qt's own
    // for its dialog buttons and shortcuts when the system has them (Debian's qt6-translations-l10n).
    std::vector<std::pair<QString, QString>> catalogs{{u":/i18n"_s, u"lumbar-relief_"_s + use}};
    if (use != u"en"_s)
        catalogs.emplace_back(QLibraryInfo::path(QLibraryInfo::TranslationsPath), u"qtbase_"_s + use);
    for (const auto &[folder, name] : catalogs) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(name, folder) && QCoreApplication::installTranslator(translator.get()))
            installed().push_back(std::move(translator));
    }
    currentCode() = use;
    setBankLanguage(toStd(use));
    // Dates and numbers: the system's where it speaks this language (es-MX keeps its own), Spain's Spanish otherwise.
    // By name, from Qt's own data: the system locale object takes its language from LANGUAGE but its month names
    // from LC_TIME, so LANGUAGE=es on an English system wrote "7 December" in Spanish sentences.
    const QLocale system(QLocale::system().name());
    const bool systemSpeaksIt = use == u"en"_s || system.language() == QLocale(use).language();
    QLocale::setDefault(systemSpeaksIt ? system : QLocale(use));
    return use;
}

QString current()
{
    return currentCode();
}

} // namespace lumbar::ui::language
