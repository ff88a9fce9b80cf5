// ReminderDialog: Settings → Reminders — whether to be reminded, of which routine, and at what times of day (the
// routine's "how often" suggests them; the user may type their own).
#pragma once

#include "reminders.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class ReminderDialog : public QDialog
{
    Q_OBJECT

public:
    ReminderDialog(
        std::shared_ptr<const ContentBank> bank, const Reminders::Settings &current, QWidget *parent = nullptr);

    // What the dialog holds now; nullopt while the times typed are not all times.
    std::optional<Reminders::Settings> settings() const;

    QPushButton *okButton() const;
    QString problem() const;

    // "09:00, 18:00", and back; nullopt (with the first bad part in `bad`) when a part is not a time.
    static QString timesText(const std::vector<int> &times);
    static std::optional<std::vector<int>> parseTimes(const QString &text, QString *bad = nullptr);

private:
    void suggestTimes();
    void validate();

    std::shared_ptr<const ContentBank> m_bank; // kept while the dialog is open, even if the bank is reloaded
    QCheckBox *m_on;
    QComboBox *m_routine;
    QLineEdit *m_times;
    QPushButton *m_suggest;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace lumbar::ui
