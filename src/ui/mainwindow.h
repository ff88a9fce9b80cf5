// MainWindow: the app's one window — section navigation (Library, Routines, Symptoms & care), the bank
// problems banner and panel, menus and the standing medical notice.
#pragma once

#include "bankstate.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace lumbar::ui {

class CarePage;
class LibraryPage;
class ProblemsBanner;
class ProblemsPanel;
class RoutinesPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Library, Routines, Care };
    Q_ENUM(Page)

    explicit MainWindow(BankState state, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    void showProblems();
    void hideProblems();
    void showAbout();

    const BankState &bankState() const { return m_state; }
    LibraryPage *libraryPage() const { return m_library; }
    RoutinesPage *routinesPage() const { return m_routines; }
    CarePage *carePage() const { return m_care; }
    ProblemsBanner *problemsBanner() const { return m_banner; }
    ProblemsPanel *problemsPanel() const { return m_problems; }

signals:
    void pageChanged(lumbar::ui::MainWindow::Page page);

private:
    void createMenus();
    void showExerciseInLibrary(const QString &id);

    BankState m_state;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    LibraryPage *m_library;
    RoutinesPage *m_routines;
    CarePage *m_care;
    ProblemsBanner *m_banner;
    ProblemsPanel *m_problems;
    QLabel *m_bankStatus;
};

} // namespace lumbar::ui
