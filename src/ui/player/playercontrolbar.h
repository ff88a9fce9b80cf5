// PlayerControlBar: the player's buttons (previous, restart, pause, next, add time, stop, sound and voice), and the
// keyboard and presenter-clicker keys that do the same, for the main window's player and the presentation screen.
#pragma once

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLayout;
class QPushButton;
class QToolButton;

namespace lumbar::ui {

class PlayerController;

class PlayerControlBar : public QWidget
{
    Q_OBJECT

public:
    // `withSettings`: also show the sound and voice switches (the presentation screen leaves them to the window).
    PlayerControlBar(PlayerController *controller, bool withSettings, QWidget *parent = nullptr);

    // Space pause/resume, Right/PageDown next, Left/PageUp previous, R restart, plus (+) add 15 s, anywhere in
    // `scope` (a page or a window). Esc calls `onEscape`.
    static void installShortcuts(QWidget *scope, PlayerController *controller, std::function<void()> onEscape);

    void setSoundChecked(bool on);
    void setVoiceChecked(bool on);
    QPushButton *pauseButton() const { return m_pause; }
    QSize minimumSizeHint() const override;

signals:
    void stopRequested();
    void soundToggled(bool on);
    void voiceToggled(bool on);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void arrange();
    void paintIcons();
    int rowWidth(const QLayout *row) const;
    int oneRowWidth() const;

    PlayerController *m_controller;
    QPushButton *m_previous;
    QPushButton *m_restart;
    QPushButton *m_pause;
    QPushButton *m_next;
    QPushButton *m_addTime;
    QPushButton *m_stop;
    QToolButton *m_sound = nullptr;
    QToolButton *m_voice = nullptr;
    QHBoxLayout *m_first = nullptr; // the buttons, and the switches and Stop when they fit beside them
    QHBoxLayout *m_second = nullptr; // the switches and Stop when they do not
    QHBoxLayout *m_end = nullptr; // the switches and Stop, in whichever row they stand
};

} // namespace lumbar::ui
