#include "redflagscreen.h"

#include "contentbank.h"

#include <algorithm>

namespace lumbar {

RedFlagScreen::RedFlagScreen(const ContentBank &bank)
{
    for (const RedFlag &flag : bank.redFlags())
        m_questions.push_back(&flag);
    // Emergency before urgent before see-a-doctor: the enum is declared in that order.
    std::stable_sort(m_questions.begin(), m_questions.end(),
        [](const RedFlag *a, const RedFlag *b) { return a->urgency < b->urgency; });
    m_answers.assign(m_questions.size(), Answer::Unanswered);
}

void RedFlagScreen::setAnswer(std::string_view id, Answer answer)
{
    for (std::size_t i = 0; i < m_questions.size(); ++i)
        if (m_questions[i]->id == id)
            m_answers[i] = answer;
}

Answer RedFlagScreen::answer(std::string_view id) const
{
    for (std::size_t i = 0; i < m_questions.size(); ++i)
        if (m_questions[i]->id == id)
            return m_answers[i];
    return Answer::Unanswered;
}

void RedFlagScreen::clear()
{
    std::fill(m_answers.begin(), m_answers.end(), Answer::Unanswered);
}

bool RedFlagScreen::isComplete() const
{
    return std::none_of(m_answers.begin(), m_answers.end(), [](Answer a) { return a == Answer::Unanswered; });
}

bool RedFlagScreen::anyYes() const
{
    return std::any_of(m_answers.begin(), m_answers.end(), [](Answer a) { return a == Answer::Yes; });
}

bool RedFlagScreen::blocksExercise() const
{
    const std::optional<Urgency> level = mostUrgent();
    return level && *level != Urgency::SeeDoctor;
}

std::vector<const RedFlag *> RedFlagScreen::positives() const
{
    std::vector<const RedFlag *> yes;
    for (std::size_t i = 0; i < m_questions.size(); ++i)
        if (m_answers[i] == Answer::Yes)
            yes.push_back(m_questions[i]);
    return yes; // already most urgent first: the questions are
}

std::optional<Urgency> RedFlagScreen::mostUrgent() const
{
    const std::vector<const RedFlag *> yes = positives();
    if (yes.empty())
        return std::nullopt;
    return yes.front()->urgency;
}

std::vector<std::pair<std::string, Answer>> RedFlagScreen::answers() const
{
    std::vector<std::pair<std::string, Answer>> out;
    for (std::size_t i = 0; i < m_questions.size(); ++i)
        if (m_answers[i] != Answer::Unanswered)
            out.emplace_back(m_questions[i]->id, m_answers[i]);
    return out;
}

} // namespace lumbar
