#include "bankloader.h"

#include "loader.h"

#include <algorithm>
#include <fstream>
#include <system_error>
#include <unordered_set>

namespace lumbar {

namespace fs = std::filesystem;

BankLayer BankLoader::readFolder(const fs::path &folder)
{
    BankLayer layer;
    const std::string shown = printable(folder.generic_string());
    std::error_code ec;
    if (!fs::exists(folder, ec)) {
        layer.readProblems.push_back({Severity::Error, shown, 0, 0, {}, "the bank folder does not exist"});
        return layer;
    }
    if (!fs::is_directory(folder, ec)) {
        layer.readProblems.push_back({Severity::Error, shown, 0, 0, {}, "this is a file, not a bank folder"});
        return layer;
    }
    const fs::path base = fs::canonical(folder, ec);
    layer.folder = base.string();
    std::vector<fs::path> names;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path p = it->path();
        const std::string name = p.filename().string();
        std::error_code dec;
        if (name.empty() || name.front() == '.' || p.extension() != ".json" || it->is_directory(dec))
            continue; // editors' lock and backup files, sub-folders, and anything that isn't a bank file
        if (names.size() == kMaxFiles) {
            layer.readProblems.push_back({Severity::Error, shown, 0, 0, {},
                "the bank folder holds more than " + std::to_string(kMaxFiles) +
                    " .json files; no bank needs that many, so none were read"});
            return layer;
        }
        names.push_back(p);
    }
    if (ec)
        layer.readProblems.push_back(
            {Severity::Error, shown, 0, 0, {}, "the folder could not be read: " + ec.message()});
    std::sort(names.begin(), names.end());
    if (names.empty() && !ec)
        layer.readProblems.push_back({Severity::Warning, shown, 0, 0, {}, "the bank folder has no .json files"});
    std::size_t totalBytes = 0;
    for (const auto &p : names) {
        const std::string display = (folder / p.filename()).generic_string();
        const std::string displayed = printable(display);
        std::error_code fec;
        const fs::path real = fs::canonical(p, fec);
        if (fec || real.parent_path() != base) {
            layer.readProblems.push_back({Severity::Error, displayed, 0, 0, {},
                "this file links to a place outside the bank folder; it was not read"});
            continue;
        }
        if (!fs::is_regular_file(real, fec)) {
            layer.readProblems.push_back(
                {Severity::Error, displayed, 0, 0, {}, "this is not a regular file; it was not read"});
            continue;
        }
        const auto size = fs::file_size(real, fec);
        if (!fec && size > kMaxFileBytes) {
            layer.readProblems.push_back({Severity::Error, displayed, 0, 0, {},
                "the file is " + std::to_string(size >> 20) + " MiB; bank files may be at most " +
                    std::to_string(kMaxFileBytes >> 20) + " MiB. Split it into smaller files"});
            continue;
        }
        totalBytes += fec ? 0 : static_cast<std::size_t>(size);
        if (totalBytes > kMaxFolderBytes) {
            layer.readProblems.push_back({Severity::Error, displayed, 0, 0, {},
                "the bank's files add up to more than " + std::to_string(kMaxFolderBytes >> 20) +
                    " MiB; this file and the ones after it were not read"});
            break;
        }
        std::ifstream in(real, std::ios::binary);
        std::string text;
        if (!fec) {
            text.resize(static_cast<std::size_t>(size));
            in.read(text.data(), static_cast<std::streamsize>(size));
            text.resize(static_cast<std::size_t>(in.gcount()));
        }
        if (fec || (!in.good() && !in.eof())) {
            layer.readProblems.push_back({Severity::Error, displayed, 0, 0, {}, "the file could not be read"});
            continue;
        }
        layer.files.push_back({display, std::move(text)});
    }
    return layer;
}

LoadResult BankLoader::load(const std::vector<const BankLayer *> &layers)
{
    return bankload::Loader().run(layers);
}

LayeredBank loadWithFallback(const BankLayer &builtIn, const BankLayer *user, const BankLayer *routines)
{
    LayeredBank out;
    std::vector<const BankLayer *> base{&builtIn};
    LoadResult current;
    if (user) {
        LoadResult both = BankLoader::load({&builtIn, user});
        out.userDiagnostics = std::move(both.diagnostics);
        if (both.ok()) {
            base.push_back(user);
            current = std::move(both);
            out.usingUserBank = true;
        }
    }
    if (routines && (!routines->files.empty() || !routines->readProblems.empty())) {
        out.routineDiagnostics = routines->readProblems;
        // First all of them; if any has an error, again without the files that had one.
        BankLayer kept = *routines;
        kept.readProblems.clear();
        for (int attempt = 0; attempt < 2 && !kept.files.empty(); ++attempt) {
            std::vector<const BankLayer *> layers = base;
            layers.push_back(&kept);
            LoadResult withRoutines = BankLoader::load(layers);
            std::unordered_set<std::string_view> keptNames;
            for (const BankFile &f : kept.files)
                keptNames.insert(f.name);
            const auto inKept = [&keptNames](const Diagnostic &d) { return keptNames.contains(d.file); };
            if (withRoutines.ok()) {
                for (Diagnostic &d : withRoutines.diagnostics)
                    if (inKept(d))
                        out.routineDiagnostics.push_back(std::move(d));
                current = std::move(withRoutines);
                break;
            }
            // The second time round every remaining file goes: their problems were not in one file alone.
            std::unordered_set<std::string> withErrors;
            for (const Diagnostic &d : withRoutines.diagnostics)
                if (d.severity == Severity::Error)
                    withErrors.insert(d.file);
            std::vector<std::string> brokenFiles;
            for (const BankFile &f : kept.files)
                if (attempt == 1 || withErrors.contains(f.name))
                    brokenFiles.push_back(f.name);
            const std::unordered_set<std::string> brokenSet(brokenFiles.begin(), brokenFiles.end());
            const auto broken = [&brokenSet](const std::string &file) { return brokenSet.contains(file); };
            for (Diagnostic &d : withRoutines.diagnostics)
                if (broken(d.file))
                    out.routineDiagnostics.push_back(std::move(d));
            out.leftOutRoutineFiles.insert(out.leftOutRoutineFiles.end(), brokenFiles.begin(), brokenFiles.end());
            std::vector<BankFile> stay;
            for (BankFile &f : kept.files)
                if (!broken(f.name))
                    stay.push_back(std::move(f));
            kept.files = std::move(stay);
        }
    }
    if (current.ok()) {
        out.bank = std::move(current.bank);
        return out;
    }
    LoadResult fallback = BankLoader::load(base);
    out.bank = std::move(fallback.bank);
    if (!out.usingUserBank)
        out.builtInDiagnostics = std::move(fallback.diagnostics);
    return out;
}

} // namespace lumbar
