#include "playerpage.h"

#include "accessibleannouncer.h"
#include "ui/app/appsettings.h"

#include "ui/widgets/theme.h"

#include "core/contentbank.h"
#include "core/markedexercises.h"
#include "cueannouncer.h"
#include "dosagetable.h"
#include "leftoutnote.h"
#include "playercontrolbar.h"
#include "playertext.h"
#include "playerview.h"
#include "presentationwindow.h"
#include "screensaverinhibitor.h"
#include "soundcues.h"
#include "ui/care/safetystate.h"
#include "ui/care/urgentnotice.h"
#include "ui/history/checkinpanel.h"
#include "ui/history/guardnotice.h"
#include "ui/history/historystore.h"
#include "ui/history/historytext.h"
#include "ui/history/sessionlogger.h"
#include "ui/history/worsedialog.h"
#include "ui/text/dosagewords.h"
#include "ui/text/uitext.h"
#include "voicecues.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

QString minutesText(Millis total)
{
    const auto minutes = static_cast<int>((total.count() + 30'000) / 60'000);
    if (minutes < 1)
        return PlayerPage::tr("under a minute");
    return minutes == 1 ? PlayerPage::tr("about 1 minute") : PlayerPage::tr("about %1 minutes").arg(minutes);
}

// A step done at the user's own pace (a walk) adds time the plan cannot know.
bool isOwnPace(const SessionPlan &plan)
{
    return std::any_of(plan.phases.begin(), plan.phases.end(), [](const Phase &phase) { return !phase.isTimed(); });
}

// How long a session takes, in words; "under a minute" would mislead for a walk.
QString sessionLength(const SessionPlan &plan, bool routine)
{
    const int count = static_cast<int>(plan.items.size());
    if (isOwnPace(plan) && plan.total < Millis{30'000})
        return routine && count > 1 ? PlayerPage::tr("%1 exercises, at your own pace").arg(count)
                                    : PlayerPage::tr("At your own pace");
    const QString length = isOwnPace(plan) ? PlayerPage::tr("%1, plus the time you choose").arg(minutesText(plan.total))
                                           : minutesText(plan.total);
    if (!routine)
        return PlayerPage::tr("Takes %1").arg(length);
    if (count == 1)
        return PlayerPage::tr("1 exercise, %1").arg(length);
    return isOwnPace(plan) ? PlayerPage::tr("%1 exercises, %2").arg(count).arg(length)
                           : PlayerPage::tr("%1 exercises, %2 in all").arg(count).arg(length);
}

bool holds(const Routine &routine, const std::string &exercise)
{
    return std::any_of(routine.items.begin(), routine.items.end(),
        [&exercise](const RoutineItem &item) { return item.exercise == exercise; });
}

// A page of the player's stack in a scroll area: with large text a page may need more room than the screen has,
// and it scrolls rather than cut anything off.
QScrollArea *scrolled(QWidget *page, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(page->objectName() + u"Scroll"_s);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    return scroll;
}

} // namespace

PlayerPage::PlayerPage(QWidget *parent, const Clock *clock)
    : QWidget(parent)
    , m_clock(Clock::orSystem(clock))
    , m_controller(new PlayerController(this, clock))
    , m_sound(new SoundCues(this))
    , m_voice(new VoiceCues(this))
    , m_announcer(new CueAnnouncer(m_controller, m_sound, m_voice, this))
    , m_inhibitor(std::make_unique<ScreenSaverInhibitor>())
    , m_stack(new QStackedWidget(this))
    , m_setupTitle(new QLabel(this))
    , m_setupPurpose(new QLabel(this))
    , m_table(new DosageTable(this))
    , m_setupTotal(new QLabel(this))
    , m_startButton(new QPushButton(tr("Start"), this))
    , m_presentButton(new QPushButton(tr("Start and present"), this))
    , m_urgent(new UrgentNotice(this))
    , m_leftOut(new LeftOutNote(u"leftOutNote"_s, this))
    , m_view(new PlayerView(m_controller, this))
    , m_controls(new PlayerControlBar(m_controller, true, this))
    , m_notice(new QLabel(this))
    , m_presentLive(new QPushButton(tr("Present"), this))
    , m_doneButton(new QPushButton(tr("Done"), this))
    , m_againButton(new QPushButton(tr("Do it again"), this))
    , m_worseButton(new QPushButton(tr("This makes it worse"), this))
    , m_guard(new GuardNotice(this))
    , m_leftOutPlaying(new LeftOutNote(u"leftOutPlaying"_s, this))
    , m_logger(new SessionLogger(m_controller, this, clock))
{
    setObjectName(u"playerPage"_s);
    buildSetup();
    connect(m_table, &DosageTable::doseChanged, this, &PlayerPage::rebuildPlan);
    QWidget *playing = buildPlaying();
    m_stack->addWidget(playing);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setSoundOn(soundSetting());
    setVoiceOn(voiceSetting());
    connect(m_controls, &PlayerControlBar::soundToggled, this, &PlayerPage::setSoundOn);
    connect(m_controls, &PlayerControlBar::voiceToggled, this, &PlayerPage::setVoiceOn);
    connect(m_controls, &PlayerControlBar::stopRequested, this, &PlayerPage::requestStop);
    connect(m_announcer, &CueAnnouncer::flash, this, [this](const QColor &color) {
        m_view->flash(color);
        if (m_presentation)
            m_presentation->view()->flash(color);
    });
    connect(m_announcer, &CueAnnouncer::silentNotice, this, [this](const QString &text) {
        m_notice->setText(text);
        m_notice->show();
    });
    connect(m_controller, &PlayerController::changed, this, &PlayerPage::onChanged);
    connect(m_presentLive, &QPushButton::clicked, this, &PlayerPage::chooseScreenAndPresent);
    connect(m_doneButton, &QPushButton::clicked, this, &PlayerPage::closeRequested);
    connect(m_againButton, &QPushButton::clicked, this, [this] {
        if (!m_routineId.isEmpty())
            prepareRoutine(m_routineId);
        else
            prepareExercise(m_exerciseId);
    });
    PlayerControlBar::installShortcuts(playing, m_controller, [this] { requestStop(); });
    auto *worseKey = new QShortcut(QKeySequence(Qt::Key_W), playing);
    worseKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(worseKey, &QShortcut::activated, this, &PlayerPage::reportWorse);
    connect(m_worseButton, &QPushButton::clicked, this, &PlayerPage::reportWorse);
    connect(m_guard, &GuardNotice::stopRoutine, m_controller, &PlayerController::stop);
    connect(m_guard, &GuardNotice::goOn, m_controller, &PlayerController::resume);
    connect(m_logger, &SessionLogger::flagsChanged, this, &PlayerPage::flagsChanged);
    buildCheckIns();
    onChanged();
}

// What shows while a session plays: the guard's and the left-out notes, the view (scrolling when large text needs
// it), the notice and buttons, the controls, and a hidden label for screen readers.
QWidget *PlayerPage::buildPlaying()
{
    m_worseButton->setObjectName(u"worseButton"_s);
    m_worseButton->setProperty("danger", true);
    m_worseButton->setToolTip(tr("Stop this exercise and note it: pain or symptoms are getting worse (W)"));
    m_worseButton->setAccessibleDescription(m_worseButton->toolTip());

    m_notice->setObjectName(u"soundNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setProperty("muted", true);
    m_notice->hide();
    m_presentLive->setObjectName(u"presentButton"_s);
    m_presentLive->setToolTip(tr("Show the player full screen on another screen or a projector, with large type"));
    m_doneButton->setObjectName(u"doneButton"_s);
    m_doneButton->setProperty("primary", true);
    m_againButton->setObjectName(u"againButton"_s);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(24, 8, 24, 0);
    top->addWidget(m_notice, 1);
    top->addWidget(m_worseButton);
    top->addWidget(m_presentLive);
    auto *guardRow = new QHBoxLayout;
    guardRow->setContentsMargins(24, 8, 24, 0);
    guardRow->addWidget(m_guard);
    auto *leftOutRow = new QHBoxLayout;
    leftOutRow->setContentsMargins(24, 8, 24, 0);
    leftOutRow->addWidget(m_leftOutPlaying);
    auto *after = new QHBoxLayout;
    after->setContentsMargins(24, 8, 24, 12);
    after->addStretch(1);
    after->addWidget(m_againButton);
    after->addWidget(m_doneButton);

    // For screen readers only: a label that is given each announcement, kept out of sight (the view shows it all).
    auto *announcement = new QLabel(this);
    announcement->setObjectName(u"playerAnnouncement"_s);
    announcement->setAccessibleDescription(tr("What the player is doing, said as it changes"));
    announcement->setFixedHeight(1);
    announcement->setStyleSheet(u"color: transparent; background: transparent;"_s);
    new AccessibleAnnouncer(m_controller, announcement, this);

    auto *playing = new QWidget(this);
    auto *playingLayout = new QVBoxLayout(playing);
    playingLayout->setContentsMargins(0, 0, 0, 0);
    playingLayout->setSpacing(0);
    // The view scrolls when large text needs more room than the screen has; the controls below stay in sight. The
    // guard's notice and the left-out note scroll with it: squeezed above it on a small screen, the notice's
    // emergency line was cut off.
    auto *content = new QWidget(this);
    content->setObjectName(u"playingContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addLayout(guardRow);
    contentLayout->addLayout(leftOutRow);
    contentLayout->addWidget(m_view, 1);
    m_playingScroll = scrolled(content, this);
    playingLayout->addWidget(m_playingScroll, 1);
    playingLayout->addLayout(top);
    playingLayout->addWidget(m_controls);
    playingLayout->addLayout(after);
    playingLayout->addWidget(announcement);

    return playing;
}

// "Present": with more than one screen the therapist chooses which one the room sees.
void PlayerPage::chooseScreenAndPresent()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() < 2) {
        present();
        return;
    }
    QMenu menu(this);
    menu.setObjectName(u"screenMenu"_s);
    int number = 1;
    for (QScreen *screen : screens) {
        const QSize size = screen->size();
        QAction *action = menu.addAction(
            tr("Screen %1: %2 (%3 × %4)").arg(number++).arg(screen->name()).arg(size.width()).arg(size.height()));
        connect(action, &QAction::triggered, this, [this, screen] { present(screen); });
    }
    menu.exec(m_presentLive->mapToGlobal(QPoint(0, m_presentLive->height())));
}

// The guard's notice at the top of the scrolled page, in sight, with the keyboard on its first button.
void PlayerPage::showGuard()
{
    if (!m_guard->isVisibleTo(this))
        return;
    m_playingScroll->ensureWidgetVisible(m_guard, 0, 0);
    m_playingScroll->verticalScrollBar()->setValue(0);
    if (m_guard->stopButton()->isVisibleTo(m_guard))
        m_guard->stopButton()->setFocus();
}

void PlayerPage::showInStack(QWidget *page)
{
    for (QWidget *w = page; w; w = w->parentWidget()) {
        if (w->parentWidget() == m_stack) {
            m_stack->setCurrentWidget(w);
            return;
        }
    }
}

void PlayerPage::buildCheckIns()
{
    m_checkInBefore = new CheckInPanel(CheckInPanel::Moment::Before, this);
    m_checkInAfter = new CheckInPanel(CheckInPanel::Moment::After, this);
    m_stack->addWidget(scrolled(m_checkInBefore, this));
    m_stack->addWidget(scrolled(m_checkInAfter, this));
    connect(m_checkInBefore, &CheckInPanel::finished, this,
        [this](bool skipped) { beginPlaying(skipped ? CheckIn{} : m_checkInBefore->checkIn()); });
    connect(m_checkInAfter, &CheckInPanel::finished, this, &PlayerPage::afterCheckInDone);
}

void PlayerPage::setHistory(HistoryStore *store)
{
    m_logger->setStore(store && store->isOpen() ? store : nullptr);
}

PlayerPage::~PlayerPage()
{
    delete m_presentation;
}

bool PlayerPage::soundSetting()
{
    return AppSettings::sound();
}

bool PlayerPage::checkInSetting()
{
    return AppSettings::checkIns();
}

void PlayerPage::setCheckInSetting(bool on)
{
    AppSettings::setCheckIns(on);
}

bool PlayerPage::voiceSetting()
{
    return AppSettings::voice();
}

void PlayerPage::setSoundOn(bool on)
{
    m_announcer->setSoundEnabled(on);
    m_controls->setSoundChecked(on);
    if (soundSetting() != on) {
        AppSettings::setSound(on);
        emit cueSettingsChanged();
    }
}

void PlayerPage::setVoiceOn(bool on)
{
    m_announcer->setVoiceEnabled(on);
    m_controls->setVoiceChecked(on);
    if (voiceSetting() != on) {
        AppSettings::setVoice(on);
        emit cueSettingsChanged();
    }
}

void PlayerPage::buildSetup()
{
    auto *setup = new QWidget(this);
    setup->setObjectName(u"playerSetup"_s);
    m_setupTitle->setObjectName(u"pageTitle"_s);
    theme::setRelativeFont(m_setupTitle, 1.5, true);
    m_setupTitle->setWordWrap(true);
    m_setupPurpose->setObjectName(u"pageSubtitle"_s);
    m_setupPurpose->setWordWrap(true);
    m_setupPurpose->setTextFormat(Qt::PlainText);

    auto *hint = new QLabel(tr("You can change the hold, reps and sets for this session only. The routine itself "
                               "stays as it is."),
        this);
    hint->setWordWrap(true);
    hint->setProperty("muted", true);

    m_setupTotal->setObjectName(u"sessionLength"_s);
    m_startButton->setObjectName(u"startButton"_s);
    m_startButton->setProperty("primary", true);
    m_startButton->setDefault(true);
    m_startButton->setToolTip(tr("Start the routine (Space)"));
    m_startButton->setMinimumHeight(40);
    m_presentButton->setObjectName(u"startPresentButton"_s);
    m_presentButton->setToolTip(tr("Start and show the player full screen, on another screen if there is one"));
    m_presentButton->setMinimumHeight(40);
    auto *back = new QPushButton(tr("Back"), this);
    back->setObjectName(u"backButton"_s);
    back->setToolTip(tr("Back to where you chose the routine, without starting it"));
    back->setMinimumHeight(40);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_setupTotal, 1);
    buttons->addWidget(back);
    buttons->addWidget(m_presentButton);
    buttons->addWidget(m_startButton);

    auto *layout = new QVBoxLayout(setup);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_setupTitle);
    layout->addWidget(m_urgent);
    layout->addWidget(m_leftOut);
    layout->addWidget(m_setupPurpose);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    m_stack->addWidget(scrolled(setup, this));

    connect(m_startButton, &QPushButton::clicked, this, [this] { start(); });
    connect(m_presentButton, &QPushButton::clicked, this, [this] { start(true); });
    connect(back, &QPushButton::clicked, this, &PlayerPage::closeRequested);
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), setup);
    space->setContext(Qt::WidgetWithChildrenShortcut);
    connect(space, &QShortcut::activated, this, [this] { start(); });
}

void PlayerPage::setBank(std::shared_ptr<const ContentBank> bank)
{
    m_bank = std::move(bank);
    m_guard->setBank(m_bank);
}

void PlayerPage::setSafety(SafetyState *safety)
{
    m_safety = safety;
    m_urgent->setSafety(safety);
    connect(m_safety, &SafetyState::changed, this, &PlayerPage::updateStartButtons);
    updateStartButtons();
}

void PlayerPage::updateStartButtons()
{
    // Care first after a warning sign; and nothing to start when every exercise is marked.
    const bool locked = m_safety && m_safety->needsCareFirst();
    const bool nothing =
        !m_controller->hasSession() || m_controller->session().plan().items.empty() || m_markedExercise;
    m_startButton->setEnabled(!locked && !nothing);
    m_presentButton->setEnabled(!locked && !nothing);
}

PlayerPage::Today PlayerPage::leftOutToday(const std::vector<ExerciseFlag> &standing) const
{
    const LocalDay day = HistoryText::day(m_clock.today());
    Today today;
    today.exercises = alikeToMarkedOn(*m_bank, standing, day);
    QStringList reported;
    for (const ExerciseFlag &flag : standing)
        if (const Exercise *e = m_bank->exercise(flag.exerciseId);
            e && !flag.cleared && flag.day == day && !reported.contains(qs(e->name)))
            reported << qs(e->name);
    today.reported = QLocale().createSeparatedList(reported);
    return today;
}

std::vector<ExerciseFlag> PlayerPage::standingMarks() const
{
    HistoryStore *store = m_logger->store();
    return store ? store->flags() : std::vector<ExerciseFlag>{};
}

bool PlayerPage::prepareRoutine(const QString &id)
{
    const Routine *routine = m_bank ? m_bank->routine(toStd(id)) : nullptr;
    if (!routine)
        return false;
    m_routineId = id;
    m_exerciseId.clear();
    m_sessionTitle = qs(routine->name);
    m_setupTitle->setText(tr("Before you start: %1").arg(m_sessionTitle));
    m_setupPurpose->setText(qs(routine->purpose));
    m_markedExercise = false;
    m_madeWorse = false;
    // A marked exercise stays out of every routine until the user clears the mark, and what loads the nerve as one
    // marked today stays out for the rest of the day: the list and the player say which and why.
    const std::vector<ExerciseFlag> standing = standingMarks();
    const std::vector<ExerciseFlag> marks = marksIn(*routine, standing);
    const Today today = leftOutToday(standing);
    const Routine withoutMarks = withoutMarked(*routine, marks);
    m_playable = withoutExercises(withoutMarks, today.exercises);
    for (LeftOutNote *note : {m_leftOut, m_leftOutPlaying}) {
        note->showMarks(marks, *m_bank, m_playable.items.empty());
        QStringList names;
        for (const RoutineItem &item : withoutMarks.items)
            if (const Exercise *e = m_bank->exercise(item.exercise);
                e && !m_playable.items.empty() && !holds(m_playable, e->id) && !names.contains(qs(e->name)))
                names << qs(e->name);
        if (!names.isEmpty())
            note->addLeftOut(today.reported, names, true);
    }

    m_table->fill(planRoutine(*m_bank, m_playable));
    rebuildPlan();
    m_stack->setCurrentIndex(0);
    m_startButton->setFocus();
    return true;
}

bool PlayerPage::prepareExercise(const QString &id)
{
    const Exercise *exercise = m_bank ? m_bank->exercise(toStd(id)) : nullptr;
    if (!exercise)
        return false;
    m_routineId.clear();
    m_exerciseId = id;
    m_sessionTitle = qs(exercise->name);
    m_changes.clear();
    m_setupTitle->setText(tr("Before you start: %1").arg(m_sessionTitle));
    m_setupPurpose->setText(qs(exercise->summary));
    // Its dose, as a routine's rows show theirs, to be changed for this session if the user wants.
    m_table->fill(planExercise(*exercise));
    // A marked exercise is not played on its own either, until the user clears its mark.
    const std::vector<ExerciseFlag> marks = standingMarks();
    const ExerciseFlag *mark = markOn(exercise->id, marks);
    const Today today = leftOutToday(marks);
    const bool alikeToday =
        std::find(today.exercises.begin(), today.exercises.end(), exercise->id) != today.exercises.end();
    m_markedExercise = mark != nullptr || alikeToday;
    m_madeWorse = false;
    m_leftOut->showMarks(mark ? std::vector<ExerciseFlag>{*mark} : std::vector<ExerciseFlag>{}, *m_bank, true);
    if (alikeToday)
        m_leftOut->addLeftOut(today.reported, {qs(exercise->name)}, true);
    m_leftOutPlaying->hide();
    rebuildPlan();
    m_stack->setCurrentIndex(0);
    m_startButton->setFocus();
    return true;
}

void PlayerPage::rebuildPlan()
{
    if (!m_bank)
        return;
    m_changes.clear();
    SessionPlan plan;
    if (const Exercise *exercise = m_bank->exercise(toStd(m_exerciseId)); exercise && m_routineId.isEmpty()) {
        plan = planExercise(*exercise, m_table->changeInRow(0));
        m_changes.push_back(m_table->changeText(0));
    } else {
        if (!m_bank->routine(toStd(m_routineId)))
            return;
        const Routine *routine = &m_playable;
        std::vector<DosageChange> changes(routine->items.size());
        // Rows follow the plan's items, which leave out exercises the bank lacks; map them back to routine items.
        int row = 0;
        for (std::size_t i = 0; i < routine->items.size(); ++i) {
            if (!m_bank->exercise(routine->items[i].exercise))
                continue;
            changes[i] = m_table->changeInRow(row);
            m_changes.push_back(m_table->changeText(row));
            ++row;
        }
        plan = planRoutine(*m_bank, *routine, changes);
    }
    m_table->showTimes(plan);
    m_setupTotal->setText(sessionLength(plan, !m_routineId.isEmpty()));
    m_sessionBank = m_bank;
    m_controller->load(std::move(plan));
    updateStartButtons();
}

void PlayerPage::start(bool present, bool checkIn)
{
    if (!m_controller->hasSession() || m_controller->session().state() != SessionState::Ready)
        return;
    if (m_safety && m_safety->needsCareFirst())
        return; // the urgent notice on the list says what to do first
    if (m_markedExercise || m_controller->session().plan().items.empty())
        return; // the note on the list says which exercises are marked and why
    m_presentOnStart = present;
    if (checkIn && checkInSetting() && !m_routineId.isEmpty() && m_logger->store()) {
        m_checkInBefore->reset(m_sessionTitle);
        showInStack(m_checkInBefore);
        return;
    }
    beginPlaying({});
}

void PlayerPage::beginPlaying(const CheckIn &before)
{
    if (!m_controller->hasSession() || m_controller->session().state() != SessionState::Ready)
        return;
    m_afterAsked = false;
    m_guard->hide();
    m_stack->setCurrentIndex(1);
    m_controls->pauseButton()->setFocus();
    m_controller->start();
    m_logger->begin(toStd(m_routineId), toStd(m_sessionTitle), before, m_changes);
    if (std::exchange(m_presentOnStart, false))
        present();
}

void PlayerPage::reportWorse()
{
    if (!m_controller->hasSession() || !m_controller->session().isActive())
        return;
    const bool wasRunning = m_controller->session().state() == SessionState::Running;
    m_controller->pause();
    const std::size_t item = m_controller->session().itemIndex();
    QWidget *parent = m_presentation && m_presentation->isVisible() ? static_cast<QWidget *>(m_presentation) : this;
    auto *dialog = new WorseDialog(qs(m_controller->session().item().exercise->name), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, item, wasRunning](int result) {
        if (result != QDialog::Accepted) {
            if (wasRunning)
                m_controller->resume();
            return;
        }
        // The session may have moved on while the question was open (it should not: it is paused).
        if (m_controller->session().itemIndex() != item || !m_controller->session().isActive())
            return;
        stopWorseItem(dialog->report());
    });
    dialog->open();
}

void PlayerPage::stopWorseItem(const CheckIn &report)
{
    const RoutineSession &session = m_controller->session();
    const std::size_t item = session.itemIndex();
    const QString name = qs(session.item().exercise->name);
    m_logger->markWorse(item, report.extent);
    const GuardVerdict verdict = m_logger->guard(report, item);
    m_madeWorse = true;
    // Neither Next nor Previous may lead to this exercise again, or to one that loads the nerve the same way.
    std::vector<std::size_t> leftOut = loadingAlike(session.plan(), item);
    QStringList names;
    for (const std::size_t i : leftOut)
        if (i > item && !names.contains(qs(session.plan().items[i].exercise->name)))
            names << qs(session.plan().items[i].exercise->name);
    if (!names.isEmpty())
        m_leftOutPlaying->addLeftOut(name, names);
    leftOut.push_back(item);
    m_controller->leaveOut(leftOut);
    // Leave the exercise: from its get-ready, next() would start it first.
    if (session.phase().kind == PhaseKind::GetReady)
        m_controller->next();
    if (m_controller->session().itemIndex() == item)
        m_controller->next();
    // Whatever the guard's verdict, the session waits for the user's choice with what to do in view.
    m_controller->pause();
    m_guard->showVerdict(verdict, {name}, m_logger->baseline(), report.extent, m_controller->session().isActive());
    showGuard();
}

void PlayerPage::afterCheckInDone(bool skipped)
{
    m_stack->setCurrentIndex(1);
    m_doneButton->setFocus();
    if (skipped)
        return;
    const CheckIn after = m_checkInAfter->checkIn();
    m_logger->saveAfter(after, toStd(m_checkInAfter->notes()));
    const GuardVerdict verdict = m_logger->guard(after, std::nullopt);
    if (!verdict.stop)
        return;
    m_madeWorse = true;
    m_againButton->hide();
    // The exercise's name in the reader's language; the history keeps the name it was logged under.
    const auto nameOf = [this](const ItemRecord &item) {
        const Exercise *exercise = m_bank ? m_bank->exercise(item.exerciseId) : nullptr;
        return exercise ? qs(exercise->name) : qs(item.exerciseName);
    };
    QStringList done;
    // What was done, or else what was stopped as making things worse: the notice names exercises, not the routine.
    for (const ItemRecord &item : m_logger->record().items)
        if (item.result == ItemResult::Done || item.result == ItemResult::Partial)
            done << nameOf(item);
    QStringList worse;
    for (const ItemRecord &item : m_logger->record().items)
        if (item.result == ItemResult::Worse)
            worse << nameOf(item);
    if (done.isEmpty())
        done = worse;
    if (done.isEmpty())
        done << m_sessionTitle;
    m_guard->showVerdict(verdict, done, m_logger->baseline(), after.extent, false);
    showGuard();
}

PresentationWindow *PlayerPage::presentation() const
{
    return m_presentation;
}

bool PlayerPage::isPreparing() const
{
    return m_stack->currentIndex() == 0;
}

QString PlayerPage::title() const
{
    return m_setupTitle->text();
}

void PlayerPage::present(QScreen *screen)
{
    if (m_safety && m_safety->needsCareFirst())
        return;
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *here = window()->windowHandle() ? window()->windowHandle()->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        for (QScreen *s : screens)
            if (s != here) {
                screen = s;
                break;
            }
    }
    const bool separate = screen && screen != here;
    if (!screen)
        screen = here;
    if (!m_presentation) {
        m_presentation = new PresentationWindow(m_controller);
        connect(m_presentation, &PresentationWindow::stopRequested, this, &PlayerPage::requestStop);
        connect(m_presentation, &PresentationWindow::closed, this, [this] { m_presentLive->setText(tr("Present")); });
    }
    m_presentation->present(screen, !separate);
    m_presentLive->setText(tr("Presenting"));
}

void PlayerPage::requestStop()
{
    if (!m_controller->hasSession() || !m_controller->session().isActive())
        return;
    const bool wasRunning = m_controller->session().state() == SessionState::Running;
    m_controller->pause();
    QWidget *parent = m_presentation && m_presentation->isVisible() ? static_cast<QWidget *>(m_presentation) : this;
    // The question is the box's first line, since a window's title bar is easily missed (or absent); no stock icon.
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Stop the routine?"), tr("Stop the routine?"),
        QMessageBox::Yes | QMessageBox::No, parent);
    box->setInformativeText(tr("You will see what you have done so far."));
    box->setObjectName(u"stopConfirm"_s);
    box->button(QMessageBox::Yes)->setText(tr("Stop"));
    box->button(QMessageBox::No)->setText(tr("Carry on"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, wasRunning](int result) {
        if (result == QMessageBox::Yes)
            m_controller->stop();
        else if (wasRunning)
            m_controller->resume();
    });
    box->open();
}

void PlayerPage::onChanged()
{
    const bool has = m_controller->hasSession();
    const bool over = has && m_controller->session().isOver();
    m_doneButton->setVisible(over);
    // After symptoms got worse the same routine is not offered again at once.
    m_againButton->setVisible(over && !m_madeWorse);
    m_controls->setVisible(!over);
    m_presentLive->setVisible(!over);
    m_worseButton->setVisible(has && m_controller->session().isActive());
    if (over && !m_afterAsked && checkInSetting() && m_logger->isLogging() && m_logger->store() &&
        !m_routineId.isEmpty()) {
        m_afterAsked = true;
        m_checkInAfter->reset(m_sessionTitle);
        showInStack(m_checkInAfter);
    }
    updateInhibitor();
}

void PlayerPage::updateInhibitor()
{
    // Asked once per session: without a screensaver service each try would wait for the bus to answer.
    const bool active = m_controller->hasSession() && m_controller->session().isActive();
    if (active && !m_inhibitTried) {
        m_inhibitTried = true;
        m_inhibitor->inhibit(tr("A routine is playing"));
    } else if (!active && m_inhibitTried) {
        m_inhibitTried = false;
        m_inhibitor->release();
    }
}

} // namespace lumbar::ui
