// RoutinesPage: the bank's routines in a list, with the chosen routine's exercises and their dosage.
#pragma once

#include "core/history.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QListView;
class QPagedPaintDevice;
class QPushButton;

namespace lumbar {
class ContentBank;
struct Routine;
} // namespace lumbar

namespace lumbar::ui {

class RoutineListModel;
class SafeTextBrowser;

class RoutinesPage : public QWidget
{
    Q_OBJECT

public:
    explicit RoutinesPage(QWidget *parent = nullptr);

    void setBank(std::shared_ptr<const ContentBank> bank);
    // The user's standing marks: a routine's page says which of its exercises the player leaves out.
    void setFlags(std::vector<ExerciseFlag> flags);
    bool showRoutine(const QString &id);
    QString currentRoutineId() const;

    // Which routines are the user's own (editable, deletable); the shipped ones can only be copied.
    void setOwnRoutineCheck(std::function<bool(const QString &)> isOwn);

    // The shown routine's handout as a PDF at `path`; says so in a message box when it cannot. Used by the
    // Handout button's "Save as PDF…" once the user has chosen where.
    bool saveHandout(const QString &path);
    // Prints the shown routine's handout on `printer`'s pages.
    void printHandout(QPagedPaintDevice &printer);

signals:
    // A message for the status bar ("Saved the handout to …").
    void statusMessage(const QString &message);
    void exerciseLinkClicked(const QString &exerciseId);
    // The user wants to play the routine (`present`: on the presentation screen).
    void startRequested(const QString &routineId, bool present);
    // The routine builder is wanted: on a new routine (empty id), on this one, or on a copy of it.
    void newRoutineRequested();
    void editRoutineRequested(const QString &routineId);
    void copyRoutineRequested(const QString &routineId);
    void deleteRoutineRequested(const QString &routineId);
    // "Export routine file…": the user wants this routine as one file to share.
    void exportRoutineRequested(const QString &routineId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void showBankInList();
    QWidget *buildLeft();
    QWidget *buildRight();
    QMenu *buildHandoutMenu();
    void onCurrentChanged(const QModelIndex &current);
    const Routine *currentRoutine() const;

    std::shared_ptr<const ContentBank> m_bank;
    std::vector<ExerciseFlag> m_flags;
    RoutineListModel *m_model;
    // Made by build().
    QLabel *m_count = nullptr;
    QListView *m_list = nullptr;
    SafeTextBrowser *m_detail = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_present = nullptr;
    QPushButton *m_handout = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_delete = nullptr;
    std::function<bool(const QString &)> m_isOwn;
    void updateEditButtons();
};

} // namespace lumbar::ui
