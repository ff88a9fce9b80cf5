#include "application.h"

#include "atomicfile.h"
#include "clock.h"
#include "firstrunnotice.h"
#include "legacyfolders.h"
#include "ui/care/carepage.h"
#include "ui/care/symptomguidepanel.h"
#include "ui/figures/contactsheet.h"
#include "ui/figures/figurepainter.h"
#include "ui/history/historystore.h"
#include "ui/history/historytext.h"
#include "ui/library/librarypage.h"
#include "ui/progress/progressreport.h"
#include "ui/routines/routinesharing.h"
#include "ui/text/handout.h"

#include "ui/bank/bankstate.h"
#include "ui/player/playerpage.h"
#include "ui/text/uitext.h"
#include "ui/widgets/theme.h"

#include "core/commandline.h"
#include "core/shippedbank.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QTimer>

#include <iostream>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

// Quits once the window has painted for the first time: the end point of the start-up benchmark.
class FirstPaintQuitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Queued, so the paint that triggered this finishes and reaches the screen first.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

// Saves the window as a PNG once it has painted and settled, then quits: scripts/screenshots renders every main
// screen this way in a real X window.
class FirstPaintScreenshot : public QObject
{
public:
    FirstPaintScreenshot(QWidget *window, QString path)
        : QObject(window)
        , m_window(window)
        , m_path(std::move(path))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Rich-text pages finish their layout in the next turns of the event loop; give them a moment.
            QTimer::singleShot(300, this, [this] {
                const bool saved = picture().save(m_path, "PNG");
                QCoreApplication::exit(saved ? 0 : 1);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    // The window; or the presentation screen when it covers the window's screen (what the room sees); or, with
    // the presentation on a second screen, both side by side as they stand on the desk.
    QPixmap picture() const
    {
        // A dialog open over the window (the first-run notice) is part of what the user sees.
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(top);
            if (dialog && dialog->isVisible() && dialog->parentWidget() == m_window) {
                QPixmap both = m_window->grab();
                QPainter painter(&both);
                painter.fillRect(both.rect(), QColor(0, 0, 0, 70));
                const QPixmap front = dialog->grab();
                const QPoint at = dialog->geometry().topLeft() - m_window->geometry().topLeft();
                const bool inside = QRect(at, front.size()).intersects(both.rect());
                painter.drawPixmap(inside ? at : QPoint((both.width() - front.width()) / 2, 40), front);
                return both;
            }
        }
        QWidget *presentation = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets())
            if (top->objectName() == u"presentationWindow"_s && top->isVisible())
                presentation = top;
        if (!presentation)
            return m_window->grab();
        if (presentation->screen() == m_window->screen())
            return presentation->grab();
        const QPixmap window = m_window->grab();
        const QPixmap room = presentation->grab();
        const int gap = 32;
        QPixmap both(window.width() + gap + room.width(), std::max(window.height(), room.height()));
        both.fill(QColor(0x30, 0x36, 0x38));
        QPainter painter(&both);
        painter.drawPixmap(0, 0, window);
        painter.drawPixmap(window.width() + gap, 0, room);
        return both;
    }

    QWidget *m_window;
    QString m_path;
    bool m_done = false;
};

} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(u"lumbar-relief"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LUMBAR_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Lumbar Relief"_s);
    QGuiApplication::setDesktopFileName(u"org.lumbarrelief.LumbarRelief"_s);
    // Settings in ~/.config/LumbarRelief, data in ~/.local/share/LumbarRelief/lumbar-relief.
    QCoreApplication::setOrganizationName(u"LumbarRelief"_s);
    if (!moveLegacyFolders()) {
        // Keep using the old places rather than start with an empty history.
        QCoreApplication::setOrganizationName(QString());
    }
}

int runApplication(QApplication &app, const StartOptions &options)
{
    theme::apply(app);
    MainWindow window(loadAppBank(options.bankFolder));
    window.setBankReloader([folder = options.bankFolder] { return loadAppBank(folder); });
    window.showPage(options.page);
    if (!options.editRoutine.isEmpty()) {
        window.showPage(MainWindow::Page::Routines);
        window.openRoutineBuilder(options.editRoutine == u"new"_s ? QString() : options.editRoutine);
    }
    if (!options.showExercise.isEmpty()) {
        window.showPage(MainWindow::Page::Library);
        if (!window.libraryPage()->showExercise(options.showExercise)) {
            std::cerr << "lumbar-relief: no exercise '" << options.showExercise.toStdString()
                      << "' (lumbar-relief --list shows the ids)\n";
            return 2;
        }
    }
    if (options.guide) {
        window.showPage(MainWindow::Page::Care);
        window.carePage()->showGuide();
        window.carePage()->guide()->setPicture(*options.guide);
    }
    if (!options.playRoutine.isEmpty()) {
        if (!window.playRoutine(options.playRoutine)) {
            std::cerr << "lumbar-relief: no routine '" << options.playRoutine.toStdString()
                      << "' (lumbar-relief --list shows the ids)\n";
            return 2;
        }
        PlayerController *player = window.playerPage()->controller();
        // A demo or a screenshot goes straight in, unless it asks for the check-in first.
        window.playerPage()->start(false, options.checkIn);
        if (options.playAtSeconds > 0)
            player->skipAhead(std::chrono::seconds(options.playAtSeconds));
        if (options.pausePlayer)
            player->pause();
        if (options.present)
            window.playerPage()->present();
    }
    if (options.showProblems && !window.bankState().shownProblems().empty())
        window.showProblems();
    if (options.quitAfterStartup)
        window.installEventFilter(new FirstPaintQuitter(&window));
    if (!options.screenshot.isEmpty())
        window.installEventFilter(new FirstPaintScreenshot(&window, options.screenshot));
    window.showPlaced();
    // The start-up benchmark measures a returning user, who has acknowledged the notice already.
    if (!options.quitAfterStartup && FirstRunNotice::needed())
        window.showFirstRunNotice(true);
    return app.exec();
}

int runList(const std::filesystem::path &bankFolder, std::ostream &out, std::ostream &err)
{
    const BankState state = loadAppBank(bankFolder);
    if (state.hasUserErrors()) {
        err << "lumbar-relief: " << state.userFolder.toStdString() << " has "
            << countOf(state.userDiagnostics, Severity::Error)
            << " error(s), so the built-in content is listed; run --validate for details\n";
    }
    printList(*state.bank, out);
    return 0;
}

int runContactSheet(const std::filesystem::path &bankFolder, const QString &out, std::ostream &err)
{
    const BankState state = loadAppBank(bankFolder);
    if (!ContactSheet::render(*state.bank).save(out, "PNG")) {
        err << "lumbar-relief: could not write " << out.toStdString() << "\n";
        return 1;
    }
    return 0;
}

int runExportFigures(
    const std::filesystem::path &bankFolder, const QString &folder, std::ostream &out, std::ostream &err)
{
    const BankState state = loadAppBank(bankFolder);
    if (!QDir().mkpath(folder)) {
        err << "lumbar-relief: could not make the folder " << folder.toStdString() << "\n";
        return 1;
    }
    // Printed on white, whatever the desktop's theme.
    const FigureColors colors = FigureColors::from(QPalette(QColor(0xff, 0xff, 0xff)));
    int written = 0;
    for (const Exercise &e : state.bank->exercises()) {
        if (!e.figure)
            continue;
        const QString path = QDir(folder).filePath(QString::fromStdString(e.id) + u".svg"_s);
        const QByteArray svg = FigurePainter::keyPoseSvg(*e.figure, QSize(480, 320), colors, qs(e.name));
        if (QString error; !writeAtomically(path, svg, &error)) {
            err << "lumbar-relief: could not write " << path.toStdString() << ": " << error.toStdString() << "\n";
            return 1;
        }
        ++written;
    }
    out << "wrote " << written << " figure(s) to " << folder.toStdString() << "\n";
    return 0;
}

int runExportProgress(
    const std::filesystem::path &bankFolder, const QString &out, bool csv, int days, std::ostream &err)
{
    HistoryStore store;
    const HistoryStore::OpenResult opened = store.open();
    if (opened.status != HistoryStore::OpenStatus::Ready && opened.status != HistoryStore::OpenStatus::Replaced) {
        err << "lumbar-relief: " << opened.message.toStdString() << "\n";
        return 1;
    }
    if (!opened.message.isEmpty())
        err << "lumbar-relief: " << opened.message.toStdString() << "\n";
    QString error;
    bool saved = false;
    if (csv) {
        saved = ProgressReport::saveCsv(store.sessions(), out, &error);
    } else {
        const QDate today = Clock::system().today();
        const ProgressReport report(store.sessions(), store.activities(), store.ratings(), store.flags(),
            loadAppBank(bankFolder).bank, lastDays(HistoryText::day(today), days), today);
        saved = report.savePdf(out, &error);
    }
    if (!saved) {
        err << "lumbar-relief: could not write " << out.toStdString() << ": " << error.toStdString() << "\n";
        return 1;
    }
    return 0;
}

int runExportPdf(const std::filesystem::path &bankFolder, const QString &routine, const QString &out, std::ostream &err)
{
    if (out.isEmpty()) {
        err << "lumbar-relief: --export-pdf needs the PDF to write: --export-pdf ROUTINE_ID_OR_FILE OUT.pdf\n";
        return 2;
    }
    const BankState state = loadAppBank(bankFolder);
    std::shared_ptr<const ContentBank> bank = state.bank;
    std::string routineId = routine.toStdString();
    if (QFileInfo(routine).isFile()) {
        // A routine file, as exported or received: read over the bank in use, so its exercises resolve.
        const RoutineSharing::Read read = RoutineSharing(state, state.userFolder).readRoutineFile(routine);
        for (const QString &line : read.problems)
            err << line.toStdString() << "\n";
        if (!read.bank) {
            err << "lumbar-relief: no handout was made: " << read.error.toStdString() << "\n";
            return 1;
        }
        bank = read.bank;
        routineId = read.routineId;
    }
    const Routine *found = bank->routine(routineId);
    if (!found) {
        err << "lumbar-relief: no routine '" << routineId << "' (lumbar-relief --list shows the ids)\n";
        return 1;
    }
    QString error;
    if (!Handout(*bank, *found).savePdf(out, &error)) {
        err << "lumbar-relief: could not write " << out.toStdString() << ": " << error.toStdString() << "\n";
        return 1;
    }
    return 0;
}

bool pageFromName(const QString &name, MainWindow::Page *page)
{
    const QString key = name.trimmed().toLower();
    if (key == u"library"_s)
        *page = MainWindow::Page::Library;
    else if (key == u"routines"_s)
        *page = MainWindow::Page::Routines;
    else if (key == u"care"_s)
        *page = MainWindow::Page::Care;
    else if (key == u"progress"_s)
        *page = MainWindow::Page::Progress;
    else
        return false;
    return true;
}

} // namespace lumbar::ui
