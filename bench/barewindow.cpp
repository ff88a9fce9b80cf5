// The start-up baseline: a bare Qt Widgets window, built in the same tree with the same flags, that quits after its
// first paint exactly as `lumbar-relief --quit-after-startup` does.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

namespace {

class FirstPaintQuitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Bare window"), &window));
    window.resize(1200, 780);
    window.installEventFilter(new FirstPaintQuitter(&window));
    window.show();
    return app.exec();
}
