// RedFlagScreen: the user's answers to the bank's red-flag questions and what they add up to — a "yes" to an
// emergency or urgent sign means seeking care comes before exercising, and the most urgent "yes" says how soon.
#pragma once

#include "contenttypes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lumbar {

class ContentBank;

enum class Answer : std::uint8_t { Unanswered, No, Yes };

class RedFlagScreen
{
public:
    // The questions are the bank's red flags, the most urgent first (bank order within a level).
    explicit RedFlagScreen(const ContentBank &bank);

    const std::vector<const RedFlag *> &questions() const { return m_questions; }

    // Unknown ids are ignored: saved answers may outlive a red flag removed from the bank.
    void setAnswer(std::string_view id, Answer answer);
    Answer answer(std::string_view id) const;
    void clear();

    bool isComplete() const; // every question answered
    bool anyYes() const;
    // The red flags answered "yes", most urgent first.
    std::vector<const RedFlag *> positives() const;
    // The most urgent level among the "yes" answers; nullopt when there is none.
    std::optional<Urgency> mostUrgent() const;
    // Exercising should wait until the user has sought care: a "yes" to an emergency or urgent sign. The signs to
    // book an appointment for (no better after weeks, pain at night) are common in ordinary sciatica, and no source
    // says to stop exercising for them; the exercises' own stop rules still apply.
    bool blocksExercise() const;

    // The answers as "id=yes" / "id=no" pairs, for saving; and back.
    std::vector<std::pair<std::string, Answer>> answers() const;

private:
    std::vector<const RedFlag *> m_questions;
    std::vector<Answer> m_answers;
};

} // namespace lumbar
