#include "mainwindow.h"

#include "appsettings.h"
#include "atomicfile.h"
#include "ui/text/detailpagebuilder.h"
#include "ui/widgets/appearancemenu.h"
#include "ui/widgets/safetextbrowser.h"

#include "aboutdialog.h"
#include "firstrunnotice.h"
#include "ui/bank/bankfolderwatcher.h"
#include "ui/bank/exerciseimport.h"
#include "ui/bank/problemsbanner.h"
#include "ui/bank/problemspanel.h"
#include "ui/care/carepage.h"
#include "ui/care/safetystate.h"
#include "ui/history/historystore.h"
#include "ui/library/librarypage.h"
#include "ui/player/playerpage.h"
#include "ui/progress/progresspage.h"
#include "ui/reminders/reminderbanner.h"
#include "ui/reminders/reminderdialog.h"
#include "ui/reminders/reminders.h"
#include "ui/reminders/remindertray.h"
#include "ui/routines/ownroutines.h"
#include "ui/routines/routinebuilder.h"
#include "ui/routines/routinesharing.h"
#include "ui/routines/routinespage.h"
#include "ui/routines/routinestore.h"
#include "ui/text/uitext.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/theme.h"
#include "windowplacement.h"

#include "core/shippedbank.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

MainWindow::MainWindow(BankState state, QWidget *parent)
    : QMainWindow(parent)
    , m_bankInUse(new BankInUse(std::move(state), this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_library(new LibraryPage(this))
    , m_routines(new RoutinesPage(this))
    , m_care(new CarePage(this))
    , m_progress(new ProgressPage(this))
    , m_safety(new SafetyState(m_bankInUse->bank(), this))
    , m_banner(new ProblemsBanner(this))
    , m_problems(new ProblemsPanel(this))
    , m_bankStatus(new QLabel(this))
    , m_reminders(new Reminders(this))
    , m_tray(new ReminderTray(m_reminders, this))
    , m_reminderBanner(new ReminderBanner(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Lumbar Relief"));
    setWindowIcon(icons::appIcon());
    // Room for the pages at the user's text size, within the screen; the layouts' own minimum keeps text whole.
    const qreal textFactor = theme::textScale() / 100.0;
    const QSize room = screen() ? screen()->availableSize() : QSize(1200, 780);
    resize(std::min(room.width(), static_cast<int>(1200 * std::max(1.0, textFactor))),
        std::min(room.height(), static_cast<int>(780 * std::max(1.0, textFactor))));

    setCentralWidget(buildCentral());
    buildStatusBar();
    createMenus();

    m_watcher = new BankFolderWatcher(this);
    showProblemsOf(false);
    connect(m_watcher, &BankFolderWatcher::changed, this, &MainWindow::bankFolderChanged);

    m_care->setSafety(m_safety);
    showBank();
    reportLeftOutRoutineFiles();
    connect(m_bankInUse, &BankInUse::changed, this, &MainWindow::showBank);
    connect(m_bankInUse, &BankInUse::changed, this, &MainWindow::reportLeftOutRoutineFiles);

    connectPages();
    connectReminders();
    m_nav->setCurrentRow(0);
    setTabOrder(m_nav, m_library->searchField());
    m_library->searchField()->setFocus();
}

// The sections down the left: the app's name, then big labelled sections, always visible.
QWidget *MainWindow::buildNavigation()
{
    auto *appTitle = new QLabel(tr("Lumbar Relief"), this);
    appTitle->setObjectName(u"appTitle"_s);
    theme::setRelativeFont(appTitle, 1.35, true);

    m_nav->setObjectName(u"sectionNav"_s);
    m_nav->setAccessibleDescription(tr("The four sections: Library, Routines, Symptoms & care and Progress. Up and "
                                       "Down move between them; Ctrl+1 to Ctrl+4 go straight to one."));
    m_nav->setAccessibleName(tr("Sections"));
    m_nav->setIconSize(QSize(26, 26));
    theme::setRelativeFont(m_nav, 1.15);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setWordWrap(true);
    for (const QString &section : {tr("Library"), tr("Routines"), tr("Symptoms & care"), tr("Progress")})
        new QListWidgetItem(section, m_nav);
    styleNavigation();
    connect(theme::Notifier::instance(), &theme::Notifier::changed, this, &MainWindow::restyle);

    auto *navColumn = new QFrame(this);
    navColumn->setObjectName(u"navColumn"_s);
    auto *navLayout = new QVBoxLayout(navColumn);
    navLayout->setContentsMargins(0, 0, 0, 0);
    navLayout->setSpacing(0);
    auto *appIcon = new QLabel(this);
    appIcon->setPixmap(windowIcon().pixmap(QSize(30, 30))); // decoded once, in the constructor
    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(18, 16, 12, 8);
    brand->setSpacing(10);
    brand->addWidget(appIcon);
    brand->addWidget(appTitle, 1);
    navLayout->addLayout(brand);
    navLayout->addWidget(m_nav, 1);

    return navColumn;
}

// The pages, with the notices above them (a reminder, problems in the user's bank).
QWidget *MainWindow::buildContent()
{
    m_stack->setObjectName(u"pageStack"_s);
    m_stack->addWidget(m_library);
    m_stack->addWidget(m_routines);
    m_stack->addWidget(m_care);
    m_stack->addWidget(m_progress);
    // The history is opened when the page is first shown, not at start-up.
    m_progress->setHistorySource([this] { return history(); });

    m_problems->hide();
    auto *notices = new QVBoxLayout;
    notices->setContentsMargins(20, 12, 20, 0);
    notices->setSpacing(8);
    notices->addWidget(m_reminderBanner);
    notices->addWidget(m_banner);
    notices->addWidget(m_problems);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addLayout(notices);
    contentLayout->addWidget(m_stack, 1);

    return content;
}

QWidget *MainWindow::buildCentral()
{
    QWidget *navColumn = buildNavigation();
    QWidget *content = buildContent();
    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(navColumn);
    centralLayout->addWidget(content, 1);
    return central;
}

void MainWindow::buildStatusBar()
{
    // The medical notice stays in view on every page.
    auto *disclaimer = new QLabel(tr("Education, not diagnosis — check with your clinician."), this);
    disclaimer->setObjectName(u"disclaimer"_s);
    m_bankStatus->setObjectName(u"bankStatus"_s);
    statusBar()->addWidget(disclaimer, 1);
    statusBar()->addPermanentWidget(m_bankStatus);
    statusBar()->setSizeGripEnabled(false);
}

// What the pages ask of the window: open another page, the player, the builder, a file dialog, the status bar.
void MainWindow::connectPages()
{
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        // A routine left playing in the background would talk over whatever the user went to read.
        if (m_player && m_stack->currentWidget() == m_player)
            m_player->controller()->pause();
        m_stack->setCurrentIndex(row);
        emit pageChanged(static_cast<Page>(row));
    });
    // Clicking the marked section while the player shows goes back to that section.
    connect(m_nav, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (m_player && m_stack->currentWidget() == m_player)
            showPage(static_cast<Page>(m_nav->row(item)));
    });
    connect(m_banner, &ProblemsBanner::showProblemsClicked, this, [this] {
        if (m_problems->isVisible())
            hideProblems();
        else
            showProblems();
    });
    connect(m_problems, &ProblemsPanel::closeClicked, this, &MainWindow::hideProblems);
    connect(m_routines, &RoutinesPage::exerciseLinkClicked, this, &MainWindow::showExerciseInLibrary);
    connect(m_routines, &RoutinesPage::newRoutineRequested, this, [this] { openRoutineBuilder({}); });
    connect(
        m_routines, &RoutinesPage::editRoutineRequested, this, [this](const QString &id) { openRoutineBuilder(id); });
    connect(m_routines, &RoutinesPage::copyRoutineRequested, this,
        [this](const QString &id) { openRoutineBuilder(id, true); });
    connect(m_routines, &RoutinesPage::deleteRoutineRequested, this, [this](const QString &id) { deleteRoutine(id); });
    connect(m_routines, &RoutinesPage::exportRoutineRequested, this, [this](const QString &id) {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(id + u".json"_s);
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export routine file"), suggested, tr("Routine files (*.json)"));
        if (!path.isEmpty())
            exportRoutine(id, path);
    });
    m_routines->setOwnRoutineCheck([](const QString &id) { return RoutineStore().contains(id); });
    connect(m_routines, &RoutinesPage::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_progress, &ProgressPage::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_care, &CarePage::exerciseLinkClicked, this, &MainWindow::showExerciseInLibrary);
    connect(m_care, &CarePage::routineLinkClicked, this, [this](const QString &id) {
        showPage(Page::Routines);
        m_routines->showRoutine(id);
    });
    connect(m_library, &LibraryPage::startRequested, this, &MainWindow::playExercise);
    connect(m_library, &LibraryPage::addToRoutineRequested, this, &MainWindow::askAndAddToRoutine);
    connect(m_library, &LibraryPage::clearFlagsRequested, this, [this](const QString &id) {
        if (history()->clearFlags(toStd(id))) {
            showFlags();
            statusBar()->showMessage(tr("The mark is cleared. Your history still has what happened."), 8000);
        }
    });
    connect(m_routines, &RoutinesPage::startRequested, this,
        [this](const QString &id, bool present) { playRoutine(id, present, present); });
}

void MainWindow::connectReminders()
{
    connect(m_reminders, &Reminders::due, this, [this](const QString &id) { remind(id); });
    connect(m_tray, &ReminderTray::openRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &ReminderTray::startRequested, this, [this](const QString &id) {
        showNormal();
        raise();
        activateWindow();
        playRoutine(id);
    });
    connect(m_tray, &ReminderTray::quitRequested, qApp, &QApplication::quit);
    connect(m_reminderBanner, &ReminderBanner::startRequested, this, [this](const QString &id) { playRoutine(id); });
    m_reminders->setSettings(Reminders::load());
    applyReminders();
    // The library's marks are read once the window has painted (see event()).
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import exercises from free-exercise-db…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import exercises from free-exercise-db"), {},
            tr("free-exercise-db files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFreeExerciseDb(path);
    });
    import->setObjectName(u"importFreeExerciseDbAction"_s);
    QAction *importRoutineFile = file->addAction(tr("Import &routine file…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import routine file"), {}, tr("Routine files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importRoutine(path);
    });
    importRoutineFile->setObjectName(u"importRoutineAction"_s);
    importRoutineFile->setStatusTip(tr("Add a routine someone shared with you, after checking it"));
    import->setStatusTip(tr("Add exercises from the public free-exercise-db collection to your own bank folder"));
    QAction *editFolder = file->addAction(tr("Open bank folder for &editing"), this, [this] { editBankFolder(); });
    editFolder->setObjectName(u"editBankFolderAction"_s);
    editFolder->setStatusTip(
        tr("Edit your own exercises and routines in a text editor: the app reloads them on every save"));
    file->addSeparator();
    QAction *exportCsv = file->addAction(tr("Export &history as CSV…"), this, [this] {
        showPage(Page::Progress);
        m_progress->csvButton()->click();
    });
    exportCsv->setObjectName(u"exportHistoryAction"_s);
    exportCsv->setStatusTip(tr("Save every session as a spreadsheet file"));
    QAction *summary = file->addAction(tr("Progress &summary for your therapist (PDF)…"), this, [this] {
        showPage(Page::Progress);
        m_progress->pdfButton()->click();
    });
    summary->setObjectName(u"progressSummaryAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find exercise"), this, [this] {
        showPage(Page::Library);
        m_library->focusSearch();
    });
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    const std::array<std::pair<QString, Page>, 4> pages = {{
        {tr("&Library"), Page::Library},
        {tr("&Routines"), Page::Routines},
        {tr("&Symptoms && care"), Page::Care},
        {tr("Pro&gress"), Page::Progress},
    }};
    int number = 1;
    for (const auto &[label, page] : pages) {
        QAction *go = view->addAction(label, this, [this, page = page] { showPage(page); });
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number++)));
    }
    // Back to the routine being played; with none yet, to the routines to choose one.
    QAction *player = view->addAction(tr("&Player"), this,
        [this] { showPage(m_player && m_player->controller()->hasSession() ? Page::Player : Page::Routines); });
    player->setObjectName(u"playerAction"_s);
    player->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    if (!bankState().userDiagnostics.empty() || !bankState().builtInDiagnostics.empty()) {
        view->addSeparator();
        view->addAction(tr("Bank &problems"), this, &MainWindow::showProblems);
    }

    // The player's cues, also switchable on the player's own bar.
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    m_soundAction = settings->addAction(tr("&Beeps during routines"));
    m_soundAction->setObjectName(u"soundSetting"_s);
    m_soundAction->setCheckable(true);
    m_soundAction->setChecked(PlayerPage::soundSetting());
    m_voiceAction = settings->addAction(tr("Spoken &cues during routines"));
    m_voiceAction->setObjectName(u"voiceSetting"_s);
    m_voiceAction->setCheckable(true);
    m_voiceAction->setChecked(PlayerPage::voiceSetting());
    connect(m_soundAction, &QAction::toggled, this, [this](bool on) {
        if (m_player)
            m_player->setSoundOn(on);
        else
            AppSettings::setSound(on);
    });
    QAction *checkIns = settings->addAction(tr("Check &in before and after routines"));
    checkIns->setObjectName(u"checkInSetting"_s);
    checkIns->setCheckable(true);
    checkIns->setChecked(PlayerPage::checkInSetting());
    checkIns->setStatusTip(tr("A quick note of your pain and how far down the leg you feel it, for your progress"));
    connect(checkIns, &QAction::toggled, this, [](bool on) { PlayerPage::setCheckInSetting(on); });
    settings->addSeparator();
    QAction *reminders = settings->addAction(tr("&Reminders…"), this, [this] { openReminderDialog(); });
    reminders->setObjectName(u"remindersAction"_s);
    connect(m_voiceAction, &QAction::toggled, this, [this](bool on) {
        if (m_player)
            m_player->setVoiceOn(on);
        else
            AppSettings::setVoice(on);
    });

    new AppearanceMenu(view, settings, this);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *notice =
        help->addAction(tr("Before you &start (safety notice)"), this, [this] { showFirstRunNotice(false); });
    notice->setObjectName(u"safetyNoticeAction"_s);
    QAction *about = help->addAction(tr("&About Lumbar Relief"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

PlayerPage *MainWindow::playerPage()
{
    // Built on first use: the player brings audio and speech set-up that start-up should not pay for.
    if (!m_player) {
        m_player = new PlayerPage(this);
        m_player->setBank(m_bankInUse->bank());
        m_player->setSafety(m_safety);
        m_player->setHistory(history());
        m_stack->addWidget(m_player);
        connect(m_player, &PlayerPage::closeRequested, this, [this] { showPage(m_beforePlayer); });
        connect(m_player, &PlayerPage::flagsChanged, this, &MainWindow::showFlags);
        connect(m_player, &PlayerPage::cueSettingsChanged, this, [this] {
            const QSignalBlocker soundBlocker(m_soundAction);
            const QSignalBlocker voiceBlocker(m_voiceAction);
            m_soundAction->setChecked(PlayerPage::soundSetting());
            m_voiceAction->setChecked(PlayerPage::voiceSetting());
        });
    }
    return m_player;
}

MainWindow::~MainWindow() = default;

HistoryStore *MainWindow::history()
{
    if (!m_history) {
        m_history = std::make_unique<HistoryStore>();
        const HistoryStore::OpenResult result = m_history->open();
        if (result.status != HistoryStore::OpenStatus::Ready)
            openMessage(this,
                result.status == HistoryStore::OpenStatus::Replaced ? QMessageBox::Warning : QMessageBox::Critical,
                tr("Your history"), result.message, u"historyMessage"_s);
    }
    return m_history.get();
}

ReminderDialog *MainWindow::openReminderDialog()
{
    auto *dialog = new ReminderDialog(m_bankInUse->bank(), m_reminders->settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto chosen = dialog->settings()) {
            Reminders::save(*chosen);
            m_reminders->setSettings(*chosen);
            applyReminders();
            const std::optional<QDateTime> next = m_reminders->next();
            statusBar()->showMessage(next ? tr("Next reminder: %1").arg(QLocale().toString(*next, u"dddd HH:mm"_s))
                                          : tr("Reminders are off."),
                8000);
        }
    });
    dialog->open();
    return dialog;
}

void MainWindow::applyReminders()
{
    const Routine *routine = m_bankInUse->bank()->routine(toStd(m_reminders->settings().routineId));
    m_tray->setRoutineName(routine ? qs(routine->name) : QString());
    m_tray->refresh();
    // In the tray the app lives on when its window closes; without a tray, closing it quits as usual.
    qApp->setQuitOnLastWindowClosed(!m_tray->isShown());
}

void MainWindow::remind(const QString &routineId)
{
    if (m_tray->isShown())
        return; // the tray shows it, and a click on it starts the routine
    const Routine *routine = m_bankInUse->bank()->routine(toStd(routineId));
    m_reminderBanner->showReminder(routineId, routine ? qs(routine->name) : QString());
    QApplication::alert(this);
}

bool MainWindow::event(QEvent *event)
{
    // Opening the history for the library's marks waits for the first paint, so it never delays it.
    if (event->type() == QEvent::Paint && !std::exchange(m_painted, true))
        QTimer::singleShot(0, this, &MainWindow::showFlags);
    return QMainWindow::event(event);
}

void MainWindow::showPlaced()
{
    const QRect available = screen() ? screen()->availableGeometry() : QRect(QPoint(), size());
    const WindowPlacement placement =
        WindowPlacement::choose(available, AppSettings::windowGeometry(), AppSettings::windowMaximised(), size());
    setGeometry(placement.geometry);
    if (placement.maximised)
        showMaximized();
    else
        show();
    // Kept however the app ends: closing the window, Quit, or the tray's Quit.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::savePlacement, Qt::UniqueConnection);
}

void MainWindow::savePlacement()
{
    // A window maximised from the start has no normal geometry of its own yet: its frame is the one it opened with.
    if (isVisible())
        AppSettings::setWindowPlacement(normalGeometry().isValid() ? normalGeometry() : geometry(), isMaximized());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    savePlacement();
    if (m_tray->isShown()) {
        hide();
        event->ignore();
        if (!std::exchange(m_toldAboutTray, true))
            m_tray->showMessage(tr("Lumbar Relief is still running"),
                tr("It stays in the tray to remind you at the times you chose. Quit from this icon's menu."));
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showFlags()
{
    HistoryStore *store = history();
    const std::vector<ExerciseFlag> flags = store->isOpen() ? store->flags() : std::vector<ExerciseFlag>{};
    m_library->setFlags(flags);
    m_routines->setFlags(flags);
    m_care->setFlags(flags);
}

void MainWindow::showPage(Page page)
{
    if (page == Page::Player) {
        if (currentPage() != Page::Player)
            m_beforePlayer = currentPage();
        // The player is not a section; the section it was opened from stays marked in the navigation. (Clearing
        // the mark would not last: the list marks its first row again whenever it takes the focus.)
        m_stack->setCurrentWidget(playerPage());
        emit pageChanged(page);
        return;
    }
    const int row = static_cast<int>(page);
    if (m_nav->currentRow() != row) {
        m_nav->setCurrentRow(row); // the navigation's handler switches the page
        return;
    }
    // The row is current already (the player was showing over it): switch back by hand.
    if (m_player && m_stack->currentWidget() == m_player)
        m_player->controller()->pause();
    m_stack->setCurrentIndex(row);
    emit pageChanged(page);
}

bool MainWindow::playRoutine(const QString &id, bool startNow, bool present)
{
    if (!playerPage()->prepareRoutine(id))
        return false;
    // The routine's own section is what the player returns to and what stays marked while it plays.
    if (currentPage() != Page::Player) {
        showPage(Page::Routines);
        m_routines->showRoutine(id);
    }
    showPage(Page::Player);
    if (startNow)
        m_player->start(present);
    else if (present)
        m_player->present();
    return true;
}

bool MainWindow::playExercise(const QString &id)
{
    if (!playerPage()->prepareExercise(id))
        return false;
    showPage(Page::Player);
    return true;
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

void MainWindow::showProblems()
{
    m_problems->show();
    m_problems->setFocus();
    m_banner->setProblemsShown(true);
}

void MainWindow::hideProblems()
{
    m_problems->hide();
    m_banner->setProblemsShown(false);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(*m_bankInUse->bank(), this);
    dialog.exec();
}

void MainWindow::showBank()
{
    const QString exercise = m_library->currentExerciseId();
    const QString routine = m_routines->currentRoutineId();
    const std::shared_ptr<const ContentBank> &bank = m_bankInUse->bank();
    const int exercises = static_cast<int>(m_bankInUse->bank()->exercises().size());
    const int routines = static_cast<int>(m_bankInUse->bank()->routines().size());
    const QString bankLabel =
        bankState().usingUserBank ? tr("Built-in content with your bank folder") : tr("Built-in content");
    m_bankStatus->setText(tr("%1 · %2 exercises · %3 routines").arg(bankLabel).arg(exercises).arg(routines));

    m_library->setBank(bank);
    m_routines->setBank(bank);
    m_care->setBank(bank);
    m_progress->setBank(bank);
    if (m_player)
        m_player->setBank(bank);

    // The user's own routines, for "Add to routine": those in the store that the bank loaded.
    QList<QPair<QString, QString>> own;
    for (const QString &id : RoutineStore().ids())
        if (const Routine *r = m_bankInUse->bank()->routine(toStd(id)))
            own.append({id, qs(r->name)});
    m_library->setUserRoutines(own);
    if (!exercise.isEmpty())
        m_library->showExercise(exercise);
    if (!routine.isEmpty())
        m_routines->showRoutine(routine);
}

// Said once for each bank loaded, not again when the pages are only redrawn in new colours.
void MainWindow::reportLeftOutRoutineFiles()
{
    if (bankState().leftOutRoutineFiles.empty())
        return;
    QStringList lines;
    for (const Diagnostic &d : bankState().routineDiagnostics)
        lines << qs(formatDiagnostic(d));
    statusBar()->showMessage(tr("%n routine file(s) of yours could not be read and were left out: %1", nullptr,
        static_cast<int>(bankState().leftOutRoutineFiles.size()))
                                 .arg(lines.join(u"; "_s)));
}

void MainWindow::styleNavigation()
{
    const icons::Glyph glyphs[] = {
        icons::Glyph::Library, icons::Glyph::Routines, icons::Glyph::Care, icons::Glyph::Progress};
    int widest = 0;
    for (int i = 0; i < m_nav->count(); ++i) {
        m_nav->item(i)->setIcon(icons::navigationIcon(glyphs[i], theme::accent()));
        widest = std::max(widest, m_nav->fontMetrics().horizontalAdvance(m_nav->item(i)->text()));
    }
    // As wide as the longest section needs at this text size (icon, padding and the list's margins around it), up to
    // a limit that leaves the pages their room on this screen (on a 1024 px netbook a wider column pushed the window
    // past the screen's edge, hiding the player's Stop); past it a long name wraps onto a second line.
    const int screenWidth = screen() ? screen()->availableSize().width() : 1366;
    const int most = std::clamp(screenWidth * 22 / 100, 200, 270);
    m_nav->setFixedWidth(std::clamp(widest + m_nav->iconSize().width() + 80, std::min(220, most), most));
}

void MainWindow::restyle()
{
    styleNavigation();
    // The pages' HTML carries the scheme's colours: set the style again and show each page's entry afresh.
    for (auto *browser : findChildren<SafeTextBrowser *>())
        browser->document()->setDefaultStyleSheet(DetailPageBuilder::styleSheet());
    showBank();
}

void MainWindow::reloadBank()
{
    m_bankInUse->reload();
}

void MainWindow::askAndAddToRoutine(const QString &exerciseId, const QString &routineId)
{
    QString name;
    if (routineId.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(
            this, tr("New routine"), tr("Name of the new routine:"), QLineEdit::Normal, tr("My routine"), &ok);
        if (!ok)
            return;
    }
    addToRoutine(exerciseId, routineId, name);
}

bool MainWindow::addToRoutine(const QString &exerciseId, const QString &routineId, const QString &newName)
{
    const OwnRoutines::Outcome done = OwnRoutines(m_bankInUse->bank()).addExercise(exerciseId, routineId, newName);
    if (!done.ok) {
        if (!done.message.isEmpty())
            QMessageBox::warning(this, done.title, done.message);
        return false;
    }
    reloadBank();
    statusBar()->showMessage(done.message, 8000);
    return true;
}

RoutineBuilder *MainWindow::openRoutineBuilder(const QString &routineId, bool copy)
{
    const OwnRoutines own(m_bankInUse->bank());
    const Routine routine = own.startingPoint(routineId, copy);
    auto *builder = new RoutineBuilder(m_bankInUse->bank(), routine, own.store().folder(), this);
    builder->setAttribute(Qt::WA_DeleteOnClose);
    connect(builder, &RoutineBuilder::saved, this, [this](const QString &id) {
        reloadBank();
        showPage(Page::Routines);
        m_routines->showRoutine(id);
        statusBar()->showMessage(tr("Saved your routine."), 8000);
    });
    builder->open();
    return builder;
}

bool MainWindow::deleteRoutine(const QString &routineId, bool confirmed)
{
    const OwnRoutines own(m_bankInUse->bank());
    if (!own.isOwn(routineId))
        return false; // the shipped routines stay
    if (!confirmed &&
        QMessageBox::question(this, tr("Delete routine"),
            tr("Move “%1” to the trash? You can restore it from there.")
                .arg(qs(m_bankInUse->bank()->routine(toStd(routineId))->name)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    const OwnRoutines::Outcome done = own.remove(routineId);
    if (!done.ok) {
        QMessageBox::warning(this, done.title, done.message);
        return false;
    }
    reloadBank();
    statusBar()->showMessage(done.message, 8000);
    return true;
}

bool MainWindow::exportRoutine(const QString &routineId, const QString &path)
{
    const RoutineSharing::Outcome done = RoutineSharing(bankState(), userBankFolder()).exportRoutine(routineId, path);
    if (done.ok)
        statusBar()->showMessage(done.message, 8000);
    else if (!done.message.isEmpty())
        openMessage(this, QMessageBox::Warning, tr("Routine not exported"), done.message, u"exportError"_s);
    return done.ok;
}

QString MainWindow::importRoutine(const QString &path)
{
    const RoutineSharing::Outcome done = RoutineSharing(bankState(), userBankFolder()).importRoutine(path);
    if (!done.ok) {
        openMessage(this, QMessageBox::Warning, tr("Nothing imported"), done.message, u"importReport"_s, done.details);
        return {};
    }
    reloadBank();
    showPage(Page::Routines);
    m_routines->showRoutine(done.routineId);
    statusBar()->showMessage(done.message, 8000);
    return done.routineId;
}

void MainWindow::showProblemsOf(bool keptLastGood)
{
    const std::vector<Diagnostic> &shown = bankState().shownProblems();
    const QString folder = bankState().userFolder.isEmpty() && m_watcher->isWatching()
        ? QDir::toNativeSeparators(m_watcher->folder())
        : bankState().userFolder;
    m_banner->setProblems(shown, bankState().usingUserBank, folder, keptLastGood);
    m_problems->setDiagnostics(shown, folder);
}

void MainWindow::editBankFolder(bool openFileManager)
{
    const QString folder = userBankFolder();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        QMessageBox::warning(this, tr("Bank folder"), tr("Your bank folder could not be made."));
        return;
    }
    m_watcher->watch(folder);
    if (openFileManager)
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    statusBar()->showMessage(tr("Watching %1: every save reloads the content, and problems show here.")
                                 .arg(QDir::toNativeSeparators(folder)),
        10000);
}

bool MainWindow::isWatchingBankFolder() const
{
    return m_watcher->isWatching();
}

void MainWindow::bankFolderChanged()
{
    switch (m_bankInUse->folderChanged()) {
    case BankInUse::FolderResult::NotReloaded:
        return;
    case BankInUse::FolderResult::KeptLastGood:
        // Keep working on the last good bank; show what is wrong with the files as they are now.
        showProblemsOf(true);
        showProblems();
        return;
    case BankInUse::FolderResult::Reloaded:
        showProblemsOf(false);
        if (bankState().shownProblems().empty())
            hideProblems();
        statusBar()->showMessage(tr("Reloaded your bank folder."), 5000);
        return;
    }
}

QString MainWindow::userBankFolder() const
{
    return m_bankInUse->userBankFolder();
}

bool MainWindow::importFreeExerciseDb(const QString &file)
{
    const ExerciseImport::Outcome done = ExerciseImport::fromFreeExerciseDb(file, userBankFolder());
    if (done.ok) {
        reloadBank();
        if (!done.firstExerciseId.isEmpty())
            showExerciseInLibrary(done.firstExerciseId);
        statusBar()->showMessage(done.status, 8000);
    }
    openMessage(this, done.ok ? QMessageBox::Information : QMessageBox::Warning, done.title, done.message,
        u"importReport"_s, done.details);
    return done.ok;
}

FirstRunNotice *MainWindow::showFirstRunNotice(bool required)
{
    auto *notice = new FirstRunNotice(
        *m_bankInUse->bank(), required ? FirstRunNotice::Mode::FirstRun : FirstRunNotice::Mode::Reread, this);
    notice->setAttribute(Qt::WA_DeleteOnClose);
    // Not acknowledged on the first run: the app is not used without it.
    if (required)
        connect(notice, &QDialog::rejected, this, &QWidget::close);
    notice->open();
    return notice;
}

void MainWindow::showExerciseInLibrary(const QString &id)
{
    showPage(Page::Library);
    m_library->showExercise(id);
}

} // namespace lumbar::ui
