#include "routinestore.h"

#include "ui/app/atomicfile.h"
#include "ui/text/uitext.h"

#include "core/routinefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

RoutineStore::RoutineStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString RoutineStore::defaultFolder()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return data.isEmpty() ? QString() : data + u"/routines"_s;
}

BankLayer RoutineStore::read() const
{
    if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir())
        return {};
    return BankLoader::readFolder(QFile::encodeName(m_folder).toStdString());
}

QStringList RoutineStore::ids() const
{
    if (m_folder.isEmpty())
        return {};
    QStringList out;
    for (const QFileInfo &f : QDir(m_folder).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name))
        out << f.completeBaseName();
    return out;
}

bool RoutineStore::save(const Routine &routine, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_folder.isEmpty())
        return fail(QObject::tr("There is no folder for your routines on this computer."));
    if (!QDir().mkpath(m_folder))
        return fail(QObject::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(m_folder)));
    const std::string text = routineFileText(routine);
    QString why;
    if (!writeAtomically(m_folder + u'/' + qs(routine.id) + u".json"_s, QByteArrayView(text), &why))
        return fail(why);
    return true;
}

bool RoutineStore::remove(const QString &id, QString *error) const
{
    QFile file(QDir(m_folder).filePath(id + u".json"_s));
    if (!file.exists()) {
        if (error)
            *error = QCoreApplication::translate("RoutineStore", "there is no such routine of yours");
        return false;
    }
    if (file.moveToTrash() || file.remove())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace lumbar::ui
