// BankFolderWatcher: tells when the files in a bank folder change, for live editing. Editors save in several steps
// (write a temporary file, rename it over the old one), so changes are gathered for a moment and told once, and
// every .json file is watched afresh after each change.
#pragma once

#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace lumbar::ui {

class BankFolderWatcher : public QObject
{
    Q_OBJECT

public:
    explicit BankFolderWatcher(QObject *parent = nullptr);

    void watch(const QString &folder);
    void stop();
    bool isWatching() const { return !m_folder.isEmpty(); }
    const QString &folder() const { return m_folder; }

signals:
    // The folder's files changed; told once per burst of saves.
    void changed();

private:
    void rewatch();

    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    QString m_folder;
};

} // namespace lumbar::ui
