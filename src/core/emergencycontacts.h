// Emergency contacts: which region a country is in, and a red flag's action with the reader's region's emergency
// number and same-day services put in place of its {emergency} and {urgent} placeholders.
#pragma once

#include "contenttypes.h"

#include <string>
#include <string_view>
#include <vector>

namespace lumbar {

// The placeholders an action may hold.
inline constexpr std::string_view kEmergencyPlaceholder = "{emergency}";
inline constexpr std::string_view kUrgentPlaceholder = "{urgent}";

// The region of a country given as its ISO 3166 two-letter code ("ES", "gb"); Region::Other when none fits.
Region regionForCountry(std::string_view countryCode);

// `text` with every {emergency} replaced by `emergency` and every {urgent} by `urgent`; other text unchanged.
std::string fillContacts(std::string_view text, std::string_view emergency, std::string_view urgent);

// Every "{name}" in `text`, in order (with the braces), for the validator to reject names it does not know.
std::vector<std::string_view> placeholdersIn(std::string_view text);

} // namespace lumbar
