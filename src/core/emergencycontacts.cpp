#include "emergencycontacts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>

namespace lumbar {

namespace {

// The member states of the European Union, where 112 reaches the emergency services (Spain and Ireland have regions
// of their own).
constexpr std::array<std::string_view, 25> kOtherEu{"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
    "GR", "HU", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "SE"};
constexpr std::array<std::string_view, 19> kLatinAmerica{
    "AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HN", "MX", "NI", "PA", "PY", "PE", "UY", "VE"};
// The Crown dependencies dial 999 and use the UK's services.
constexpr std::array<std::string_view, 5> kUnitedKingdom{"GB", "UK", "IM", "JE", "GG"};

bool listed(std::span<const std::string_view> codes, std::string_view code)
{
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

} // namespace

Region regionForCountry(std::string_view countryCode)
{
    std::string code;
    for (const char c : countryCode)
        code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (listed(kUnitedKingdom, code))
        return Region::UnitedKingdom;
    if (code == "IE")
        return Region::Ireland;
    if (code == "US" || code == "PR")
        return Region::UnitedStates;
    if (code == "CA")
        return Region::Canada;
    if (code == "ES")
        return Region::Spain;
    if (listed(kOtherEu, code))
        return Region::OtherEu;
    if (listed(kLatinAmerica, code))
        return Region::LatinAmerica;
    return Region::Other;
}

std::string fillContacts(std::string_view text, std::string_view emergency, std::string_view urgent)
{
    std::string out;
    out.reserve(text.size() + emergency.size() + urgent.size());
    std::size_t at = 0;
    while (at < text.size()) {
        if (text.substr(at).starts_with(kEmergencyPlaceholder)) {
            out += emergency;
            at += kEmergencyPlaceholder.size();
        } else if (text.substr(at).starts_with(kUrgentPlaceholder)) {
            out += urgent;
            at += kUrgentPlaceholder.size();
        } else {
            out += text[at++];
        }
    }
    return out;
}

std::vector<std::string_view> placeholdersIn(std::string_view text)
{
    std::vector<std::string_view> found;
    std::size_t at = 0;
    while ((at = text.find('{', at)) != std::string_view::npos) {
        const std::size_t end = text.find('}', at);
        if (end == std::string_view::npos)
            break;
        found.push_back(text.substr(at, end - at + 1));
        at = end + 1;
    }
    return found;
}

} // namespace lumbar
