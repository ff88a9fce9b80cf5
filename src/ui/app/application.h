// Application: what main() starts — the window with the bank in use, and the --list report — so main.cpp
// only parses the command line.
#pragma once

#include "mainwindow.h"

#include "core/symptomguide.h"

#include <QString>

#include <filesystem>
#include <optional>
#include <ostream>

class QApplication;

namespace lumbar::ui {

struct StartOptions
{
    std::filesystem::path bankFolder; // --bank, as raw bytes; empty: the default user folder if it exists
    MainWindow::Page page = MainWindow::Page::Library;
    bool quitAfterStartup = false; // quit once the window has painted (start-up benchmark)
    bool showProblems = false; // open the bank problems panel (when there are any)
    QString screenshot; // save the window as this PNG once it has painted, then quit (scripts/screenshots)
    QString playRoutine; // --play: start this routine straight away
    bool present = false; // --present: and put it on the presentation screen
    int playAtSeconds = 0; // --at: as if it had started this many seconds ago (demos, screenshots)
    bool pausePlayer = false; // --pause: and hold it still there
    bool checkIn = false; // --check-in: open on the check-in before it, as the Start button does
    std::optional<SymptomPicture> guide; // --guide: open the symptoms guide with this marked
    QString editRoutine; // --edit-routine: open the routine builder on this routine ("new" for a new one)
    QString showExercise; // --show-exercise: open the library on this exercise
};

// Names that QStandardPaths and QSettings build paths from; call before creating the application object.
void setApplicationIdentity();

// Shows the main window and runs the event loop; returns the exit code.
int runApplication(QApplication &app, const StartOptions &options);

// --list: the exercises and routines of the bank in use. Problems in the user's folder go to `err`.
int runList(const std::filesystem::path &bankFolder, std::ostream &out, std::ostream &err);

// --contact-sheet: every exercise's key pose in one PNG at `out`. Returns the exit code.
int runContactSheet(const std::filesystem::path &bankFolder, const QString &out, std::ostream &err);

// --export-figures: every exercise's key pose as `<id>.svg` in `folder`, each written whole or not at all. Returns
// the exit code.
int runExportFigures(
    const std::filesystem::path &bankFolder, const QString &folder, std::ostream &out, std::ostream &err);

// --export-pdf: the handout of the routine `routine` names — a routine id in the bank in use, or a routine file (read
// over that bank) — saved as a PDF at `out`. Returns the exit code; problems go to `err`.
// --export-progress-pdf / --export-history-csv: the history as the one-page summary of the last `days` days, or as
// CSV, written to `out`. Returns the exit code.
int runExportProgress(
    const std::filesystem::path &bankFolder, const QString &out, bool csv, int days, std::ostream &err);

int runExportPdf(
    const std::filesystem::path &bankFolder, const QString &routine, const QString &out, std::ostream &err);

// "library", "routines" or "care"; false for anything else.
bool pageFromName(const QString &name, MainWindow::Page *page);

} // namespace lumbar::ui
