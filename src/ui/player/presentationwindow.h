// PresentationWindow: the player full screen with room-sized type, for a projector or a second screen in clinic.
// On a second screen it only shows; on the only screen it carries the controls too. Esc closes it.
#pragma once

#include <QWidget>

class QScreen;

namespace lumbar::ui {

class PlayerController;
class PlayerControlBar;
class PlayerView;

class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationWindow(PlayerController *controller, QWidget *parent = nullptr);

    // Full screen on `screen`; `withControls` when it covers the screen the therapist works on.
    void present(QScreen *screen, bool withControls);

    PlayerView *view() const { return m_view; }
    PlayerControlBar *controls() const { return m_controls; }

signals:
    void closed();
    void stopRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    PlayerController *m_controller;
    bool m_withControls = true;
    PlayerView *m_view;
    PlayerControlBar *m_controls;
};

} // namespace lumbar::ui
