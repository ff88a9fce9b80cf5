#include "localtext.h"

namespace lumbar {

const std::string &LocalText::text(std::string_view language) const
{
    if (language.empty() || language == "en")
        return m_english;
    for (const auto &[lang, value] : m_translations)
        if (lang == language)
            return value;
    // "es-MX" falls back to "es" before English.
    const auto dash = language.find('-');
    if (dash != std::string_view::npos) {
        const auto base = language.substr(0, dash);
        for (const auto &[lang, value] : m_translations)
            if (lang == base)
                return value;
    }
    return m_english;
}

void LocalText::setTranslation(std::string language, std::string value)
{
    if (language == "en") {
        m_english = std::move(value);
        return;
    }
    for (auto &[lang, existing] : m_translations)
        if (lang == language) {
            existing = std::move(value);
            return;
        }
    m_translations.emplace_back(std::move(language), std::move(value));
}

} // namespace lumbar
