#include "bankstate.h"

#include "ui/routines/routinestore.h"

#include "core/shippedbank.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

QString defaultUserBankFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base.isEmpty() ? QString() : QDir(base).filePath(u"bank"_s);
}

BankState loadBankState(
    const BankLayer &builtIn, const BankLayer *user, const QString &userFolder, const BankLayer *routines)
{
    LayeredBank layered = loadWithFallback(builtIn, user, routines);
    BankState state;
    state.userDiagnostics = std::move(layered.userDiagnostics);
    state.usingUserBank = layered.usingUserBank;
    state.userFolder = user ? userFolder : QString();
    state.bank = std::move(layered.bank);
    state.builtInDiagnostics = std::move(layered.builtInDiagnostics);
    state.routineDiagnostics = std::move(layered.routineDiagnostics);
    state.leftOutRoutineFiles = std::move(layered.leftOutRoutineFiles);
    if (!state.bank)
        state.bank = std::make_shared<const ContentBank>();
    return state;
}

BankState loadAppBank(const std::filesystem::path &bankOption)
{
    std::filesystem::path folder = bankOption;
    if (folder.empty()) {
        const QString fallback = defaultUserBankFolder();
        if (!fallback.isEmpty() && QFileInfo(fallback).isDir())
            folder = QFile::encodeName(fallback).toStdString();
    }
    const BankLayer routines = RoutineStore().read();
    if (folder.empty())
        return loadBankState(shippedBankLayer(), nullptr, {}, &routines);
    const BankLayer user = BankLoader::readFolder(folder);
    const QString shown = QFile::decodeName(QByteArray::fromStdString(folder.string()));
    return loadBankState(shippedBankLayer(), &user, QDir::toNativeSeparators(shown), &routines);
}

} // namespace lumbar::ui
