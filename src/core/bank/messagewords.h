// The words the bank's messages are built from: numbers as a person writes them, quoted names, JSON type names and
// lists of choices.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <span>
#include <string>
#include <string_view>

namespace lumbar::bankload {

// 12 → "12", 2.5 → "2.5", 0.05 → "0.05": numbers in messages as a person would write them.
std::string formatNumber(double d);

std::string quote(std::string_view s);

std::string didYouMean(const std::string &suggestion);

std::string typeName(const nlohmann::json &v);

std::string joinNames(std::span<const std::string_view> names);

} // namespace lumbar::bankload
