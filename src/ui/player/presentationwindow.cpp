#include "presentationwindow.h"

#include "playercontrolbar.h"
#include "playercontroller.h"
#include "playerview.h"

#include <QCloseEvent>
#include <QScreen>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

PresentationWindow::PresentationWindow(PlayerController *controller, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_controller(controller)
    , m_view(new PlayerView(controller, this))
    , m_controls(new PlayerControlBar(controller, false, this))
{
    setObjectName(u"presentationWindow"_s);
    setWindowTitle(tr("Lumbar Relief — presentation"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_view->setPresentation(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_controls);
    PlayerControlBar::installShortcuts(this, controller, [this] { close(); });
    connect(m_controls, &PlayerControlBar::stopRequested, this, &PresentationWindow::stopRequested);
    // Once the routine is over there is nothing to control; the summary fills the screen.
    connect(controller, &PlayerController::changed, this, [this, controller] {
        const bool over = controller->hasSession() && controller->session().isOver();
        m_controls->setVisible(m_withControls && !over);
    });
}

void PresentationWindow::present(QScreen *screen, bool withControls)
{
    m_withControls = withControls;
    m_controls->setVisible(withControls && !(m_controller->hasSession() && m_controller->session().isOver()));
    if (screen) {
        // Place the window on the screen first: a full-screen window fills the screen it is on.
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
    emit closed();
}

} // namespace lumbar::ui
