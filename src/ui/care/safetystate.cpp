#include "safetystate.h"

#include "ui/app/appsettings.h"
#include "ui/text/uitext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

SafetyState::SafetyState(std::shared_ptr<const ContentBank> bank, QObject *parent)
    : QObject(parent)
    , m_bank(std::move(bank))
    , m_screen(*m_bank)
{
    // Saved as "id=yes" / "id=no"; anything else (an old or hand-edited file) is skipped.
    for (const QString &entry : AppSettings::redFlagAnswers()) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString value = entry.mid(eq + 1);
        if (value == u"yes"_s)
            m_screen.setAnswer(toStd(entry.left(eq)), Answer::Yes);
        else if (value == u"no"_s)
            m_screen.setAnswer(toStd(entry.left(eq)), Answer::No);
    }
    m_confirmed = AppSettings::careConfirmed();
}

void SafetyState::setAnswer(const QString &id, Answer answer)
{
    const std::string key = toStd(id);
    const Answer before = m_screen.answer(key);
    if (before == answer)
        return;
    m_screen.setAnswer(key, answer);
    if (answer == Answer::Yes)
        m_confirmed = false;
    save();
    emit changed();
}

void SafetyState::confirmCareSought()
{
    if (m_confirmed)
        return;
    m_confirmed = true;
    save();
    emit changed();
}

void SafetyState::reset()
{
    m_screen.clear();
    m_confirmed = false;
    save();
    emit changed();
}

void SafetyState::save() const
{
    QStringList entries;
    for (const auto &[id, answer] : m_screen.answers())
        entries << qs(id) + (answer == Answer::Yes ? u"=yes"_s : u"=no"_s);
    AppSettings::setRedFlagAnswers(entries, m_confirmed);
}

} // namespace lumbar::ui
