// RoutinesPage: the bank's routines in a list, with the chosen routine's exercises and their dosage.
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QListView;
class QPushButton;

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class RoutineListModel;
class SafeTextBrowser;

class RoutinesPage : public QWidget
{
    Q_OBJECT

public:
    explicit RoutinesPage(QWidget *parent = nullptr);

    void setBank(std::shared_ptr<const ContentBank> bank);
    bool showRoutine(const QString &id);
    QString currentRoutineId() const;

    QListView *listView() const { return m_list; }
    SafeTextBrowser *detailView() const { return m_detail; }
    QPushButton *startButton() const { return m_start; }

signals:
    void exerciseLinkClicked(const QString &exerciseId);
    // The user wants to play the routine (`present`: on the presentation screen).
    void startRequested(const QString &routineId, bool present);

private:
    void onCurrentChanged(const QModelIndex &current);

    std::shared_ptr<const ContentBank> m_bank;
    RoutineListModel *m_model;
    QLabel *m_count;
    QListView *m_list;
    SafeTextBrowser *m_detail;
    QPushButton *m_start;
    QPushButton *m_present;
};

} // namespace lumbar::ui
