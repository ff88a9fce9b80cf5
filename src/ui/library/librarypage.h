// LibraryPage: search the exercises, narrow them with filters (category, position, equipment, difficulty, symptom,
// condition), pick one from the list, read its detail page.
#pragma once

#include "core/exerciseindex.h"
#include "core/history.h"

#include <QWidget>

#include <array>
#include <map>
#include <memory>
#include <string>
#include <vector>

class QGridLayout;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class ExerciseFilterProxy;
class ExerciseListModel;
class FigurePreview;
class FlagBanner;
class FigureView;
class SafeTextBrowser;

class LibraryPage : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPage(QWidget *parent = nullptr);

    void setBank(std::shared_ptr<const ContentBank> bank);

    // Clears a search that would hide it, selects it and shows it. False when there is no such exercise.
    bool showExercise(const QString &id);
    QString currentExerciseId() const;
    void focusSearch();

    QLineEdit *searchField() const { return m_search; }
    // The button that opens `facet`'s menu of values, each with how many exercises it would show.
    QPushButton *filterButton(Facet facet) const { return m_filterButtons.at(static_cast<std::size_t>(facet)); }
    // "Add to routine": a menu with a new routine and each of the user's own routines.
    // The user's own routines (id, name) that "Add to routine" offers; the shipped ones cannot be changed.
    void setUserRoutines(const QList<QPair<QString, QString>> &routines);
    // The exercises marked for this user (the guard fired on them, or they were stopped as making things worse): a
    // banner on their page and a line in the list, until the user clears the mark.
    void setFlags(const std::vector<ExerciseFlag> &flags);

signals:
    void exerciseShown(const QString &id);
    // "Start this exercise": a one-exercise session in the player.
    void startRequested(const QString &exerciseId);
    // "Add to routine": `routineId` empty for a new routine.
    void addToRoutineRequested(const QString &exerciseId, const QString &routineId);
    // "Clear the mark" on a marked exercise.
    void clearFlagsRequested(const QString &exerciseId);

private:
    QWidget *buildLeft();
    QGridLayout *buildFilters();
    void buildList();
    QWidget *buildRight();
    void setTabOrders();
    void onSearchTextChanged(const QString &text);
    void onCurrentChanged(const QModelIndex &current);
    void selectFirstIfNone();
    void showEmptyState();
    void showFlagsOf(const Exercise *exercise);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void rebuildFilterMenus();
    void rebuildRoutineMenu();
    void fitFilterText(QPushButton *button);
    void updateFilterMenus();
    void setFilterValue(Facet facet, const QString &key, bool chosen);
    void resetFilters();
    QString facetValueLabel(Facet facet, std::size_t value) const;

    std::shared_ptr<const ContentBank> m_bank;
    ExerciseListModel *m_model;
    ExerciseFilterProxy *m_proxy;
    QLineEdit *m_search;
    QLabel *m_count;
    QStackedWidget *m_listStack;
    QListView *m_list;
    QLabel *m_emptyState;
    SafeTextBrowser *m_detail;
    FigurePreview *m_figure;
    FlagBanner *m_flagBanner;
    std::map<std::string, std::vector<ExerciseFlag>> m_flags; // by exercise id, not cleared, oldest first
    QPushButton *m_start;
    QPushButton *m_addToRoutine;
    QMenu *m_routineMenu;
    QList<QPair<QString, QString>> m_userRoutines;
    std::array<QPushButton *, kFacetCount> m_filterButtons{};
    QPushButton *m_resetFilters;
    QString m_shownId; // the exercise the detail pane shows; empty while it shows a message
};

} // namespace lumbar::ui
