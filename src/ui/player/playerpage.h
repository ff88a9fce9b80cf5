// PlayerPage: the main window's player. Before the start it lists the session's exercises with their dosage, which a
// therapist may change for this session; then it plays the routine with the controls, and can put it on a
// presentation screen while keeping the controls and a preview here.
#pragma once

#include "playercontroller.h"

#include "core/history.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QScreen;
class QScrollArea;
class QStackedWidget;
class QTableWidget;

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class CheckInPanel;
class CueAnnouncer;
class DosageTable;
class GuardNotice;
class HistoryStore;
class LeftOutNote;
class PlayerControlBar;
class PlayerView;
class PresentationWindow;
class SafetyState;
class ScreenSaverInhibitor;
class SessionLogger;
class UrgentNotice;
class SoundCues;
class VoiceCues;

class PlayerPage : public QWidget
{
    Q_OBJECT

public:
    // With no clock, the computer's: steady time for the player, wall time for the history. It must outlive this.
    explicit PlayerPage(QWidget *parent = nullptr, const Clock *clock = nullptr);
    ~PlayerPage() override;

    void setBank(std::shared_ptr<const ContentBank> bank);
    // With a "yes" to a warning sign not yet followed by seeking care, the urgent notice shows instead of the
    // Start buttons, and start() does nothing.
    void setSafety(SafetyState *safety);

    // Shows the before-you-start list for a routine or a single exercise; false if there is no such id.
    bool prepareRoutine(const QString &id);
    bool prepareExercise(const QString &id);
    // Keeps the private history in `store` (null: none). With a store a routine starts and ends with a check-in,
    // and "This makes it worse" flags the exercise.
    void setHistory(HistoryStore *store);
    // Starts the prepared session with the dosage changes made in the list — after the check-in, when there is a
    // history and `checkIn` — and with `present`, on the presentation screen.
    void start(bool present = false, bool checkIn = true);
    // "This makes it worse": pauses and asks where symptoms reach now; then stops the exercise, logs it and applies
    // the centralisation guard.
    void reportWorse();
    // Opens the presentation screen: on `screen`, or on a screen other than this window's if there is one, else
    // full screen here with its own controls.
    void present(QScreen *screen = nullptr);
    // Asks before ending a running routine (Esc, the Stop button).
    void requestStop();

    // Beeps and the voice, remembered in the settings (on unless the user turned them off).
    static bool soundSetting();
    static bool voiceSetting();
    // The check-ins before and after a routine (on unless the user turned them off).
    static bool checkInSetting();
    static void setCheckInSetting(bool on);
    void setSoundOn(bool on);
    void setVoiceOn(bool on);

    PlayerController *controller() const { return m_controller; }
    PlayerView *view() const { return m_view; }
    PlayerControlBar *controls() const { return m_controls; }
    PresentationWindow *presentation() const; // null until presented
    CheckInPanel *checkInBefore() const { return m_checkInBefore; }
    CheckInPanel *checkInAfter() const { return m_checkInAfter; }
    SessionLogger *logger() const { return m_logger; }
    bool isPreparing() const;
    QString title() const;

signals:
    // Leave the player (the Done or Back button).
    void closeRequested();
    // The user switched the beeps or the voice here; the settings already say so.
    void cueSettingsChanged();
    // An exercise was flagged for this user (the library shows it).
    void flagsChanged();

private:
    void buildSetup();
    QWidget *buildPlaying();
    void showGuard();
    void chooseScreenAndPresent();
    void buildCheckIns();
    // Shows the stack's page that holds `page` (each sits in a scroll area).
    void showInStack(QWidget *page);
    void beginPlaying(const CheckIn &before);
    void afterCheckInDone(bool skipped);
    void stopWorseItem(const CheckIn &report);
    void rebuildPlan();
    void updateStartButtons();
    // The marks that stand (not cleared) in the history; none without one.
    std::vector<ExerciseFlag> standingMarks() const;
    // What the rest of today leaves out, alike to exercises marked today (`reported`, named for the note).
    struct Today
    {
        std::vector<std::string> exercises;
        QString reported;
    };
    Today leftOutToday(const std::vector<ExerciseFlag> &standing) const;
    void onChanged();
    void updateInhibitor();

    const Clock &m_clock;
    std::shared_ptr<const ContentBank> m_bank;
    QString m_routineId;
    QString m_exerciseId;
    QString m_sessionTitle; // the routine's or exercise's name
    Routine m_playable; // the routine being prepared without its marked exercises
    bool m_markedExercise = false; // the single exercise being prepared is marked
    bool m_madeWorse = false; // this session made symptoms worse: "Do it again" is not offered
    // The bank the session in the player was planned from: its steps point into it, so it stays while the session
    // does, even when a newer bank is in use.
    std::shared_ptr<const ContentBank> m_sessionBank;
    std::vector<std::string> m_changes; // per plan item: this session's dosage change in words
    bool m_presentOnStart = false;
    bool m_afterAsked = false; // the after check-in was shown for this session

    PlayerController *m_controller;
    SoundCues *m_sound;
    VoiceCues *m_voice;
    CueAnnouncer *m_announcer;
    std::unique_ptr<ScreenSaverInhibitor> m_inhibitor;
    bool m_inhibitTried = false;

    QStackedWidget *m_stack;
    // Before the start
    QLabel *m_setupTitle;
    QLabel *m_setupPurpose;
    DosageTable *m_table;
    QScrollArea *m_playingScroll = nullptr;
    QLabel *m_setupTotal;
    QPushButton *m_startButton;
    QPushButton *m_presentButton;
    UrgentNotice *m_urgent;
    LeftOutNote *m_leftOut;
    SafetyState *m_safety = nullptr;
    // Playing
    PlayerView *m_view;
    PlayerControlBar *m_controls;
    QLabel *m_notice;
    QPushButton *m_presentLive;
    QPushButton *m_doneButton;
    QPushButton *m_againButton;
    QPointer<PresentationWindow> m_presentation;
    QPushButton *m_worseButton;
    GuardNotice *m_guard;
    LeftOutNote *m_leftOutPlaying;
    // History
    SessionLogger *m_logger;
    CheckInPanel *m_checkInBefore = nullptr;
    CheckInPanel *m_checkInAfter = nullptr;
};

} // namespace lumbar::ui
