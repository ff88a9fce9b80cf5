#include "bankfolderwatcher.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

BankFolderWatcher::BankFolderWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(300);
    const auto touched = [this] {
        rewatch(); // a file renamed over another is a new file to the system
        m_settle->start();
    };
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, touched);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, touched);
    connect(m_settle, &QTimer::timeout, this, &BankFolderWatcher::changed);
}

void BankFolderWatcher::watch(const QString &folder)
{
    stop();
    m_folder = folder;
    rewatch();
}

void BankFolderWatcher::stop()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_settle->stop();
    m_folder.clear();
}

void BankFolderWatcher::rewatch()
{
    if (m_folder.isEmpty())
        return;
    if (!m_watcher->directories().contains(m_folder))
        m_watcher->addPath(m_folder);
    const QDir dir(m_folder);
    QStringList files;
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files))
        if (!m_watcher->files().contains(dir.filePath(name)))
            files << dir.filePath(name);
    if (!files.isEmpty())
        m_watcher->addPaths(files);
}

} // namespace lumbar::ui
