#include "legacyfolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

// QSettings' file for an application with no organisation name.
QString legacySettingsFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(u"Unknown Organization/"_s + QCoreApplication::applicationName() + u".conf"_s);
}

// AppDataLocation with no organisation name.
QString legacyDataFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QCoreApplication::applicationName());
}

void moveSettings()
{
    const QString oldFile = legacySettingsFile();
    QSettings current;
    if (!QFileInfo::exists(oldFile) || QFileInfo::exists(current.fileName()))
        return;
    const QSettings old(oldFile, QSettings::IniFormat);
    for (const QString &key : old.allKeys())
        current.setValue(key, old.value(key));
    current.sync();
    // The old file goes only once every answer is safely in the new one.
    if (current.status() == QSettings::NoError && QFile::remove(oldFile))
        QDir().rmdir(QFileInfo(oldFile).absolutePath());
}

} // namespace

bool moveLegacyFolders()
{
    moveSettings();
    const QString oldData = legacyDataFolder();
    const QString newData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (oldData == newData || !QFileInfo(oldData).isDir() || QFileInfo::exists(newData))
        return true;
    // A rename within one file system is atomic: the history database and its journal move together.
    return QDir().mkpath(QFileInfo(newData).absolutePath()) && QDir().rename(oldData, newData);
}

} // namespace lumbar::ui
