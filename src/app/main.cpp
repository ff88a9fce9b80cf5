// lumbar-relief: parses the command line and starts the application; the work is done in lumbar_ui.
#include "core/commandline.h"
#include "core/freeexercisedb.h"
#include "ui/app/application.h"
#include "ui/bank/bankstate.h"
#include "ui/text/language.h"

#include <QApplication>
#include <QCommandLineParser>

#include <filesystem>
#include <iostream>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {

// Options that print and exit must work with no display, so they get a QCoreApplication. The choice has to
// be made before any application object exists, hence this scan of the raw arguments.
bool wantsConsoleOnly(int argc, char *argv[])
{
    constexpr std::string_view consoleOptions[] = {
        "-h", "--help", "--help-all", "-?", "-v", "--version", "--list", "--validate", "--import-free-exercise-db"};
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--")
            break;
        for (const std::string_view option : consoleOptions)
            if (arg == option || (arg.size() > option.size() && arg.starts_with(option) && arg[option.size()] == '='))
                return true;
    }
    return false;
}

// True for the options that only write files (a PDF, figures, a contact sheet) and need no window.
bool wantsFileOutputOnly(int argc, char *argv[])
{
    constexpr std::string_view fileOptions[] = {
        "--export-pdf", "--export-figures", "--contact-sheet", "--export-progress-pdf", "--export-history-csv"};
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        for (const std::string_view option : fileOptions)
            if (arg == option || (arg.size() > option.size() && arg.starts_with(option) && arg[option.size()] == '='))
                return true;
    }
    return false;
}

// The value of `--name VALUE` or `--name=VALUE` as the raw bytes the shell passed. Qt decodes arguments to text,
// which loses bytes that are not UTF-8; a folder name must reach the file system unchanged.
std::filesystem::path rawValue(int argc, char *argv[], std::string_view name)
{
    std::filesystem::path value;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--")
            break;
        if (arg == name && i + 1 < argc)
            value = argv[++i];
        else if (arg.size() > name.size() && arg.starts_with(name) && arg[name.size()] == '=')
            value = std::string(arg.substr(name.size() + 1));
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    lumbar::ui::setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Exercises, routines and care information for a pinched nerve in the lower back (sciatica).\n"
        "Education, not diagnosis: check with your clinician."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption bank(u"bank"_s, u"Lay the content bank in DIR over the built-in one."_s, u"DIR"_s);
    const QCommandLineOption validate(u"validate"_s,
        u"Check the content bank in DIR (over the built-in one), print every "
        "problem and exit: 1 if there is an error, 0 otherwise."_s,
        u"DIR"_s);
    const QCommandLineOption list(
        u"list"_s, u"Print the ids and names of the exercises and routines in use, and exit."_s);
    const QCommandLineOption page(
        u"page"_s, u"Open on PAGE: library (default), routines, care or progress."_s, u"PAGE"_s);
    const QCommandLineOption showProblems(
        u"show-problems"_s, u"Open the list of problems in the bank folder, if it has any."_s);
    const QCommandLineOption screenshot(u"screenshot"_s,
        u"Save the window as a PNG FILE once it has painted, and quit (used by scripts/screenshots)."_s, u"FILE"_s);
    const QCommandLineOption quitAfterStartup(
        u"quit-after-startup"_s, u"Show the window and quit as soon as it has painted (start-up benchmark)."_s);
    const QCommandLineOption play(
        u"play"_s, u"Start the routine ROUTINE straight away (see --list for the ids)."_s, u"ROUTINE"_s);
    const QCommandLineOption present(u"present"_s,
        u"With --play: show the player full screen on a second screen if there is one (the controls stay in the "
        "window), else full screen on this one."_s);
    const QCommandLineOption at(u"at"_s,
        u"With --play: pick up SECONDS into the routine, as if it had been playing that long (demos, screenshots)."_s,
        u"SECONDS"_s);
    const QCommandLineOption pause(u"pause"_s, u"With --play: start paused."_s);
    const QCommandLineOption checkIn(
        u"check-in"_s, u"With --play: open on the check-in before the routine, as its Start button does."_s);
    const QCommandLineOption guide(u"guide"_s,
        u"Open the symptoms guide with PICTURE marked: where, then what, in bank spellings, for example "
        "left-buttock,left-thigh:aching,tingling."_s,
        u"PICTURE"_s);
    const QCommandLineOption contactSheet(u"contact-sheet"_s,
        u"Save the key pose of every exercise, with its name, as one PNG FILE, and exit."_s, u"FILE"_s);
    const QCommandLineOption exportFigures(u"export-figures"_s,
        u"Save the key pose of every exercise as an SVG file named after its id in DIR (made if missing), and exit."_s,
        u"DIR"_s);
    const QCommandLineOption importFreeExerciseDb(u"import-free-exercise-db"_s,
        u"Import the exercises in FILE (the public free-exercise-db format) into your bank folder, or into the one "
        "--into names, list any that could not be imported, and exit."_s,
        u"FILE"_s);
    const QCommandLineOption into(
        u"into"_s, u"With --import-free-exercise-db: the bank folder DIR to import into."_s, u"DIR"_s);
    const QCommandLineOption exportPdf(u"export-pdf"_s,
        u"Save the handout of ROUTINE (an id, see --list, or a routine file) as the PDF named after it, and exit: "
        "--export-pdf ROUTINE OUT.pdf. Needs no display."_s,
        u"ROUTINE"_s);
    const QCommandLineOption exportProgressPdf(u"export-progress-pdf"_s,
        u"Save the one-page progress summary of your history (the last 30 days, or --days) as the PDF FILE, and "
        "exit. Needs no display."_s,
        u"FILE"_s);
    const QCommandLineOption days(
        u"days"_s, u"With --export-progress-pdf: the last N days (30 unless given)."_s, u"N"_s, u"30"_s);
    const QCommandLineOption exportHistoryCsv(u"export-history-csv"_s,
        u"Save every session of your history as the CSV FILE (one row per session), and exit."_s, u"FILE"_s);
    const QCommandLineOption showExercise(
        u"show-exercise"_s, u"Open the library on EXERCISE (see --list for the ids)."_s, u"EXERCISE"_s);
    const QCommandLineOption editRoutine(u"edit-routine"_s,
        u"Open the routine builder on ROUTINE: one of yours to change, a built-in one to copy, or 'new'."_s,
        u"ROUTINE"_s);
    const QCommandLineOption language(
        u"language"_s, u"Show the app in LANGUAGE (en or es) this time, whatever Settings say."_s, u"LANGUAGE"_s);
    parser.addOptions({bank, validate, list, page, showProblems, screenshot, quitAfterStartup, play, present, at, pause,
        checkIn, guide, contactSheet, exportFigures, importFreeExerciseDb, into, exportPdf, exportProgressPdf, days,
        exportHistoryCsv, showExercise, editRoutine, language});

    if (wantsConsoleOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        parser.process(app); // handles --help and --version, and exits on a bad command line
        if (parser.isSet(validate))
            return lumbar::runValidate(rawValue(argc, argv, "--validate"), std::cout, std::cerr);
        if (parser.isSet(importFreeExerciseDb)) {
            const std::filesystem::path folder = parser.isSet(into)
                ? rawValue(argc, argv, "--into")
                : std::filesystem::path(lumbar::ui::defaultUserBankFolder().toStdString());
            return lumbar::runImportFreeExerciseDb(
                rawValue(argc, argv, "--import-free-exercise-db"), folder, std::cout, std::cerr);
        }
        return lumbar::ui::runList(rawValue(argc, argv, "--bank"), std::cout, std::cerr);
    }

    // Drawing into files needs no screen: without a display these run on Qt's offscreen platform.
    if (wantsFileOutputOnly(argc, argv) && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    parser.process(app);
    lumbar::ui::language::install(parser.isSet(language) ? parser.value(language) : lumbar::ui::language::chosen());
    if (parser.isSet(exportPdf))
        return lumbar::ui::runExportPdf(
            rawValue(argc, argv, "--bank"), parser.value(exportPdf), parser.positionalArguments().value(0), std::cerr);
    if (parser.isSet(exportProgressPdf) || parser.isSet(exportHistoryCsv)) {
        bool ok = false;
        const int period = parser.value(days).toInt(&ok);
        if (!ok || period < 1) {
            std::cerr << "lumbar-relief: --days needs a number of days\n";
            return 2;
        }
        const bool csv = parser.isSet(exportHistoryCsv);
        return lumbar::ui::runExportProgress(rawValue(argc, argv, "--bank"),
            csv ? parser.value(exportHistoryCsv) : parser.value(exportProgressPdf), csv, period, std::cerr);
    }
    if (parser.isSet(contactSheet))
        return lumbar::ui::runContactSheet(rawValue(argc, argv, "--bank"), parser.value(contactSheet), std::cerr);
    if (parser.isSet(exportFigures))
        return lumbar::ui::runExportFigures(
            rawValue(argc, argv, "--bank"), parser.value(exportFigures), std::cout, std::cerr);
    lumbar::ui::StartOptions options;
    options.bankFolder = rawValue(argc, argv, "--bank");
    options.quitAfterStartup = parser.isSet(quitAfterStartup);
    options.showProblems = parser.isSet(showProblems);
    options.screenshot = parser.value(screenshot);
    options.playRoutine = parser.value(play);
    options.present = parser.isSet(present);
    options.pausePlayer = parser.isSet(pause);
    options.checkIn = parser.isSet(checkIn);
    if (parser.isSet(at)) {
        bool ok = false;
        options.playAtSeconds = parser.value(at).toInt(&ok);
        if (!ok || options.playAtSeconds < 0) {
            std::cerr << "lumbar-relief: --at needs a number of seconds\n";
            return 2;
        }
    }
    options.editRoutine = parser.value(editRoutine);
    options.showExercise = parser.value(showExercise);
    if (parser.isSet(guide)) {
        options.guide = lumbar::SymptomPicture::parse(parser.value(guide).toStdString());
        if (!options.guide) {
            std::cerr << "lumbar-relief: --guide needs places and feelings such as "
                         "left-buttock,left-thigh:aching,tingling\n";
            return 2;
        }
    }
    if (parser.isSet(page) && !lumbar::ui::pageFromName(parser.value(page), &options.page)) {
        std::cerr << "lumbar-relief: unknown page '" << parser.value(page).toStdString()
                  << "' (use library, routines, care or progress)\n";
        return 2;
    }
    return lumbar::ui::runApplication(app, options);
}
