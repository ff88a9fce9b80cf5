#include "regionsetting.h"

#include "ui/app/appsettings.h"
#include "ui/text/uitext.h"

#include "core/contentbank.h"
#include "core/emergencycontacts.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lumbar::ui::region {

QList<Region> available()
{
    QList<Region> all;
    for (std::size_t i = 0; i < enumNames<Region>().size(); ++i)
        all << static_cast<Region>(i);
    return all;
}

QString name(Region region)
{
    switch (region) {
    case Region::UnitedKingdom:
        return QCoreApplication::translate("Region", "United Kingdom");
    case Region::Ireland:
        return QCoreApplication::translate("Region", "Ireland");
    case Region::UnitedStates:
        return QCoreApplication::translate("Region", "United States");
    case Region::Canada:
        return QCoreApplication::translate("Region", "Canada");
    case Region::Spain:
        return QCoreApplication::translate("Region", "Spain");
    case Region::OtherEu:
        return QCoreApplication::translate("Region", "Another European Union country");
    case Region::LatinAmerica:
        return QCoreApplication::translate("Region", "Latin America");
    case Region::Other:
        break;
    }
    return QCoreApplication::translate("Region", "Elsewhere");
}

std::optional<Region> chosen()
{
    const QString code = AppSettings::region();
    return enumFromString<Region>(toStd(code));
}

void choose(Region region)
{
    const std::optional<Region> before = chosen();
    AppSettings::setRegion(qs(toString(region)));
    if (before != region)
        emit Notifier::instance()->changed();
}

Region fromSystem()
{
    const QLocale system = QLocale::system();
    if (system.territory() == QLocale::AnyTerritory)
        return Region::Other;
    return regionForCountry(toStd(QLocale::territoryToCode(system.territory())));
}

Region current()
{
    return chosen().value_or(fromSystem());
}

QString emergencyPhrase(const ContentBank &bank, Region region)
{
    if (const RegionContacts *contacts = bank.contacts(region))
        return qs(contacts->emergency);
    return QCoreApplication::translate(
        "Region", "call your local emergency number, or go straight to the nearest hospital emergency department");
}

QString urgentPhrase(const ContentBank &bank, Region region)
{
    if (const RegionContacts *contacts = bank.contacts(region))
        return qs(contacts->urgent);
    return QCoreApplication::translate(
        "Region", "contact your doctor, or your local out-of-hours medical service if the surgery is closed");
}

QString action(const ContentBank &bank, const RedFlag &flag, Region region)
{
    return qs(fillContacts(
        flag.action.text(bankLanguage()), toStd(emergencyPhrase(bank, region)), toStd(urgentPhrase(bank, region))));
}

Notifier *Notifier::instance()
{
    static Notifier notifier;
    return &notifier;
}

} // namespace lumbar::ui::region
