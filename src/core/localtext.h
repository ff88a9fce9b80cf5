// LocalText: a piece of bank text with its translations; English is always present.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lumbar {

class LocalText
{
public:
    LocalText() = default;
    explicit LocalText(std::string english)
        : m_english(std::move(english))
    {
    }

    // The text in `language` ("es", "es-ES"), falling back to the bare language and then to English.
    const std::string &text(std::string_view language = "en") const;
    const std::string &english() const { return m_english; }
    bool empty() const { return m_english.empty(); }

    void setTranslation(std::string language, std::string value);
    const std::vector<std::pair<std::string, std::string>> &translations() const { return m_translations; }

    friend bool operator==(const LocalText &, const LocalText &) = default;

private:
    std::string m_english;
    std::vector<std::pair<std::string, std::string>> m_translations;
};

} // namespace lumbar
