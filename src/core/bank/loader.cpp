#include "loader.h"

#include "textchecks.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace lumbar::bankload {

bool Loader::listable(Severity severity, int file)
{
    FileRef &ref = m_files[static_cast<std::size_t>(file)];
    if (ref.problems < BankLoader::kMaxProblemsPerFile) {
        ++ref.problems;
        return true;
    }
    ++(severity == Severity::Error ? ref.unlistedErrors : ref.unlistedWarnings);
    return false;
}

void Loader::reportAt(Severity severity, int file, std::size_t offset, const std::string &message)
{
    if (listable(severity, file))
        add(severity, file, m_files[static_cast<std::size_t>(file)].locate().positionAt(offset), {}, message);
}

void Loader::report(Severity severity, int file, const std::string &pointer, const std::string &message)
{
    if (listable(severity, file))
        add(severity, file, m_files[static_cast<std::size_t>(file)].locate().positionOf(pointer),
            pointer.empty() ? std::string("/") : printable(pointer), message);
}

void Loader::add(Severity severity, int file, TextPosition at, std::string pointer, const std::string &message)
{
    Diagnostic d;
    d.severity = severity;
    d.file = printable(m_files[static_cast<std::size_t>(file)].file->name);
    d.line = at.line;
    d.column = at.column;
    d.path = std::move(pointer);
    d.message = printable(message);
    m_diagnostics.push_back(std::move(d));
}

template<class T, class ReadFn>
void Loader::readSection(
    int file, const json &root, std::string_view key, Kind kind, Section<T> &section, ReadFn readOne)
{
    const auto it = root.find(key);
    if (it == root.end())
        return;
    const Path rootPath;
    const Path p = rootPath.member(key);
    const Subject fileSubject;
    const auto numbered = [kind](std::size_t i) { return Subject{kindWord(kind), {}, i + 1}; };
    eachObject(
        Ctx{file, rootPath, fileSubject}, *it, p,
        [&] { return quote(key) + " must be a list of " + std::string(kindWord(kind)) + "s, not " + typeName(*it); },
        [&](std::size_t i, const json &obj) {
            return numbered(i).str() + " in " + quote(key) + " must be an object, not " + typeName(obj);
        },
        [&](const json &obj, const Path &pi, std::size_t i) {
            const Subject subject = numbered(i);
            Origin origin{file, key, i, {}};
            std::optional<T> value = readOne(Ctx{file, pi, subject}, obj, origin);
            if (!value)
                return;
            // The same id twice in one layer is a mistake; in a later layer it replaces the earlier entry on purpose.
            const auto [dup, fresh] = section.inLayer.try_emplace(value->id, file, i);
            if (!fresh) {
                const auto [firstFile, firstIndex] = dup->second;
                const std::string firstPointer = "/" + std::string(key) + "/" + std::to_string(firstIndex) + "/id";
                const auto pos = m_files[static_cast<std::size_t>(firstFile)].locate().positionOf(firstPointer);
                report(Severity::Error, file, pi.member("id").str(),
                    "the " + std::string(kindWord(kind)) + " id " + quote(value->id) +
                        " is used twice; it was first used at " +
                        m_files[static_cast<std::size_t>(firstFile)].file->name + ":" + std::to_string(pos.line) + ":" +
                        std::to_string(pos.column) + ". Ids must be unique");
                return;
            }
            Entry<T> entry{std::move(*value), std::move(origin)};
            if (const auto existing = section.byId.find(entry.value.id); existing != section.byId.end()) {
                section.entries[existing->second] = std::move(entry);
            } else {
                section.byId.emplace(entry.value.id, section.entries.size());
                section.entries.push_back(std::move(entry));
            }
        });
}

void Loader::loadFile(int fileIndex, const std::string &folder)
{
    FileRef &ref = m_files[static_cast<std::size_t>(fileIndex)];
    std::string_view text = ref.file->text;
    if (text.size() > BankLoader::kMaxFileBytes) {
        Diagnostic d{Severity::Error, ref.file->name, 0, 0, {},
            "the file is " + std::to_string(text.size() >> 20) + " MiB; bank files may be at most " +
                std::to_string(BankLoader::kMaxFileBytes >> 20) + " MiB. Split it into smaller files"};
        m_diagnostics.push_back(std::move(d));
        return;
    }
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3); // editors on Windows add a byte-order mark; it carries no meaning
    ref.text = text;
    if (isBlank(text)) {
        reportAt(Severity::Error, fileIndex, 0,
            "the file is empty; a bank file holds one JSON object with "
            "\"format\": \"lumbar-relief-bank\" and \"version\": 1");
        return;
    }
    if (const auto bad = firstInvalidUtf8(text); bad != std::string_view::npos) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
        reportAt(Severity::Error, fileIndex, bad,
            std::string("the file is not valid UTF-8 text (byte ") + hex + " here); save it with the UTF-8 encoding");
        return;
    }
    std::size_t values = 0;
    if (const auto deep = firstTooDeep(text, BankLoader::kMaxDepth, values); deep != std::string_view::npos) {
        reportAt(Severity::Error, fileIndex, deep,
            "the file nests lists and objects more than " + std::to_string(BankLoader::kMaxDepth) +
                " levels deep; no bank file needs that, so it was not read");
        return;
    }
    if (values > BankLoader::kMaxValues) {
        // Parsed, millions of tiny values would take many times the file's size in memory.
        reportAt(Severity::Error, fileIndex, 0,
            "the file holds more than " + std::to_string(BankLoader::kMaxValues) +
                " values; no bank file needs that many, so it was not read. Split it into smaller files");
        return;
    }
    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::parse_error &e) {
        std::string detail = e.what();
        // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error while parsing …"
        if (const auto colon = detail.find(": "); colon != std::string::npos)
            detail = detail.substr(colon + 2);
        const std::size_t at = std::min(e.byte > 0 ? e.byte - 1 : 0, text.size());
        const bool endedEarly = e.byte >= text.size();
        reportAt(Severity::Error, fileIndex, at,
            (endedEarly ? "the file stops in the middle (was it only partly saved?): " : "this is not valid JSON: ") +
                detail);
        return;
    } catch (const json::exception &e) {
        // A number too large for a double ("1e400") is refused while parsing, with no position; find it.
        std::string detail = e.what();
        std::size_t at = 0;
        if (const auto q = detail.find('\''); q != std::string::npos) {
            const auto literal = detail.substr(q + 1, detail.rfind('\'') - q - 1);
            if (!literal.empty())
                at = findNumberLiteral(text, literal);
        }
        reportAt(Severity::Error, fileIndex, at, "this number is far too large; no count or time in a bank needs it");
        return;
    }
    if (!root.is_object()) {
        report(Severity::Error, fileIndex, "",
            "a bank file must hold one JSON object ({ … }) with \"format\" and \"version\", not " + typeName(root));
        return;
    }
    const auto fmt = root.find("format");
    if (fmt == root.end()) {
        report(Severity::Error, fileIndex, "",
            "the file does not say what it is: add \"format\": \"lumbar-relief-bank\" and \"version\": 1");
        return;
    }
    if (!fmt->is_string() || fmt->get_ref<const std::string &>() != kFormatName) {
        report(Severity::Error, fileIndex, "/format",
            "this is not a Lumbar Relief bank file: \"format\" must be \"lumbar-relief-bank\"");
        return;
    }
    const auto ver = root.find("version");
    if (ver == root.end()) {
        report(
            Severity::Error, fileIndex, "", "the file does not say which format version it uses: add \"version\": 1");
        return;
    }
    // 1, 1.0 (the schema's view: the same number) or a far newer version written any way at all.
    const bool whole = ver->is_number_integer() ||
        (ver->is_number_float() && std::isfinite(ver->get<double>()) &&
            ver->get<double>() == std::floor(ver->get<double>()));
    const double version = whole ? ver->get<double>() : 0.0;
    if (!whole || version < 1) {
        report(Severity::Error, fileIndex, "/version", "\"version\" must be a whole number such as 1");
        return;
    }
    if (version > BankLoader::kFormatVersion) {
        const std::string shown = version < 1e9 ? std::to_string(static_cast<long long>(version)) : ver->dump();
        report(Severity::Error, fileIndex, "/version",
            "this file uses bank format version " + shown + ", but this version of Lumbar Relief understands version " +
                std::to_string(BankLoader::kFormatVersion) + " only; update the app to use it");
        return;
    }
    if (const auto schema = root.find("$schema"); schema != root.end() && !schema->is_string()) {
        report(Severity::Error, fileIndex, "/$schema",
            "\"$schema\" must be the path or address of the JSON Schema, as text");
        return;
    }
    const Path top;
    const Subject theFile;
    checkKeys(Ctx{fileIndex, top, theFile}, root,
        {"$schema", "format", "version", "exercises", "symptoms", "conditions", "treatments", "redFlags", "routines",
            "sources", "regions"});

    readSection(fileIndex, root, "sources", Kind::Source, m_sources,
        [this](const Ctx &c, const json &o, Origin &og) { return readSource(c, o, og); });
    readSection(fileIndex, root, "symptoms", Kind::Symptom, m_symptoms,
        [this](const Ctx &c, const json &o, Origin &og) { return readSymptom(c, o, og); });
    readSection(fileIndex, root, "conditions", Kind::Condition, m_conditions,
        [this](const Ctx &c, const json &o, Origin &og) { return readCondition(c, o, og); });
    readSection(fileIndex, root, "treatments", Kind::Treatment, m_treatments,
        [this](const Ctx &c, const json &o, Origin &og) { return readTreatment(c, o, og); });
    readSection(fileIndex, root, "redFlags", Kind::RedFlag, m_redFlags,
        [this](const Ctx &c, const json &o, Origin &og) { return readRedFlag(c, o, og); });
    readSection(fileIndex, root, "regions", Kind::Region, m_regions,
        [this](const Ctx &c, const json &o, Origin &og) { return readRegion(c, o, og); });
    readSection(fileIndex, root, "exercises", Kind::Exercise, m_exercises,
        [this, &folder](const Ctx &c, const json &o, Origin &og) { return readExercise(c, o, folder, og); });
    readSection(fileIndex, root, "routines", Kind::Routine, m_routines,
        [this](const Ctx &c, const json &o, Origin &og) { return readRoutine(c, o, og); });
}

template<class F>
decltype(auto) Loader::withSection(Kind kind, F &&visit) const
{
    switch (kind) {
    case Kind::Exercise:
        return visit(m_exercises);
    case Kind::Symptom:
        return visit(m_symptoms);
    case Kind::Condition:
        return visit(m_conditions);
    case Kind::Treatment:
        return visit(m_treatments);
    case Kind::RedFlag:
        return visit(m_redFlags);
    case Kind::Routine:
        return visit(m_routines);
    case Kind::Region:
        return visit(m_regions);
    case Kind::Source:
        break;
    }
    return visit(m_sources);
}

bool Loader::exists(Kind kind, const std::string &id) const
{
    return withSection(kind, [&id](const auto &section) { return section.byId.contains(id); });
}

std::vector<std::string> Loader::idsOf(Kind kind) const
{
    std::vector<std::string> ids = withSection(kind, [](const auto &section) {
        std::vector<std::string> found;
        found.reserve(section.byId.size());
        for (const auto &[id, _] : section.byId)
            found.push_back(id);
        return found;
    });
    std::sort(ids.begin(), ids.end()); // a stable suggestion whatever the hash order
    return ids;
}

template<class T>
void Loader::checkReferences(const Section<T> &section, Kind kind)
{
    for (const auto &entry : section.entries) {
        for (const auto &ref : entry.origin.references) {
            if (exists(ref.target, ref.id))
                continue;
            const Subject owner{kindWord(kind), entry.value.id, entry.origin.index + 1, ref.step};
            report(Severity::Error, entry.origin.file, ref.pointer,
                owner.str() + " " + std::string(ref.phrase) + " " + quote(ref.id) + ", which does not exist" +
                    didYouMean(closestMatch(ref.id, idsOf(ref.target))));
        }
    }
}

void Loader::startLayer()
{
    m_exercises.inLayer.clear();
    m_symptoms.inLayer.clear();
    m_conditions.inLayer.clear();
    m_treatments.inLayer.clear();
    m_redFlags.inLayer.clear();
    m_routines.inLayer.clear();
    m_sources.inLayer.clear();
    m_regions.inLayer.clear();
}

template<class T>
std::vector<T> valuesOf(std::vector<Entry<T>> &entries)
{
    std::vector<T> out;
    out.reserve(entries.size());
    for (auto &e : entries)
        out.push_back(std::move(e.value));
    return out;
}

LoadResult Loader::run(const std::vector<const BankLayer *> &layers)
{
    for (const BankLayer *layer : layers)
        for (const auto &file : layer->files) {
            FileRef &ref = m_files.emplace_back();
            ref.file = &file;
            ref.text = file.text;
        }
    int fileIndex = 0;
    for (const BankLayer *layer : layers) {
        startLayer();
        for (const auto &d : layer->readProblems)
            m_diagnostics.push_back(d);
        for (std::size_t i = 0; i < layer->files.size(); ++i)
            loadFile(fileIndex++, layer->folder);
    }
    checkReferences(m_exercises, Kind::Exercise);
    checkReferences(m_symptoms, Kind::Symptom);
    checkReferences(m_conditions, Kind::Condition);
    checkReferences(m_treatments, Kind::Treatment);
    checkReferences(m_redFlags, Kind::RedFlag);
    checkReferences(m_routines, Kind::Routine);
    checkReferences(m_sources, Kind::Source);
    checkReferences(m_regions, Kind::Region);

    // Report in reading order: by file as loaded, then by position, whatever order the checks ran in.
    std::unordered_map<std::string, std::size_t> fileOrder;
    for (std::size_t i = 0; i < m_files.size(); ++i)
        fileOrder.emplace(printable(m_files[i].file->name), i + 1);
    auto orderOf = [&fileOrder](const Diagnostic &d) {
        const auto it = fileOrder.find(d.file);
        return std::make_tuple(it == fileOrder.end() ? std::size_t{0} : it->second, d.line, d.column);
    };
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
        [&orderOf](const Diagnostic &a, const Diagnostic &b) { return orderOf(a) < orderOf(b); });
    // A file with too many problems to list ends with a line that says how many more there are.
    for (const FileRef &ref : m_files) {
        const int unlisted = ref.unlistedErrors + ref.unlistedWarnings;
        if (unlisted == 0)
            continue;
        Diagnostic more;
        more.severity = ref.unlistedErrors > 0 ? Severity::Error : Severity::Warning;
        more.file = printable(ref.file->name);
        more.message = "…and " + std::to_string(unlisted) + " more problem" + (unlisted == 1 ? "" : "s") +
            " in this file (" + std::to_string(ref.unlistedErrors) + " errors, " +
            std::to_string(ref.unlistedWarnings) + " warnings), not listed; fix the ones above first";
        const auto after = std::find_if(
            m_diagnostics.rbegin(), m_diagnostics.rend(), [&more](const Diagnostic &d) { return d.file == more.file; });
        m_diagnostics.insert(after.base(), std::move(more));
    }

    LoadResult result;
    result.errors = countOf(m_diagnostics, Severity::Error);
    result.warnings = countOf(m_diagnostics, Severity::Warning);
    for (const FileRef &ref : m_files) {
        // The closing "…and N more" line stands for N problems, not one.
        if (ref.unlistedErrors + ref.unlistedWarnings > 0)
            --(ref.unlistedErrors > 0 ? result.errors : result.warnings);
        result.errors += ref.unlistedErrors;
        result.warnings += ref.unlistedWarnings;
    }
    if (!hasErrors(m_diagnostics)) {
        ContentBank::Data data;
        data.exercises = valuesOf(m_exercises.entries);
        data.symptoms = valuesOf(m_symptoms.entries);
        data.conditions = valuesOf(m_conditions.entries);
        data.treatments = valuesOf(m_treatments.entries);
        data.redFlags = valuesOf(m_redFlags.entries);
        data.routines = valuesOf(m_routines.entries);
        data.sources = valuesOf(m_sources.entries);
        data.regions = valuesOf(m_regions.entries);
        result.bank = std::make_shared<const ContentBank>(std::move(data));
    }
    result.diagnostics = std::move(m_diagnostics);
    return result;
}

} // namespace lumbar::bankload
