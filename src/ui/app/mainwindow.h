// MainWindow: the app's one window — section navigation (Library, Routines, Symptoms & care, Progress), the bank
// problems banner and panel, menus and the standing medical notice.
#pragma once

#include "ui/bank/bankinuse.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace lumbar::ui {

class BankFolderWatcher;
class CarePage;
class FirstRunNotice;
class HistoryStore;
class LibraryPage;
class PlayerPage;
class ProgressPage;
class ReminderBanner;
class ReminderDialog;
class Reminders;
class ReminderTray;
class ProblemsBanner;
class ProblemsPanel;
class RoutineBuilder;
class RoutinesPage;
class SafetyState;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The first four are the sections in the navigation; the player is reached from a routine or an exercise.
    enum class Page { Library, Routines, Care, Progress, Player };
    Q_ENUM(Page)

    explicit MainWindow(BankState state, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    // Shows the window as the app opens it: maximised on a screen up to 1440 px wide, elsewhere where it was last
    // (kept on the screen), or centred at its preferred size the first time.
    void showPlaced();
    Page currentPage() const;
    void showProblems();
    void hideProblems();
    void showAbout();
    // The "before you start" notice over the window. `required`: the first run, when closing it without
    // acknowledging quits the app. Returns the (non-modal to the code, modal to the user) dialog.
    FirstRunNotice *showFirstRunNotice(bool required);
    // Opens the player on a routine: its before-you-start list, or straight into it with `startNow`, optionally
    // on the presentation screen. False when there is no such routine.
    bool playRoutine(const QString &id, bool startNow = false, bool present = false);
    // The same for one exercise from the library.
    bool playExercise(const QString &id);

    const BankState &bankState() const { return m_bankInUse->state(); }
    BankInUse *bankInUse() const { return m_bankInUse; }
    // How to load the bank again after the user's routines change (the app passes loadAppBank with its options).
    void setBankReloader(std::function<BankState()> reload) { m_bankInUse->setReloader(std::move(reload)); }
    // Loads the bank again and shows it everywhere, keeping what each page shows.
    void reloadBank();
    // "Add to routine": appends the exercise to the user's routine `routineId`, or to a new routine called
    // `newName` when `routineId` is empty. Saves, reloads and says so in the status bar; false (with a message
    // box) if it could not be saved.
    bool addToRoutine(const QString &exerciseId, const QString &routineId, const QString &newName = {});
    // Opens the routine builder: on a new routine (empty id), on one of the user's own, or — `copy`, or a shipped
    // routine — on a copy of it. Saving reloads the bank and shows the routine. Returns the builder (opened, not run).
    RoutineBuilder *openRoutineBuilder(const QString &routineId, bool copy = false);
    // Moves one of the user's own routines to the trash after asking (`confirmed` skips the question).
    bool deleteRoutine(const QString &routineId, bool confirmed = false);
    // Writes routine `routineId` as one file to share (with any exercises of the user's own it uses). False, with a
    // message, when it could not.
    bool exportRoutine(const QString &routineId, const QString &path);
    // Reads a shared routine file, checks it as the bank loader does and shows every problem; saves nothing unless
    // it is clean. The routine goes among the user's own (a new id if the one in the file is taken), its exercises
    // into the user's bank folder. Returns the id it was saved under, or an empty string.
    QString importRoutine(const QString &path);
    // "Open bank folder for editing": watches the user's bank folder (made if missing) and reloads on every save;
    // `openFileManager` also shows the folder on the desktop.
    void editBankFolder(bool openFileManager = true);
    bool isWatchingBankFolder() const;
    // A save in the watched folder: the bank reloads and every page shows it; with errors, the last good bank stays
    // in use and the problems show with file:line:column.
    void bankFolderChanged();
    // Imports the exercises in `file` (the free-exercise-db format) into the user's bank folder, reloads, shows the
    // first one in the library, and reports what was left out in a message (opened, not run: the caller goes on).
    // False, with a message saying why, when nothing was imported.
    bool importFreeExerciseDb(const QString &file);
    // The folder the user's own exercises go in: the one laid over the built-in bank, or the default one.
    QString userBankFolder() const;
    LibraryPage *libraryPage() const { return m_library; }
    RoutinesPage *routinesPage() const { return m_routines; }
    CarePage *carePage() const { return m_care; }
    ProgressPage *progressPage() const { return m_progress; }
    PlayerPage *playerPage(); // created on first use
    // The private history, opened on first use; when it cannot be used as it is, a message says why (and the
    // store is closed: nothing is logged).
    HistoryStore *history();
    SafetyState *safety() const { return m_safety; }
    Reminders *reminders() const { return m_reminders; }
    // Settings → Reminders: the dialog over the window (opened, not run); OK applies and saves what it holds.
    ReminderDialog *openReminderDialog();
    // A reminder fell due: from the tray when there is one, else in the window (a banner, and the task bar).
    void remind(const QString &routineId);

signals:
    void pageChanged(lumbar::ui::MainWindow::Page page);

protected:
    // With reminders in the tray, closing the window keeps the app running there.
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void savePlacement();
    QWidget *buildNavigation();
    QWidget *buildContent();
    QWidget *buildCentral();
    void buildStatusBar();
    void connectPages();
    void connectReminders();
    void createMenus();
    void showExerciseInLibrary(const QString &id);
    // A new bank (or a new look): every page shows it again, keeping the exercise and routine it showed.
    void showBank();
    void reportLeftOutRoutineFiles();
    // Icons in the accent colour and a width for the text size.
    void styleNavigation();
    // A new colour scheme or text size: what was drawn with the old one is drawn again.
    void restyle();
    // The library's marks on exercises, from the history.
    void showFlags();
    void askAndAddToRoutine(const QString &exerciseId, const QString &routineId);

    BankInUse *m_bankInUse;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    LibraryPage *m_library;
    RoutinesPage *m_routines;
    CarePage *m_care;
    ProgressPage *m_progress;
    PlayerPage *m_player = nullptr;
    SafetyState *m_safety;
    Page m_beforePlayer = Page::Routines;
    ProblemsBanner *m_banner;
    ProblemsPanel *m_problems;
    QLabel *m_bankStatus;
    QAction *m_soundAction = nullptr;
    QAction *m_voiceAction = nullptr;
    BankFolderWatcher *m_watcher = nullptr; // made in the constructor
    std::unique_ptr<HistoryStore> m_history;
    Reminders *m_reminders;
    ReminderTray *m_tray;
    ReminderBanner *m_reminderBanner;
    bool m_toldAboutTray = false;
    bool m_painted = false;
    void applyReminders();
    void showProblemsOf(bool keptLastGood);
};

} // namespace lumbar::ui
