// ContentBank: the loaded, validated and immutable content the whole app reads from, with lookup by id.
#pragma once

#include "contenttypes.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lumbar {

class ContentBank
{
public:
    struct Data
    {
        std::vector<Exercise> exercises;
        std::vector<Symptom> symptoms;
        std::vector<Condition> conditions;
        std::vector<Treatment> treatments;
        std::vector<RedFlag> redFlags;
        std::vector<Routine> routines;
        std::vector<Source> sources;
        std::vector<RegionContacts> regions;
    };

    ContentBank() = default;
    explicit ContentBank(Data data);
    // The indexes view into the data, so a copy would dangle; moving keeps every buffer in place.
    ContentBank(const ContentBank &) = delete;
    ContentBank &operator=(const ContentBank &) = delete;
    ContentBank(ContentBank &&) = default;
    ContentBank &operator=(ContentBank &&) = default;

    const std::vector<Exercise> &exercises() const { return m_data.exercises; }
    const std::vector<Symptom> &symptoms() const { return m_data.symptoms; }
    const std::vector<Condition> &conditions() const { return m_data.conditions; }
    const std::vector<Treatment> &treatments() const { return m_data.treatments; }
    const std::vector<RedFlag> &redFlags() const { return m_data.redFlags; }
    const std::vector<Routine> &routines() const { return m_data.routines; }
    const std::vector<Source> &sources() const { return m_data.sources; }
    const std::vector<RegionContacts> &regions() const { return m_data.regions; }

    // nullptr when there is no such id.
    const Exercise *exercise(std::string_view id) const;
    const Symptom *symptom(std::string_view id) const;
    const Condition *condition(std::string_view id) const;
    const Treatment *treatment(std::string_view id) const;
    const RedFlag *redFlag(std::string_view id) const;
    const Routine *routine(std::string_view id) const;
    const Source *source(std::string_view id) const;
    // The bank's numbers for `region`; nullptr when it has none (the reader is told to call their local number).
    const RegionContacts *contacts(Region region) const;

private:
    using Index = std::unordered_map<std::string_view, std::size_t>;
    template<class T>
    static const T *find(const Index &index, const std::vector<T> &items, std::string_view id);
    template<class T>
    static Index indexOf(const std::vector<T> &items);

    Data m_data;
    Index m_exercises, m_symptoms, m_conditions, m_treatments, m_redFlags, m_routines, m_sources, m_regions;
};

} // namespace lumbar
