// AppearanceMenu: the menu entries that change how the app reads — text size (Ctrl+plus, Ctrl+minus, Ctrl+0),
// light, dark or high-contrast colours — the interface language, and the region whose emergency numbers are shown.
#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace lumbar::ui {

class AppearanceMenu : public QObject
{
    Q_OBJECT

public:
    // Adds the text size and appearance entries to `view` and the language to `settings`; `window` parents the
    // message about the language.
    AppearanceMenu(QMenu *view, QMenu *settings, QWidget *window);

    // One step up or down textScaleSteps(); nothing past either end.
    static void stepTextSize(int direction);

signals:
    // A language was chosen; it applies from the next start. The tests listen instead of restarting.
    void languageChosen(const QString &code);

private:
    void updateTextActions();
    void chooseLanguage(const QString &code);
    void addRegionMenu(QMenu *settings);

    QWidget *m_window;
    QAction *m_larger;
    QAction *m_smaller;
    QAction *m_normal;
};

} // namespace lumbar::ui
