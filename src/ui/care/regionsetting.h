// RegionSetting: where the reader lives (asked once at first run, kept in the settings, else guessed from the
// system's locale), and the bank's red-flag actions with that region's emergency number and services filled in.
#pragma once

#include "ui/widgets/changenotifier.h"

#include "core/contenttypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui::region {

// Every region, in the order a menu lists them.
QList<Region> available();
// "United Kingdom", "Spain", "Elsewhere": in the interface's language.
QString name(Region region);

// The user's choice; nullopt until they have made one.
std::optional<Region> chosen();
void choose(Region region);
// The region of the system's locale (its territory), for a first guess.
Region fromSystem();
// The choice, else the system's.
Region current();

// The bank's phrase for the region's emergency number ("call 112, or go…"), or a generic one when it has none.
QString emergencyPhrase(const ContentBank &bank, Region region = current());
// The bank's phrase for same-day care ("contact your GP surgery…"), or a generic one when it has none.
QString urgentPhrase(const ContentBank &bank, Region region = current());
// A red flag's action with {emergency} and {urgent} filled in for `region`.
QString action(const ContentBank &bank, const RedFlag &flag, Region region = current());

// Tells every view that shows emergency numbers that the region changed.
class Notifier : public ChangeNotifier
{
public:
    static Notifier *instance();
};

} // namespace lumbar::ui::region
