#include "messagewords.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

namespace lumbar::bankload {

using nlohmann::json;

// 12 → "12", 2.5 → "2.5", 0.05 → "0.05": numbers in messages as a person would write them.
std::string formatNumber(double d)
{
    if (!std::isfinite(d))
        return "not a number";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", d);
    std::string out = buffer;
    while (out.back() == '0')
        out.pop_back();
    if (out.back() == '.')
        out.pop_back();
    return out == "-0" ? "0" : out;
}

std::string quote(std::string_view s)
{
    constexpr std::size_t kLongest = 60; // keep a hostile 1 MB "id" from flooding the report
    if (s.size() <= kLongest)
        return "'" + std::string(s) + "'";
    std::size_t cut = kLongest;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut; // never split a character
    return "'" + std::string(s.substr(0, cut)) + "…'";
}

std::string didYouMean(const std::string &suggestion)
{
    return suggestion.empty() ? std::string() : " — did you mean " + quote(suggestion) + "?";
}

std::string typeName(const json &v)
{
    switch (v.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "a list";
    case json::value_t::string:
        return "text";
    case json::value_t::boolean:
        return "true/false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return "a number";
    default:
        return "something else";
    }
}

std::string joinNames(std::span<const std::string_view> names)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += i + 1 == names.size() ? " or " : ", ";
        out += names[i];
    }
    return out;
}

} // namespace lumbar::bankload
