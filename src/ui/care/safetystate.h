// SafetyState: the user's red-flag answers and whether they have confirmed seeking care, kept in the settings and
// shared by the warning-signs check (which sets them) and the player (which will not start until care comes first).
#pragma once

#include "core/redflagscreen.h"

#include <QObject>
#include <QString>

#include <memory>

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class SafetyState : public QObject
{
    Q_OBJECT

public:
    // Reads the saved answers; the bank must outlive this object.
    explicit SafetyState(std::shared_ptr<const ContentBank> bank, QObject *parent = nullptr);

    const RedFlagScreen &screen() const { return m_screen; }
    const ContentBank &bank() const { return *m_bank; }

    // Saves the answer. A new "yes" asks again for confirmation that care has been sought.
    void setAnswer(const QString &id, Answer answer);
    // The user says they have sought care (or been told by a clinician that exercising is fine).
    void confirmCareSought();
    bool careConfirmed() const { return m_confirmed; }
    // A "yes" to an emergency or urgent sign not yet followed by seeking care: the player shows the notice instead
    // of starting.
    bool needsCareFirst() const { return m_screen.blocksExercise() && !m_confirmed; }
    // Forget every answer and the confirmation.
    void reset();

signals:
    void changed();

private:
    void save() const;

    std::shared_ptr<const ContentBank> m_bank;
    RedFlagScreen m_screen;
    bool m_confirmed = false;
};

} // namespace lumbar::ui
