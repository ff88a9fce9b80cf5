// RoutineBuilder: the therapist's editor for one routine — title, the patient's name, notes for the patient, how
// often; exercises added from the library (button or drag and drop), reordered (drag and drop or Ctrl+Up/Down) and
// removed; each item's hold, reps, sets, sides, rests and times a day changed with the exercise's own shown beside.
// Every edit goes on an undo stack (the routine before and after, from core routineedit); closing with unsaved
// changes asks first. Saving goes through RoutineStore, so it is written whole or not at all.
#pragma once

#include "core/contentbank.h"
#include "core/routineedit.h"

#include <QDialog>
#include <QMessageBox>

#include <array>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace lumbar::ui {

class RoutineItemList;

class RoutineBuilder : public QDialog
{
    Q_OBJECT

public:
    // Edits `routine` (a new one has an empty id: it gets one from its title when first saved). The routine is
    // saved in `storeFolder`; `bank` gives the exercises to choose from.
    RoutineBuilder(
        std::shared_ptr<const ContentBank> bank, Routine routine, QString storeFolder, QWidget *parent = nullptr);
    ~RoutineBuilder() override;

    const Routine &routine() const { return m_routine; }
    bool hasUnsavedChanges() const;
    QUndoStack *undoStack() const { return m_undo; }

    // The same edits the widgets make, for keyboard users' shortcuts and for tests.
    void addExercise(const QString &exerciseId, int at = -1); // -1: at the end
    void removeItem(int at);
    void moveItem(int from, int to);
    void setOverride(int item, DosageField field, std::optional<int> value);
    void selectItem(int at);
    int selectedItem() const;

    // Saves the routine; false (with a message shown) when it could not. Leaves the undo stack clean on success.
    bool save();

    // What to ask when closing with unsaved changes (Save, Discard or Cancel); a message box unless replaced.
    void setUnsavedChangesQuestion(std::function<QMessageBox::StandardButton()> ask) { m_ask = std::move(ask); }

    // Widgets, for tests.
    QLabel *defaultLabel(DosageField field) const { return m_defaults[static_cast<std::size_t>(field)]; }
    QSpinBox *overrideSpin(DosageField field) const { return m_spins[static_cast<std::size_t>(field)]; }

signals:
    // A routine was saved under this id.
    void saved(const QString &routineId);

public slots:
    void reject() override; // Cancel, Escape and the window's close button: asks first when there are changes

private:
    QLayout *buildAbout();
    QWidget *buildPicker();
    QWidget *buildItemList();
    QWidget *buildDosageEditor();
    QLayout *buildButtons();
    void connectEdits();
    void edit(const Routine &next, const QString &what, int mergeKey = -1);
    void apply(const Routine &routine); // shows `routine` everywhere without making an edit
    void showItemEditor();
    void filterPicker(const QString &text);

    friend class RoutineEditCommand;

    std::shared_ptr<const ContentBank> m_bank;
    Routine m_routine;
    QString m_storeFolder;
    QUndoStack *m_undo;
    bool m_applying = false;
    std::function<QMessageBox::StandardButton()> m_ask;

    QLineEdit *m_title;
    QLineEdit *m_patient;
    QSpinBox *m_timesPerDay;
    QPlainTextEdit *m_notes;
    QLineEdit *m_search;
    QListWidget *m_picker;
    RoutineItemList *m_items;
    QPushButton *m_add;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QLabel *m_itemTitle;
    std::array<QSpinBox *, kDosageFieldCount> m_spins{};
    std::array<QLabel *, kDosageFieldCount> m_defaults{};
    QComboBox *m_sides;
    QLineEdit *m_itemNote;
    QPushButton *m_save;
};

} // namespace lumbar::ui
