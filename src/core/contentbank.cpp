#include "contentbank.h"

namespace lumbar {

template<class T>
ContentBank::Index ContentBank::indexOf(const std::vector<T> &items)
{
    Index index;
    index.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        index.emplace(items[i].id, i); // keys view into m_data, which never changes after construction
    return index;
}

template<class T>
const T *ContentBank::find(const Index &index, const std::vector<T> &items, std::string_view id)
{
    const auto it = index.find(id);
    return it == index.end() ? nullptr : &items[it->second];
}

ContentBank::ContentBank(Data data)
    : m_data(std::move(data))
    , m_exercises(indexOf(m_data.exercises))
    , m_symptoms(indexOf(m_data.symptoms))
    , m_conditions(indexOf(m_data.conditions))
    , m_treatments(indexOf(m_data.treatments))
    , m_redFlags(indexOf(m_data.redFlags))
    , m_routines(indexOf(m_data.routines))
    , m_sources(indexOf(m_data.sources))
    , m_regions(indexOf(m_data.regions))
{
}

const Exercise *ContentBank::exercise(std::string_view id) const
{
    return find(m_exercises, m_data.exercises, id);
}
const Symptom *ContentBank::symptom(std::string_view id) const
{
    return find(m_symptoms, m_data.symptoms, id);
}
const Condition *ContentBank::condition(std::string_view id) const
{
    return find(m_conditions, m_data.conditions, id);
}
const Treatment *ContentBank::treatment(std::string_view id) const
{
    return find(m_treatments, m_data.treatments, id);
}
const RedFlag *ContentBank::redFlag(std::string_view id) const
{
    return find(m_redFlags, m_data.redFlags, id);
}
const Routine *ContentBank::routine(std::string_view id) const
{
    return find(m_routines, m_data.routines, id);
}
const Source *ContentBank::source(std::string_view id) const
{
    return find(m_sources, m_data.sources, id);
}

const RegionContacts *ContentBank::contacts(Region region) const
{
    return find(m_regions, m_data.regions, toString(region));
}

} // namespace lumbar
