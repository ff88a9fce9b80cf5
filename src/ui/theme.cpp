#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QLabel>
#include <QPalette>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace lumbar::ui::theme {

namespace {

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

} // namespace

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    title->setObjectName(u"pageTitle"_s);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    title->setFont(font);
    return title;
}

QString styleSheet()
{
    // Object names, not classes, pick the special surfaces so a new QFrame elsewhere stays plain.
    QString css = uR"(
QMainWindow, QDialog { background: %window%; }
QFrame#navColumn { background: %surface%; border: none; border-right: 1px solid %border%; }
QListView#sectionNav { background: %surface%; border: none; padding: 12px 8px; outline: 0; }
QListView#sectionNav::item { padding: 12px 10px; margin: 2px 0; border-radius: 8px; color: %text%; }
QListView#sectionNav::item:hover { background: %accentSoft%; }
QListView#sectionNav::item:selected { background: %accent%; color: white; }
QLabel#appTitle { color: %accent%; font-weight: 600; }
QLabel#pageTitle { color: %text%; font-weight: 600; }
QLabel#pageSubtitle, QLabel#mutedText { color: %muted%; }
QFrame#progressCard { background: %surface%; border: 1px solid %border%; border-radius: 10px; }
QLabel#cardTitle { color: %text%; font-weight: 600; font-size: 11pt; }
QLabel#adherenceFigures { color: %muted%; }
QProgressBar#adherenceBar { border: none; border-radius: 4px; background: %accentSoft%; }
QProgressBar#adherenceBar::chunk { border-radius: 4px; background: %accent%; }
QLineEdit#librarySearch {
    padding: 8px 12px; border: 1px solid %border%; border-radius: 8px; background: %surface%;
    selection-background-color: %accent%;
}
QLineEdit#librarySearch:focus { border: 2px solid %accent%; padding: 7px 11px; }
QListView#exerciseList, QListView#routineList {
    background: %surface%; border: 1px solid %border%; border-radius: 10px; outline: 0;
}
QTextBrowser#exerciseDetail, QTextBrowser#routineDetail, QTextBrowser#careBrowser, QTextBrowser#guideResult {
    background: %surface%; border: 1px solid %border%; border-radius: 10px;
}
QLabel#libraryEmptyState {
    background: %surface%; border: 1px solid %border%; border-radius: 10px; color: %muted%; padding: 24px;
}
QFrame#problemsBanner[severity="error"] { background: %dangerSoft%; border: 1px solid %danger%; border-radius: 8px; }
QFrame#problemsBanner[severity="warning"] { background: %warningSoft%; border: 1px solid #e2c48a; border-radius: 8px; }
QFrame#problemsBanner QLabel { color: %text%; background: transparent; border: none; }
QFrame#reminderBanner { background: %accentSoft%; border: 1px solid %accent%; border-radius: 8px; }
QFrame#reminderBanner QLabel { color: %text%; background: transparent; font-weight: 600; }
QFrame#problemsPanel { background: %surface%; border: 1px solid %border%; border-radius: 8px; }
QTableWidget#problemsList { border: none; }
QTableWidget#problemsList::item { padding: 3px 6px; }
QPushButton {
    padding: 6px 14px; border-radius: 6px; border: 1px solid %border%; background: %surface%; color: %text%;
}
QPushButton:hover { border-color: %accent%; }
QPushButton:disabled { color: #a3adaf; background: %window%; }
QPushButton[primary="true"] { background: %accent%; color: white; border-color: %accent%; font-weight: 600; }
QPushButton[primary="true"]:hover { background: #276a62; }
QPushButton[primary="true"]:focus { border: 2px solid %text%; }
QPushButton[primary="true"]:disabled { background: %border%; border-color: %border%; color: #7d8a8c; }
QPushButton[danger="true"] { background: %dangerSoft%; color: %danger%; border-color: %danger%; font-weight: 600; }
QPushButton[danger="true"]:hover { background: #f9d9d5; }
QPushButton[danger="true"]:focus { border: 2px solid %text%; }
QPushButton:focus { border: 2px solid %accent%; padding: 5px 13px; }
QPushButton[chip="true"] { padding: 5px 10px; border-radius: 14px; }
QPushButton[chip="true"]:focus { padding: 4px 9px; }
QPushButton[chip="true"]:checked { background: #fbe4e0; border: 2px solid #d24b3c; padding: 4px 9px; font-weight: 600; }
QLabel[step="true"] { font-weight: 600; color: %accent%; }
QTabWidget::pane { border: none; }
QTabBar::tab {
    padding: 9px 18px; border: none; border-bottom: 3px solid transparent; background: transparent;
    color: %muted%; font-weight: 600;
}
QTabBar::tab:selected { color: %accent%; border-bottom-color: %accent%; }
QTabBar::tab:hover { color: %text%; }
QTabBar::tab:focus { color: %text%; border-bottom-color: %text%; }
QStatusBar { background: %surface%; border-top: 1px solid %border%; color: %muted%; }
QStatusBar QLabel { color: %muted%; padding: 2px 8px; }
QSplitter::handle { background: transparent; }
QScrollBar:vertical { background: transparent; width: 10px; margin: 4px 2px; }
QScrollBar::handle:vertical { background: #c5d0ce; border-radius: 3px; min-height: 30px; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: transparent; }
)"_s;
    css.replace(u"%window%"_s, hex(window()))
        .replace(u"%surface%"_s, hex(surface()))
        .replace(u"%border%"_s, hex(border()))
        .replace(u"%accentSoft%"_s, hex(accentSoft()))
        .replace(u"%accent%"_s, hex(accent()))
        .replace(u"%text%"_s, hex(text()))
        .replace(u"%muted%"_s, hex(mutedText()))
        .replace(u"%dangerSoft%"_s, hex(dangerSoft()))
        .replace(u"%danger%"_s, hex(danger()))
        .replace(u"%warningSoft%"_s, hex(warningSoft()));
    return css;
}

void apply(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(u"Fusion"_s))
        app.setStyle(fusion);

    QPalette p;
    p.setColor(QPalette::Window, window());
    p.setColor(QPalette::WindowText, text());
    p.setColor(QPalette::Base, surface());
    p.setColor(QPalette::AlternateBase, accentSoft());
    p.setColor(QPalette::Text, text());
    p.setColor(QPalette::Button, surface());
    p.setColor(QPalette::ButtonText, text());
    p.setColor(QPalette::Highlight, accent());
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent());
    p.setColor(QPalette::LinkVisited, accent().darker(120));
    p.setColor(QPalette::ToolTipBase, surface());
    p.setColor(QPalette::ToolTipText, text());
    p.setColor(QPalette::PlaceholderText, mutedText());
    p.setColor(QPalette::Disabled, QPalette::Text, mutedText());
    p.setColor(QPalette::Disabled, QPalette::WindowText, mutedText());
    app.setPalette(p);

    // A touch larger than the platform default: the readers may be in pain and tired.
    QFont font = app.font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 10.5)
        font.setPointSizeF(10.5);
    app.setFont(font);

    app.setStyleSheet(styleSheet());
}

} // namespace lumbar::ui::theme
