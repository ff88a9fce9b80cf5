#include "reminderdialog.h"

#include "remindertray.h"
#include "ui/text/uitext.h"

#include "core/contentbank.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

#include <utility>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

ReminderDialog::ReminderDialog(
    std::shared_ptr<const ContentBank> bank, const Reminders::Settings &current, QWidget *parent)
    : QDialog(parent)
    , m_bank(std::move(bank))
    , m_on(new QCheckBox(tr("Remind me to do my exercises"), this))
    , m_routine(new QComboBox(this))
    , m_times(new QLineEdit(this))
    , m_suggest(new QPushButton(tr("Times for how often it asks"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"reminderDialog"_s);
    setWindowTitle(tr("Reminders"));
    m_on->setObjectName(u"remindersOn"_s);
    m_on->setAccessibleDescription(
        tr("Reminders come at the times below while Lumbar Relief is running, even in the background."));
    m_routine->setObjectName(u"reminderRoutine"_s);
    m_routine->setAccessibleName(tr("Routine to be reminded of"));
    m_routine->setAccessibleDescription(tr("The routine each reminder starts."));
    for (const Routine &routine : m_bank->routines())
        m_routine->addItem(qs(routine.name), qs(routine.id));
    const int chosen = m_routine->findData(current.routineId);
    m_routine->setCurrentIndex(std::max(chosen, 0));
    m_times->setObjectName(u"reminderTimes"_s);
    m_times->setAccessibleName(tr("Times of day"));
    m_times->setPlaceholderText(tr("For example 09:00, 18:00"));
    m_times->setText(timesText(current.times));
    m_on->setChecked(current.on);
    m_problem->setObjectName(u"reminderProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b01e1e;"_s);

    auto *note = new QLabel(ReminderTray::isAvailable()
            ? tr("Reminders come from the icon in the system tray while Lumbar Relief runs. Closing the window keeps "
                 "it running there; choose Quit from the tray icon's menu to stop it.")
            : tr("This desktop has no system tray, so reminders show in the Lumbar Relief window while it is open."),
        this);
    note->setWordWrap(true);
    note->setObjectName(u"mutedText"_s);

    auto *timesRow = new QHBoxLayout;
    timesRow->addWidget(m_times, 1);
    timesRow->addWidget(m_suggest);
    auto *form = new QFormLayout;
    form->addRow(tr("Routine:"), m_routine);
    form->addRow(tr("Times of day:"), timesRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_on);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    m_suggest->setObjectName(u"reminderSuggest"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"reminderOk"_s);
    m_suggest->setToolTip(tr("Fill in times spread over the day, as many as the routine asks for"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Keep these reminders"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without changing the reminders"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_suggest, &QPushButton::clicked, this, &ReminderDialog::suggestTimes);
    connect(m_times, &QLineEdit::textChanged, this, &ReminderDialog::validate);
    connect(m_on, &QCheckBox::toggled, this, &ReminderDialog::validate);
    connect(m_routine, &QComboBox::currentIndexChanged, this, [this] {
        if (m_times->text().trimmed().isEmpty())
            suggestTimes();
    });
    if (current.times.empty())
        suggestTimes();
    validate();
}

QString ReminderDialog::timesText(const std::vector<int> &times)
{
    QStringList parts;
    for (const int minute : times)
        parts << qs(reminderTimeText(minute));
    return parts.join(u", "_s);
}

std::optional<std::vector<int>> ReminderDialog::parseTimes(const QString &text, QString *bad)
{
    std::vector<int> times;
    for (const QString &part : text.split(QRegularExpression(u"[,;\\s]+"_s), Qt::SkipEmptyParts)) {
        const std::optional<int> minute = parseReminderTime(toStd(part));
        if (!minute) {
            if (bad)
                *bad = part;
            return std::nullopt;
        }
        times.push_back(*minute);
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    return times;
}

void ReminderDialog::suggestTimes()
{
    const Routine *routine = m_bank->routine(toStd(m_routine->currentData().toString()));
    const int perDay = routine && routine->timesPerDay ? routine->timesPerDay->value : 1;
    m_times->setText(timesText(defaultReminderTimes(perDay)));
}

void ReminderDialog::validate()
{
    QString bad;
    const auto times = parseTimes(m_times->text(), &bad);
    QString problem;
    if (!times)
        problem = tr("“%1” is not a time of day: use hours and minutes, such as 09:00 or 18:30.").arg(bad);
    else if (m_on->isChecked() && times->empty())
        problem = tr("Give at least one time of day.");
    else if (m_on->isChecked() && m_routine->count() == 0)
        problem = tr("There is no routine to be reminded of.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty());
}

std::optional<Reminders::Settings> ReminderDialog::settings() const
{
    const auto times = parseTimes(m_times->text());
    if (!times)
        return std::nullopt;
    return Reminders::Settings{m_on->isChecked(), m_routine->currentData().toString(), *times};
}

QPushButton *ReminderDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ReminderDialog::problem() const
{
    return m_problem->text();
}

} // namespace lumbar::ui
