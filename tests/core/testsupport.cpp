#include "testsupport.h"

#include "core/shippedbank.h"

#include <atomic>
#include <fstream>
#include <random>

namespace lumbar::test {

std::filesystem::path sourceDir()
{
    return LUMBAR_SOURCE_DIR;
}
std::filesystem::path dataDir()
{
    return sourceDir() / "tests" / "data";
}

TempDir::TempDir()
{
    static std::atomic<int> counter{0};
    std::random_device rd;
    m_path = std::filesystem::temp_directory_path() /
        ("lumbar-test-" + std::to_string(rd()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::filesystem::path TempDir::write(const std::string &name, std::string_view text) const
{
    auto file = m_path / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
    return file;
}

BankLayer layerOf(std::string_view text, std::string name)
{
    BankLayer layer;
    layer.files.push_back({std::move(name), std::string(text)});
    return layer;
}

std::string bankFile(std::string_view body)
{
    return "{\n  \"format\": \"lumbar-relief-bank\",\n  \"version\": 1,\n  " + std::string(body) + "\n}\n";
}

std::string exerciseJson(std::string_view id, std::string_view extraFields)
{
    std::string out = R"({
      "id": ")" +
        std::string(id) + R"(",
      "name": "Test exercise )" +
        std::string(id) + R"(",
      "summary": "A test exercise.",
      "category": "stretch",
      "position": "lying-on-back",
      "difficulty": "easy",
      "steps": ["Lie down.", "Breathe."],
      "dosage": {"holdSeconds": 20, "reps": 3, "sides": "alternate"},
      "stopRules": ["Stop if pain spreads down your leg."],
      "sources": ["nhs-sciatica"])";
    if (!extraFields.empty())
        out += ",\n      " + std::string(extraFields);
    return out + "\n    }";
}

LoadResult loadOverShipped(const BankLayer &layer)
{
    return BankLoader::load({&shippedBankLayer(), &layer});
}

const Diagnostic *findMessage(const LoadResult &result, std::string_view needle)
{
    for (const auto &d : result.diagnostics)
        if (d.message.find(needle) != std::string::npos)
            return &d;
    return nullptr;
}

} // namespace lumbar::test
