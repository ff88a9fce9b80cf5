#include "routinesharing.h"

#include "routinestore.h"
#include "ui/app/atomicfile.h"
#include "ui/text/uitext.h"

#include "core/bank/bankloader.h"
#include "core/routinefile.h"
#include "core/shippedbank.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <utility>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

QStringList linesOf(const std::vector<Diagnostic> &problems)
{
    QStringList lines;
    for (const Diagnostic &d : problems)
        lines << qs(formatDiagnostic(d));
    return lines;
}

} // namespace

RoutineSharing::RoutineSharing(const BankState &state, QString userBankFolder)
    : m_state(state)
    , m_userBankFolder(std::move(userBankFolder))
{
}

RoutineSharing::Outcome RoutineSharing::exportRoutine(const QString &routineId, const QString &path) const
{
    const Routine *routine = m_state.bank->routine(toStd(routineId));
    if (!routine)
        return {};
    const std::string text = routineShareText(*routine, *m_state.bank, *shippedBank());
    if (QString error; !writeAtomically(path, QByteArrayView(text), &error))
        return {false, routineId, tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), error), {}};
    return {true, routineId, tr("Exported “%1” as %2.").arg(qs(routine->name), QDir::toNativeSeparators(path)), {}};
}

RoutineSharing::Outcome RoutineSharing::importRoutine(const QString &path) const
{
    const auto refuse = [](const QString &text, const QString &details = {}) {
        return Outcome{false, {}, text, details};
    };
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly) || in.size() > static_cast<qint64>(BankLoader::kMaxFileBytes))
        return refuse(tr("“%1” could not be read.").arg(QDir::toNativeSeparators(path)));
    BankLayer user;
    const QFileInfo info(path);
    const SharedRoutineCheck check =
        checkSharedRoutine({QFile::encodeName(info.fileName()).toStdString(), in.readAll().toStdString()},
            QFile::encodeName(info.absolutePath()).toStdString(), baseLayers(user), *m_state.bank);
    if (!check.problems.empty()) {
        const QStringList lines = linesOf(check.problems);
        return refuse(tr("“%1” has %n problem(s), so nothing was saved. The details list each one with where it is.",
                          nullptr, static_cast<int>(lines.size()))
                          .arg(info.fileName()),
            lines.join(u'\n'));
    }
    if (!check.ok())
        return refuse(tr("Nothing was saved from “%1”: %2.").arg(info.fileName(), qs(check.otherProblem)));
    Routine routine = *check.routine;
    const RoutineStore store;
    if (m_state.bank->routine(routine.id) || store.contains(qs(routine.id)))
        routine.id = uniqueRoutineId(routine.name.text(), [this, &store](std::string_view id) {
            return m_state.bank->routine(id) != nullptr || store.contains(qs(id));
        });
    if (!check.exercises.empty() || !check.sources.empty()) {
        const QDir folder(m_userBankFolder);
        if (!folder.mkpath(u"."_s))
            return refuse(tr("Your bank folder could not be made."));
        const std::string bank = bankFileText(check.exercises, check.sources);
        if (QString why;
            !writeAtomically(folder.filePath(qs(routine.id) + u"-exercises.json"_s), QByteArrayView(bank), &why))
            return refuse(tr("The routine's exercises could not be saved: %1").arg(why));
    }
    if (QString error; !store.save(routine, &error))
        return refuse(tr("The routine could not be saved: %1").arg(error));
    return {true, qs(routine.id), tr("Imported the routine “%1”.").arg(qs(routine.name)), {}};
}

std::vector<const BankLayer *> RoutineSharing::baseLayers(BankLayer &user) const
{
    std::vector<const BankLayer *> layers{&shippedBankLayer()};
    if (m_state.usingUserBank) {
        user = BankLoader::readFolder(QFile::encodeName(m_state.userFolder).toStdString());
        layers.push_back(&user);
    }
    return layers;
}

RoutineSharing::Read RoutineSharing::readRoutineFile(const QString &path) const
{
    Read out;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly) || in.size() > static_cast<qint64>(BankLoader::kMaxFileBytes)) {
        out.error = tr("“%1” could not be read.").arg(QDir::toNativeSeparators(path));
        return out;
    }
    const QFileInfo info(path);
    BankLayer file;
    file.folder = QFile::encodeName(info.absolutePath()).toStdString();
    file.files.push_back({QFile::encodeName(path).toStdString(), in.readAll().toStdString()});
    BankLayer user;
    std::vector<const BankLayer *> layers = baseLayers(user);
    const SharedRoutineCheck check = checkSharedRoutine(file.files.front(), file.folder, layers, *m_state.bank);
    out.problems = linesOf(check.problems);
    if (!check.ok()) {
        out.error = check.otherProblem.empty() ? tr("“%1” has problems.").arg(info.fileName()) : qs(check.otherProblem);
        return out;
    }
    layers.push_back(&file);
    const LoadResult loaded = BankLoader::load(layers);
    if (!loaded.ok()) {
        out.problems += linesOf(loaded.diagnostics);
        out.error = tr("“%1” has problems.").arg(info.fileName());
        return out;
    }
    out.bank = loaded.bank;
    out.routineId = check.routine->id;
    return out;
}

} // namespace lumbar::ui
