// Helpers shared by the core tests: paths into the source tree, temporary folders, and quick bank building.
#pragma once

#include "core/bank/bankloader.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace lumbar::test {

std::filesystem::path sourceDir();
std::filesystem::path dataDir(); // tests/data

// A folder under the system temp dir, removed when the object goes away.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    const std::filesystem::path &path() const { return m_path; }
    std::filesystem::path write(const std::string &name, std::string_view text) const;

private:
    std::filesystem::path m_path;
};

// A one-file layer, as if read from a folder; the file is named `name`.
BankLayer layerOf(std::string_view text, std::string name = "test.json");

// `body` wrapped in a bank file's header: {"format": …, "version": 1, <body>}.
std::string bankFile(std::string_view body);

// A complete, valid exercise object with the given id, for tests that change one field.
std::string exerciseJson(std::string_view id, std::string_view extraFields = {});

// Loads `layer` over the built-in bank.
LoadResult loadOverShipped(const BankLayer &layer);

// The first diagnostic whose message contains `needle`, or nullptr.
const Diagnostic *findMessage(const LoadResult &result, std::string_view needle);

} // namespace lumbar::test
