// BankLoader: reads bank files, checks everything a therapist could get wrong in one pass, and builds the
// immutable ContentBank. Layers (the built-in bank, then a user folder) are merged by id.
#pragma once

#include "core/contentbank.h"
#include "core/diagnostic.h"

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace lumbar {

struct BankFile
{
    std::string name; // as shown in messages: "data/bank/exercises.json" or "built-in/exercises.json"
    std::string text;
};

// One bank: the built-in one or a folder, with whatever went wrong while reading the folder itself.
struct BankLayer
{
    std::string folder; // absolute folder that relative picture paths are resolved in; empty for the built-in bank
    std::vector<BankFile> files;
    std::vector<Diagnostic> readProblems;
};

struct LoadResult
{
    std::shared_ptr<const ContentBank> bank; // null when there is any error
    std::vector<Diagnostic> diagnostics; // errors and warnings, in file order; a file lists at most 100
    int errors = 0; // every error found, listed or not
    int warnings = 0;
    bool ok() const { return bank != nullptr; }
};

class BankLoader
{
public:
    static constexpr int kFormatVersion = 1;
    // Limits that keep a hostile bank from exhausting time or memory; a real bank is far below each.
    static constexpr std::size_t kMaxFileBytes = std::size_t{32} << 20;
    static constexpr std::size_t kMaxFolderBytes = std::size_t{64} << 20;
    static constexpr std::size_t kMaxFiles = 1000;
    static constexpr std::size_t kMaxValues = 2'000'000; // JSON values in one file
    static constexpr int kMaxDepth = 64;
    static constexpr int kMaxProblemsPerFile = 100; // the rest are counted, not listed

    // Every `*.json` file directly inside `folder`. Never throws; problems go into readProblems.
    static BankLayer readFolder(const std::filesystem::path &folder);

    // Parses and checks every layer; an entry in a later layer replaces the earlier entry with the same id.
    static LoadResult load(const std::vector<const BankLayer *> &layers);
    static LoadResult load(const BankLayer &layer) { return load(std::vector<const BankLayer *>{&layer}); }
};

// What the app runs on: the built-in bank with the user's folder over it, or — when the user's folder has
// errors — the built-in bank alone, keeping the user's problems so they can be shown.
struct LayeredBank
{
    std::shared_ptr<const ContentBank> bank; // null only when the built-in bank itself is broken
    std::vector<Diagnostic> userDiagnostics;
    std::vector<Diagnostic> builtInDiagnostics; // empty unless the build shipped a broken bank
    bool usingUserBank = false;
    // The user's own routines (one file each): problems in them, and the files left out because of an error.
    std::vector<Diagnostic> routineDiagnostics;
    std::vector<std::string> leftOutRoutineFiles;
};

// `routines`, when given, goes over the rest. A routine file with an error is left out on its own: one broken
// routine must not hide the others, nor the user's bank folder.
LayeredBank loadWithFallback(const BankLayer &builtIn, const BankLayer *user, const BankLayer *routines = nullptr);

} // namespace lumbar
