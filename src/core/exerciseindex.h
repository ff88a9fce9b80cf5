// ExerciseIndex: a bank's exercises prepared once for search as you type (case-folded names, aliases, summaries and
// steps, and the facet values the library filters on), so one keystroke ranks and filters 10,000 exercises in well
// under 2 ms.
#pragma once

#include "contentbank.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lumbar {

// Where a hit's words were found, best first. A query of several words ranks by the weakest field any of its
// words needed ("bridge towel" with "bridge" in the name and "towel" in a step is a Step hit).
enum class MatchField : std::uint8_t { Name, Alias, Summary, Step, Everything }; // Everything: the empty query

// What the library filters on. Equipment has the extra value "none" for exercises that need nothing.
enum class Facet : std::uint8_t { Category, Position, Equipment, Difficulty, Symptom, Condition };
inline constexpr std::size_t kFacetCount = 6;
inline constexpr std::string_view kNoEquipment = "none";

// Byte offsets [begin, end) into the original (unfolded) text.
struct TextRange
{
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// The allowed values of each facet, by bank spelling ("lying-on-back") or id (symptoms, conditions). An exercise
// passes when, for every facet with a choice, it has at least one of the chosen values: AND across facets, OR
// within one. An empty set does not restrict.
struct ExerciseFilters
{
    std::array<std::set<std::string, std::less<>>, kFacetCount> allowed;

    std::set<std::string, std::less<>> &operator[](Facet facet) { return allowed.at(static_cast<std::size_t>(facet)); }
    const std::set<std::string, std::less<>> &operator[](Facet facet) const
    {
        return allowed.at(static_cast<std::size_t>(facet));
    }
    bool empty() const;
    friend bool operator==(const ExerciseFilters &, const ExerciseFilters &) = default;
};

struct SearchHit
{
    std::uint32_t exercise = 0; // position in ContentBank::exercises()
    MatchField field = MatchField::Everything;
    // 0 whole name, 1 the name starts with the first word, 2 a word in the name, 3 alias, 4 summary, 5 step.
    std::uint8_t rank = 0;
    std::uint16_t alias = 0; // which alias aliasRanges() are in (the first one any word begins a word of)
    std::uint32_t firstRange = 0; // into SearchResult's ranges: the name's, then the alias's
    std::uint16_t nameRangeCount = 0;
    std::uint16_t aliasRangeCount = 0;
};

class ExerciseIndex;

// One search: the hits that pass the filters, best first (ties in bank order), the facet counts, and what the
// next keystroke can narrow. Keep it and pass it back to ExerciseIndex::search to reuse its work and buffers.
class SearchResult
{
public:
    std::span<const SearchHit> hits() const { return m_hits; }
    // Every exercise the text matches, before the filters, in bank order.
    std::size_t textMatchCount() const { return m_textMatches.size(); }
    // Where the query's words begin words of the exercise's name / of alias `hit.alias`, sorted, not overlapping.
    std::span<const TextRange> nameRanges(const SearchHit &hit) const;
    std::span<const TextRange> aliasRanges(const SearchHit &hit) const;
    // For each value of `facet` (ExerciseIndex::values order), how many exercises would match if that value
    // were chosen: the query and the other facets' choices apply, this facet's own choice does not.
    std::span<const std::uint32_t> facetCounts(Facet facet) const
    {
        return m_facetCounts.at(static_cast<std::size_t>(facet));
    }
    const std::string &query() const { return m_query; }
    const ExerciseFilters &filters() const { return m_filters; }
    // True when the last search only looked at the previous hits (the query grew) or re-filtered them.
    bool wasNarrowed() const { return m_narrowed; }
    // ExerciseIndex::serial() of the index that made it; 0 before the first search.
    std::uint64_t indexSerial() const { return m_index; }

private:
    friend class ExerciseIndex;

    std::uint64_t m_index = 0; // ExerciseIndex::serial() of the index that made it; 0 before any search
    std::string m_query;
    ExerciseFilters m_filters;
    std::vector<SearchHit> m_textMatches; // bank order, before filters
    std::vector<TextRange> m_ranges;
    std::vector<SearchHit> m_hits;
    std::array<std::vector<std::uint32_t>, kFacetCount> m_facetCounts;
    bool m_narrowed = false;
    // Scratch kept for its capacity.
    std::vector<SearchHit> m_spareMatches;
    std::vector<TextRange> m_spareRanges;
    std::vector<std::uint8_t> m_failed;
    std::vector<std::uint8_t> m_best; // per exercise, for the word being matched
    std::vector<std::uint8_t> m_worst; // per exercise, over the words so far
    std::vector<std::uint32_t> m_candidates;
};

class ExerciseIndex
{
public:
    struct FacetValue
    {
        std::string key; // bank spelling or id; kNoEquipment for "no equipment"
        std::string name; // the symptom's or condition's name; the key for the other facets
    };

    ExerciseIndex();
    // Names, aliases, summaries and steps are indexed in `language` (see LocalText::text), the language they are
    // shown in, so the highlights fall on the words on screen.
    explicit ExerciseIndex(const ContentBank &bank, std::string_view language = "en");
    ExerciseIndex(const ExerciseIndex &) = delete;
    ExerciseIndex &operator=(const ExerciseIndex &) = delete;
    ExerciseIndex(ExerciseIndex &&) noexcept = default;
    ExerciseIndex &operator=(ExerciseIndex &&) noexcept = default;
    ~ExerciseIndex() = default;

    std::size_t size() const { return m_exercises.size(); }
    // Distinguishes indexes (and so banks) for SearchResult reuse.
    std::uint64_t serial() const { return m_serial; }

    // The values of `facet` that at least one exercise has: enum order for the fixed facets (then "none" for
    // equipment), bank order for symptoms and conditions.
    std::span<const FacetValue> values(Facet facet) const { return m_values.at(static_cast<std::size_t>(facet)); }

    // Every word of `query` must begin a word of the name, an alias, the summary or a step (case-insensitive);
    // the empty query matches everything.
    SearchResult search(std::string_view query, const ExerciseFilters &filters = {}) const;
    // The same, updating `result` in place. When `result` came from this index and `query` extends its query, only
    // its text matches are looked at again; when only the filters changed, no text is looked at.
    void search(std::string_view query, const ExerciseFilters &filters, SearchResult &result) const;

private:
    struct Segment
    {
        std::uint32_t offset = 0; // into m_text
        std::uint32_t length = 0;
        std::uint32_t firstToken = 0; // into m_tokens; names and aliases only, for the highlights
        std::uint32_t tokenCount = 0;
        MatchField field = MatchField::Name;
        std::uint16_t item = 0; // which alias or step
    };
    struct Token
    {
        std::uint32_t word = 0; // into m_vocabulary
        std::uint32_t offset = 0; // in the segment's text
    };
    struct Entry
    {
        std::uint32_t firstSegment = 0;
        std::uint32_t segmentCount = 0;
        std::uint32_t firstValue = 0; // into m_entryValues
        std::array<std::uint16_t, kFacetCount> valueCounts{};
    };
    // A query word: the vocabulary words it begins, or (when it holds punctuation, as "cat-cow") a text scan.
    struct WordPlan
    {
        std::uint32_t first = 0;
        std::uint32_t last = 0; // one past
        bool scan = false;
    };

    std::string_view textOf(const Segment &segment) const
    {
        return std::string_view(m_text).substr(segment.offset, segment.length);
    }
    WordPlan plan(const std::string &word) const;
    std::uint8_t scanBest(std::uint32_t exercise, std::string_view word) const;
    std::size_t collectRanges(const Segment &segment, std::span<const std::string> words,
        std::span<const WordPlan> plans, std::vector<TextRange> &ranges) const;
    void makeHit(std::uint32_t exercise, std::uint8_t worst, std::span<const std::string> words,
        std::span<const WordPlan> plans, std::string_view wholeQuery, SearchResult &result) const;
    void applyFilters(SearchResult &result) const;

    std::uint64_t m_serial = 0;
    std::vector<Entry> m_exercises;
    std::vector<Segment> m_segments;
    std::string m_text; // every segment's folded text, back to back
    std::vector<Token> m_tokens;
    std::vector<std::string> m_vocabulary; // every folded word of the bank, sorted: a prefix is a range
    // For each vocabulary word, the exercises it begins a word of with the best field there (exercise << 2 |
    // field), in bank order: m_postings[m_postingStart[w] .. m_postingStart[w + 1]).
    std::vector<std::uint32_t> m_postingStart;
    std::vector<std::uint32_t> m_postings;
    std::vector<std::uint32_t> m_entryValues; // per exercise, per facet, value indexes into m_values
    std::array<std::vector<FacetValue>, kFacetCount> m_values;
};

} // namespace lumbar
