#include "exerciseindex.h"

#include "exercisesearch.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <unordered_map>

namespace lumbar {

namespace {

std::uint64_t nextSerial()
{
    static std::atomic<std::uint64_t> serial{0};
    return ++serial;
}

struct StringHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

std::uint32_t toU32(std::size_t value)
{
    return static_cast<std::uint32_t>(value);
}

std::string joined(std::span<const std::string> words)
{
    std::string out;
    for (const auto &word : words) {
        if (!out.empty())
            out += ' ';
        out += word;
    }
    return out;
}

// True when every exercise that matches `now` also matches `before`: each earlier word is the start of a word now.
bool narrows(std::span<const std::string> before, std::span<const std::string> now)
{
    return std::all_of(before.begin(), before.end(), [&](const std::string &old) {
        return std::any_of(now.begin(), now.end(), [&](const std::string &word) { return word.starts_with(old); });
    });
}

// Sorts and merges ranges[first..].
void mergeRanges(std::vector<TextRange> &ranges, std::size_t first)
{
    const auto tail = ranges.begin() + static_cast<std::ptrdiff_t>(first);
    std::sort(tail, ranges.end(), [](const TextRange &a, const TextRange &b) { return a.begin < b.begin; });
    auto out = tail;
    for (auto it = tail; it != ranges.end(); ++it) {
        if (out != tail && it->begin <= (out - 1)->end)
            (out - 1)->end = std::max((out - 1)->end, it->end);
        else
            *out++ = *it;
    }
    ranges.erase(out, ranges.end());
}

constexpr std::uint8_t kNoMatch = 0xff;

} // namespace

bool ExerciseFilters::empty() const
{
    return std::all_of(allowed.begin(), allowed.end(), [](const auto &values) { return values.empty(); });
}

std::span<const TextRange> SearchResult::nameRanges(const SearchHit &hit) const
{
    return std::span<const TextRange>(m_ranges).subspan(hit.firstRange, hit.nameRangeCount);
}

std::span<const TextRange> SearchResult::aliasRanges(const SearchHit &hit) const
{
    return std::span<const TextRange>(m_ranges).subspan(hit.firstRange + hit.nameRangeCount, hit.aliasRangeCount);
}

ExerciseIndex::ExerciseIndex()
    : m_serial(nextSerial())
{
}

ExerciseIndex::ExerciseIndex(const ContentBank &bank, std::string_view language)
    : m_serial(nextSerial())
{
    const auto &exercises = bank.exercises();
    m_exercises.reserve(exercises.size());

    // Each exercise's keys per facet, then each facet's values in a stable order.
    std::vector<std::array<std::vector<std::string_view>, kFacetCount>> keys(exercises.size());
    auto add = [](std::vector<std::string_view> &list, std::string_view key) {
        if (std::find(list.begin(), list.end(), key) == list.end())
            list.push_back(key);
    };
    for (std::size_t i = 0; i < exercises.size(); ++i) {
        const Exercise &e = exercises[i];
        auto &k = keys[i];
        add(k[static_cast<std::size_t>(Facet::Category)], toString(e.category));
        add(k[static_cast<std::size_t>(Facet::Position)], toString(e.position));
        for (const Equipment item : e.equipment)
            add(k[static_cast<std::size_t>(Facet::Equipment)], toString(item));
        if (e.equipment.empty())
            add(k[static_cast<std::size_t>(Facet::Equipment)], kNoEquipment);
        add(k[static_cast<std::size_t>(Facet::Difficulty)], toString(e.difficulty));
        for (const auto &symptom : e.targetSymptoms)
            add(k[static_cast<std::size_t>(Facet::Symptom)], symptom);
        for (const auto &condition : e.targetConditions)
            add(k[static_cast<std::size_t>(Facet::Condition)], condition);
    }
    for (const Condition &condition : bank.conditions()) {
        for (const auto &id : condition.suggestedExercises) {
            if (const Exercise *e = bank.exercise(id))
                add(keys[static_cast<std::size_t>(e - exercises.data())][static_cast<std::size_t>(Facet::Condition)],
                    condition.id);
        }
    }

    std::array<std::unordered_map<std::string_view, std::uint32_t>, kFacetCount> positions;
    auto order = [&](Facet facet, std::span<const std::string_view> preferred,
                     const std::function<std::string(std::string_view)> &nameOf) {
        const auto f = static_cast<std::size_t>(facet);
        std::vector<std::string_view> used;
        for (const auto &k : keys)
            for (const auto key : k[f])
                add(used, key);
        std::vector<std::string_view> ordered;
        for (const auto key : preferred)
            if (std::find(used.begin(), used.end(), key) != used.end())
                add(ordered, key);
        for (const auto key : used)
            add(ordered, key);
        for (const auto key : ordered) {
            positions[f].emplace(key, toU32(m_values[f].size()));
            m_values[f].push_back({std::string(key), nameOf(key)});
        }
    };
    const auto keyName = [](std::string_view key) { return std::string(key); };
    order(Facet::Category, enumNames<Category>(), keyName);
    order(Facet::Position, enumNames<Position>(), keyName);
    std::vector<std::string_view> equipment(enumNames<Equipment>().begin(), enumNames<Equipment>().end());
    equipment.push_back(kNoEquipment);
    order(Facet::Equipment, equipment, keyName);
    order(Facet::Difficulty, enumNames<Difficulty>(), keyName);
    std::vector<std::string_view> symptomIds;
    for (const auto &symptom : bank.symptoms())
        symptomIds.emplace_back(symptom.id);
    order(Facet::Symptom, symptomIds, [&](std::string_view id) {
        const Symptom *symptom = bank.symptom(id);
        return symptom ? symptom->name.text(language) : std::string(id);
    });
    std::vector<std::string_view> conditionIds;
    for (const auto &condition : bank.conditions())
        conditionIds.emplace_back(condition.id);
    order(Facet::Condition, conditionIds, [&](std::string_view id) {
        const Condition *condition = bank.condition(id);
        return condition ? condition->name.text(language) : std::string(id);
    });

    // Words get provisional ids as they are met, and each (word, exercise) pair is recorded once, with the
    // field it is first met in: the best, since an exercise's fields are read best first.
    std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> ids;
    std::vector<std::string> words;
    std::vector<std::uint32_t> lastExercise; // per provisional id: exercise + 1 it was last recorded for
    std::vector<std::pair<std::uint32_t, std::uint32_t>> occurrences; // (provisional id, exercise << 2 | field)
    auto addSegment = [&](std::string_view original, MatchField field, std::size_t item, std::uint32_t exercise) {
        Segment segment;
        segment.offset = toU32(m_text.size());
        segment.length = toU32(original.size());
        segment.field = field;
        segment.item = static_cast<std::uint16_t>(item);
        segment.firstToken = toU32(m_tokens.size());
        m_text += foldCase(original);
        const std::string_view folded = textOf(segment);
        const bool keepTokens = field == MatchField::Name || field == MatchField::Alias;
        for (std::size_t at = 0; at < folded.size();) {
            if (!isWordByte(folded[at])) {
                ++at;
                continue;
            }
            std::size_t end = at;
            while (end < folded.size() && isWordByte(folded[end]))
                ++end;
            const std::string_view word = folded.substr(at, end - at);
            std::uint32_t id = 0;
            if (const auto found = ids.find(word); found != ids.end()) {
                id = found->second;
            } else {
                id = toU32(words.size());
                ids.emplace(std::string(word), id);
                words.emplace_back(word);
                lastExercise.push_back(0);
            }
            if (lastExercise[id] != exercise + 1) {
                lastExercise[id] = exercise + 1;
                occurrences.emplace_back(id, exercise << 2U | static_cast<std::uint32_t>(field));
            }
            if (keepTokens)
                m_tokens.push_back({id, toU32(at)});
            at = end;
        }
        segment.tokenCount = toU32(m_tokens.size()) - segment.firstToken;
        m_segments.push_back(segment);
    };

    for (std::size_t i = 0; i < exercises.size(); ++i) {
        const Exercise &e = exercises[i];
        const auto exercise = toU32(i);
        Entry entry;
        entry.firstSegment = toU32(m_segments.size());
        addSegment(e.name.text(language), MatchField::Name, 0, exercise);
        for (std::size_t a = 0; a < e.aliases.size(); ++a)
            addSegment(e.aliases[a].text(language), MatchField::Alias, a, exercise);
        addSegment(e.summary.text(language), MatchField::Summary, 0, exercise);
        for (std::size_t s = 0; s < e.steps.size(); ++s)
            addSegment(e.steps[s].text(language), MatchField::Step, s, exercise);
        entry.segmentCount = toU32(m_segments.size()) - entry.firstSegment;
        entry.firstValue = toU32(m_entryValues.size());
        for (std::size_t f = 0; f < kFacetCount; ++f) {
            for (const auto key : keys[i][f])
                m_entryValues.push_back(positions.at(f).at(key));
            entry.valueCounts.at(f) = static_cast<std::uint16_t>(keys[i][f].size());
        }
        m_exercises.push_back(entry);
    }

    // Sorted vocabulary, so the words a prefix begins are one range; postings grouped by word, bank order kept.
    std::vector<std::uint32_t> byWord(words.size());
    for (std::size_t i = 0; i < byWord.size(); ++i)
        byWord[i] = toU32(i);
    std::sort(byWord.begin(), byWord.end(), [&](std::uint32_t a, std::uint32_t b) { return words[a] < words[b]; });
    std::vector<std::uint32_t> sortedId(words.size());
    m_vocabulary.reserve(words.size());
    for (std::size_t k = 0; k < byWord.size(); ++k) {
        sortedId[byWord[k]] = toU32(k);
        m_vocabulary.push_back(std::move(words[byWord[k]]));
    }
    for (Token &token : m_tokens)
        token.word = sortedId[token.word];
    m_postingStart.assign(m_vocabulary.size() + 1, 0);
    for (const auto &[id, posting] : occurrences)
        ++m_postingStart[sortedId[id] + 1];
    for (std::size_t w = 1; w < m_postingStart.size(); ++w)
        m_postingStart[w] += m_postingStart[w - 1];
    m_postings.resize(occurrences.size());
    std::vector<std::uint32_t> fill(m_postingStart.begin(), m_postingStart.end() - 1);
    for (const auto &[id, posting] : occurrences)
        m_postings[fill[sortedId[id]]++] = posting;
}

ExerciseIndex::WordPlan ExerciseIndex::plan(const std::string &word) const
{
    WordPlan plan;
    if (!std::all_of(word.begin(), word.end(), isWordByte)) {
        plan.scan = true;
        return plan;
    }
    const auto first = std::lower_bound(m_vocabulary.begin(), m_vocabulary.end(), word);
    const auto last = std::partition_point(
        first, m_vocabulary.end(), [&](const std::string &candidate) { return candidate.starts_with(word); });
    plan.first = toU32(static_cast<std::size_t>(first - m_vocabulary.begin()));
    plan.last = toU32(static_cast<std::size_t>(last - m_vocabulary.begin()));
    return plan;
}

std::uint8_t ExerciseIndex::scanBest(std::uint32_t exercise, std::string_view word) const
{
    const Entry &entry = m_exercises[exercise];
    for (const Segment &segment : std::span<const Segment>(m_segments).subspan(entry.firstSegment, entry.segmentCount))
        if (findWordPrefix(textOf(segment), word) != std::string_view::npos)
            return static_cast<std::uint8_t>(segment.field);
    return kNoMatch;
}

std::size_t ExerciseIndex::collectRanges(const Segment &segment, std::span<const std::string> words,
    std::span<const WordPlan> plans, std::vector<TextRange> &ranges) const
{
    const std::size_t first = ranges.size();
    bool scanned = false;
    for (const Token &token : std::span<const Token>(m_tokens).subspan(segment.firstToken, segment.tokenCount)) {
        std::size_t length = 0;
        for (std::size_t w = 0; w < words.size(); ++w)
            if (!plans[w].scan && token.word >= plans[w].first && token.word < plans[w].last)
                length = std::max(length, words[w].size());
        if (length > 0)
            ranges.push_back({token.offset, toU32(token.offset + length)});
    }
    const std::string_view text = textOf(segment);
    for (std::size_t w = 0; w < words.size(); ++w) {
        if (!plans[w].scan)
            continue;
        scanned = true;
        for (std::size_t at = findWordPrefix(text, words[w]); at != std::string_view::npos;
             at = findWordPrefix(text, words[w], at + 1))
            ranges.push_back({toU32(at), toU32(at + words[w].size())});
    }
    if (scanned)
        mergeRanges(ranges, first);
    return ranges.size() - first;
}

void ExerciseIndex::makeHit(std::uint32_t exercise, std::uint8_t worst, std::span<const std::string> words,
    std::span<const WordPlan> plans, std::string_view wholeQuery, SearchResult &result) const
{
    auto &ranges = result.m_spareRanges;
    SearchHit hit;
    hit.exercise = exercise;
    if (words.empty()) {
        result.m_spareMatches.push_back(hit);
        return;
    }
    const Entry &entry = m_exercises[exercise];
    const auto segments = std::span<const Segment>(m_segments).subspan(entry.firstSegment, entry.segmentCount);
    hit.field = static_cast<MatchField>(worst);
    hit.firstRange = toU32(ranges.size());
    hit.nameRangeCount = static_cast<std::uint16_t>(collectRanges(segments.front(), words, plans, ranges));
    if (hit.field == MatchField::Name) {
        const std::string_view name = textOf(segments.front());
        if (name == wholeQuery)
            hit.rank = 0;
        else if (name.starts_with(words.front()))
            hit.rank = 1;
        else
            hit.rank = 2;
    } else {
        hit.rank = static_cast<std::uint8_t>(worst + 2);
        for (const Segment &segment : segments) {
            if (segment.field != MatchField::Alias)
                continue;
            if (const std::size_t count = collectRanges(segment, words, plans, ranges); count > 0) {
                hit.alias = segment.item;
                hit.aliasRangeCount = static_cast<std::uint16_t>(count);
                break;
            }
        }
    }
    result.m_spareMatches.push_back(hit);
}

SearchResult ExerciseIndex::search(std::string_view query, const ExerciseFilters &filters) const
{
    SearchResult result;
    search(query, filters, result);
    return result;
}

void ExerciseIndex::search(std::string_view query, const ExerciseFilters &filters, SearchResult &result) const
{
    const std::vector<std::string> words = queryWords(query);
    std::string normalized = joined(words);
    const bool sameIndex = result.m_index == m_serial;
    if (sameIndex && normalized == result.m_query) {
        result.m_narrowed = true;
        if (filters == result.m_filters)
            return;
        result.m_filters = filters;
        applyFilters(result);
        return;
    }

    auto &matches = result.m_spareMatches;
    auto &ranges = result.m_spareRanges;
    matches.clear();
    ranges.clear();
    result.m_narrowed = sameIndex && narrows(queryWords(result.m_query), words);
    auto &candidates = result.m_candidates;
    candidates.clear();
    if (result.m_narrowed) {
        for (const SearchHit &previous : result.m_textMatches)
            candidates.push_back(previous.exercise);
    } else {
        candidates.resize(m_exercises.size());
        for (std::size_t i = 0; i < candidates.size(); ++i)
            candidates[i] = toU32(i);
    }

    std::vector<WordPlan> plans;
    plans.reserve(words.size());
    for (const auto &word : words)
        plans.push_back(plan(word));
    auto &worst = result.m_worst;
    auto &best = result.m_best;
    worst.assign(m_exercises.size(), 0);
    for (std::size_t w = 0; w < words.size() && !candidates.empty(); ++w) {
        best.assign(m_exercises.size(), kNoMatch);
        if (plans[w].scan) {
            for (const std::uint32_t exercise : candidates)
                best[exercise] = scanBest(exercise, words[w]);
        } else {
            const auto postings = std::span<const std::uint32_t>(m_postings)
                                      .subspan(m_postingStart[plans[w].first],
                                          m_postingStart[plans[w].last] - m_postingStart[plans[w].first]);
            for (const std::uint32_t posting : postings) {
                auto &slot = best[posting >> 2U];
                slot = std::min(slot, static_cast<std::uint8_t>(posting & 3U));
            }
        }
        std::erase_if(candidates, [&](std::uint32_t exercise) {
            if (best[exercise] == kNoMatch)
                return true;
            worst[exercise] = std::max(worst[exercise], best[exercise]);
            return false;
        });
    }
    matches.reserve(candidates.size());
    for (const std::uint32_t exercise : candidates)
        makeHit(exercise, worst[exercise], words, plans, normalized, result);
    std::swap(result.m_textMatches, matches);
    std::swap(result.m_ranges, ranges);
    result.m_index = m_serial;
    result.m_query = std::move(normalized);
    result.m_filters = filters;
    applyFilters(result);
}

void ExerciseIndex::applyFilters(SearchResult &result) const
{
    // Which values each restricted facet allows; an unknown key allows nothing.
    std::array<std::vector<bool>, kFacetCount> allowed;
    std::uint8_t restricted = 0;
    for (std::size_t f = 0; f < kFacetCount; ++f) {
        const auto &chosen = result.m_filters.allowed.at(f);
        if (chosen.empty())
            continue;
        restricted |= static_cast<std::uint8_t>(1U << f);
        allowed.at(f).assign(m_values.at(f).size(), false);
        for (std::size_t v = 0; v < m_values.at(f).size(); ++v)
            allowed.at(f)[v] = chosen.contains(m_values.at(f)[v].key);
    }
    for (std::size_t f = 0; f < kFacetCount; ++f)
        result.m_facetCounts.at(f).assign(m_values.at(f).size(), 0);

    std::array<std::uint32_t, 6> perRank{};
    auto &failed = result.m_failed;
    failed.assign(result.m_textMatches.size(), 0);
    for (std::size_t m = 0; m < result.m_textMatches.size(); ++m) {
        const SearchHit &hit = result.m_textMatches[m];
        const Entry &entry = m_exercises[hit.exercise];
        std::uint8_t fails = 0;
        std::uint32_t at = entry.firstValue;
        std::array<std::uint32_t, kFacetCount> starts{};
        for (std::size_t f = 0; f < kFacetCount; ++f) {
            starts.at(f) = at;
            const std::uint32_t end = at + entry.valueCounts.at(f);
            if ((restricted & (1U << f)) != 0) {
                bool any = false;
                for (std::uint32_t v = at; v < end && !any; ++v)
                    any = allowed.at(f)[m_entryValues[v]];
                if (!any)
                    fails |= static_cast<std::uint8_t>(1U << f);
            }
            at = end;
        }
        failed[m] = fails;
        if (fails == 0)
            ++perRank.at(hit.rank);
        // Counted under a facet's values when it passes every other facet.
        for (std::size_t f = 0; f < kFacetCount; ++f) {
            if ((fails & ~(1U << f)) != 0)
                continue;
            for (std::uint32_t v = starts.at(f); v < starts.at(f) + entry.valueCounts.at(f); ++v)
                ++result.m_facetCounts.at(f)[m_entryValues[v]];
        }
    }

    // Stable counting sort by rank: bank order within a rank.
    std::array<std::uint32_t, 6> next{};
    std::uint32_t total = 0;
    for (std::size_t r = 0; r < perRank.size(); ++r) {
        next.at(r) = total;
        total += perRank.at(r);
    }
    result.m_hits.resize(total);
    for (std::size_t m = 0; m < result.m_textMatches.size(); ++m) {
        if (failed[m] == 0) {
            const SearchHit &hit = result.m_textMatches[m];
            result.m_hits[next.at(hit.rank)++] = hit;
        }
    }
}

} // namespace lumbar
