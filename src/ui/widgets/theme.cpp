#include "theme.h"

#include "appstyle.h"

#include "ui/app/appsettings.h"

#include <QApplication>
#include <QFont>
#include <QLabel>
#include <QPalette>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lumbar::ui::theme {

namespace {

struct Colors
{
    QColor accent, accentSoft, onAccent, accentHover, window, surface, border, text, muted, disabled, danger,
        dangerSoft, dangerHover, warning, warningSoft, scroll;
    int focusWidth = 2;
};

const Colors &colorsOf(Scheme scheme)
{
    static const Colors light{QColor(0x2f, 0x7d, 0x74), QColor(0xe3, 0xf1, 0xee), QColor(Qt::white),
        QColor(0x27, 0x6a, 0x62), QColor(0xf5, 0xf7, 0xf6), QColor(Qt::white), QColor(0xd9, 0xe1, 0xdf),
        QColor(0x1e, 0x2a, 0x2d), QColor(0x5b, 0x6a, 0x6d), QColor(0x8e, 0x99, 0x9b), QColor(0xb0, 0x1e, 0x1e),
        QColor(0xfd, 0xec, 0xea), QColor(0xf9, 0xd9, 0xd5), QColor(0x8a, 0x55, 0x00), QColor(0xff, 0xf4, 0xdf),
        QColor(0xc5, 0xd0, 0xce), 2};
    // The same teal, lightened until it reads on dark grey; safety colours as light tints on dark tints.
    static const Colors dark{QColor(0x5c, 0xc1, 0xb3), QColor(0x1f, 0x3b, 0x37), QColor(0x0b, 0x1a, 0x18),
        QColor(0x7a, 0xd3, 0xc6), QColor(0x1a, 0x20, 0x22), QColor(0x23, 0x2b, 0x2e), QColor(0x3a, 0x46, 0x49),
        QColor(0xe6, 0xee, 0xec), QColor(0xa9, 0xb7, 0xb9), QColor(0x6f, 0x7c, 0x7e), QColor(0xff, 0x8a, 0x80),
        QColor(0x3f, 0x22, 0x22), QColor(0x55, 0x2b, 0x2a), QColor(0xf2, 0xb8, 0x5a), QColor(0x3a, 0x2f, 0x1c),
        QColor(0x4a, 0x57, 0x5a), 2};
    // Pure black and white with yellow for what is active, no greys for text, and thicker focus borders.
    static const Colors highContrast{QColor(0xff, 0xeb, 0x3b), QColor(0x33, 0x33, 0x00), QColor(Qt::black),
        QColor(0xff, 0xf5, 0x9d), QColor(Qt::black), QColor(Qt::black), QColor(Qt::white), QColor(Qt::white),
        QColor(Qt::white), QColor(0xb0, 0xb0, 0xb0), QColor(0xff, 0x7b, 0x72), QColor(0x3d, 0x00, 0x00),
        QColor(0x5c, 0x00, 0x00), QColor(0xff, 0xc1, 0x07), QColor(0x33, 0x26, 0x00), QColor(Qt::white), 3};
    switch (scheme) {
    case Scheme::Dark:
        return dark;
    case Scheme::HighContrast:
        return highContrast;
    case Scheme::Light:
        break;
    }
    return light;
}

const char *const kFactorProperty = "lumbarFontFactor";
const char *const kBoldProperty = "lumbarFontBold";

struct State
{
    bool captured = false;
    QColor systemWindow;
    QFont systemFont;
    Appearance appearance = Appearance::System;
    Scheme scheme = Scheme::Light;
    int textScale = 100;
};

State &state()
{
    static State s;
    return s;
}

const Colors &current()
{
    return colorsOf(state().scheme);
}

QString appearanceName(Appearance a)
{
    switch (a) {
    case Appearance::Light:
        return u"light"_s;
    case Appearance::Dark:
        return u"dark"_s;
    case Appearance::HighContrast:
        return u"high-contrast"_s;
    case Appearance::System:
        break;
    }
    return u"system"_s;
}

Appearance appearanceFromName(const QString &name)
{
    for (const Appearance a : {Appearance::Light, Appearance::Dark, Appearance::HighContrast})
        if (appearanceName(a) == name)
            return a;
    return Appearance::System;
}

int nearestStep(int percent)
{
    const QList<int> &steps = textScaleSteps();
    return *std::min_element(
        steps.begin(), steps.end(), [percent](int a, int b) { return std::abs(a - percent) < std::abs(b - percent); });
}

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QFont relativeFont(qreal factor, bool bold)
{
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    if (bold)
        font.setWeight(QFont::DemiBold);
    return font;
}

void restyle(QApplication &app)
{
    const Colors &c = current();
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.surface);
    p.setColor(QPalette::AlternateBase, c.accentSoft);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.surface);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::Highlight, c.accent);
    p.setColor(QPalette::HighlightedText, c.onAccent);
    p.setColor(QPalette::Link, c.accent);
    p.setColor(QPalette::LinkVisited, c.accent);
    p.setColor(QPalette::ToolTipBase, c.surface);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.muted);
    p.setColor(QPalette::Light, c.surface);
    p.setColor(QPalette::Mid, c.border);
    p.setColor(QPalette::Dark, c.border);
    p.setColor(QPalette::Disabled, QPalette::Text, c.disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, c.disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, c.disabled);
    app.setPalette(p);

    // A touch larger than the platform default (the readers may be in pain and tired), times the user's scale.
    QFont font = state().systemFont;
    if (font.pointSizeF() > 0) {
        const qreal base = std::max(font.pointSizeF(), 10.5);
        font.setPointSizeF(base * state().textScale / 100.0);
    }
    app.setFont(font);
    app.setStyleSheet(styleSheet());
    // After the style sheet, whose polish would otherwise put back the fonts the widgets had.
    for (QWidget *widget : QApplication::allWidgets()) {
        const QVariant factor = widget->property(kFactorProperty);
        if (factor.isValid())
            widget->setFont(relativeFont(factor.toReal(), widget->property(kBoldProperty).toBool()));
    }
    emit Notifier::instance()->changed();
}

} // namespace

QColor accent()
{
    return current().accent;
}
QColor accentSoft()
{
    return current().accentSoft;
}
QColor onAccent()
{
    return current().onAccent;
}
QColor window()
{
    return current().window;
}
QColor surface()
{
    return current().surface;
}
QColor border()
{
    return current().border;
}
QColor text()
{
    return current().text;
}
QColor mutedText()
{
    return current().muted;
}
QColor disabledText()
{
    return current().disabled;
}
QColor danger()
{
    return current().danger;
}
QColor dangerSoft()
{
    return current().dangerSoft;
}
QColor warning()
{
    return current().warning;
}
QColor warningSoft()
{
    return current().warningSoft;
}

Scheme scheme()
{
    return state().scheme;
}

Appearance appearance()
{
    return state().appearance;
}

Scheme schemeFor(Appearance a, const QColor &systemWindow)
{
    switch (a) {
    case Appearance::Light:
        return Scheme::Light;
    case Appearance::Dark:
        return Scheme::Dark;
    case Appearance::HighContrast:
        return Scheme::HighContrast;
    case Appearance::System:
        break;
    }
    return systemWindow.lightnessF() < 0.5 ? Scheme::Dark : Scheme::Light;
}

const QList<int> &textScaleSteps()
{
    static const QList<int> steps{80, 90, 100, 110, 125, 150, 175, 200};
    return steps;
}

int textScale()
{
    return state().textScale;
}

Notifier *Notifier::instance()
{
    static Notifier notifier;
    return &notifier;
}

void setRelativeFont(QWidget *widget, qreal factor, bool bold)
{
    widget->setProperty(kFactorProperty, factor);
    widget->setProperty(kBoldProperty, bold);
    widget->setFont(relativeFont(factor, bold));
}

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    title->setObjectName(u"pageTitle"_s);
    title->setWordWrap(true);
    setRelativeFont(title, 1.5, true);
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
QListView#sectionNav::item:selected { background: %accent%; color: %onAccent%; }
QLabel#appTitle { color: %accent%; }
QLabel#pageTitle { color: %text%; }
QLabel#pageSubtitle, QLabel#mutedText { color: %muted%; }
QFrame#progressCard { background: %surface%; border: 1px solid %border%; border-radius: 10px; }
QLabel#cardTitle { color: %text%; }
QLabel#adherenceFigures { color: %muted%; }
QProgressBar#adherenceBar { border: none; border-radius: 4px; background: %accentSoft%; }
QProgressBar#adherenceBar::chunk { border-radius: 4px; background: %accent%; }
QLineEdit#librarySearch {
    padding: 8px 12px; border: 1px solid %border%; border-radius: 8px; background: %surface%;
    selection-background-color: %accent%;
}
QLineEdit#librarySearch:focus { border: %focus%px solid %accent%; padding: 7px 11px; }
QListView#exerciseList, QListView#routineList {
    background: %surface%; border: 1px solid %border%; border-radius: 10px; outline: 0;
}
QTextBrowser#exerciseDetail, QTextBrowser#routineDetail, QTextBrowser#careBrowser, QTextBrowser#guideResult {
    background: %surface%; border: 1px solid %border%; border-radius: 10px;
}
QListView#exerciseList:focus, QListView#routineList:focus, QTextBrowser#exerciseDetail:focus,
QTextBrowser#routineDetail:focus, QTextBrowser#careBrowser:focus, QTextBrowser#guideResult:focus {
    border: %focus%px solid %accent%;
}
QListView#sectionNav:focus { border: %focus%px solid %accent%; border-radius: 8px; }
QLabel#libraryEmptyState {
    background: %surface%; border: 1px solid %border%; border-radius: 10px; color: %muted%; padding: 24px;
}
QFrame#problemsBanner[severity="error"] { background: %dangerSoft%; border: 1px solid %danger%; border-radius: 8px; }
QFrame#problemsBanner[severity="warning"] { background: %warningSoft%; border: 1px solid %warning%; border-radius: 8px; }
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
QPushButton:disabled { color: %disabled%; background: %window%; }
QPushButton[primary="true"] { background: %accent%; color: %onAccent%; border-color: %accent%; font-weight: 600; }
QPushButton[primary="true"]:hover { background: %accentHover%; }
QPushButton[primary="true"]:focus { border: %focus%px solid %text%; }
QPushButton[primary="true"]:disabled { background: %window%; border-color: %disabled%; color: %disabled%; }
QPushButton[danger="true"] { background: %dangerSoft%; color: %danger%; border-color: %danger%; font-weight: 600; }
QPushButton[danger="true"]:hover { background: %dangerHover%; }
QPushButton[danger="true"]:focus { border: %focus%px solid %text%; }
QPushButton:focus { border: %focus%px solid %accent%; padding: 5px 13px; }
QPushButton[chip="true"] { padding: 5px 10px; border-radius: 14px; }
QPushButton[chip="true"]:focus { padding: 4px 9px; }
QPushButton[chip="true"]:checked { background: %dangerSoft%; border: 2px solid %danger%; padding: 4px 9px; font-weight: 600; }
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
QScrollBar::handle:vertical { background: %scroll%; border-radius: 3px; min-height: 30px; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: transparent; }
)"_s;
    const Colors &c = current();
    css.replace(u"%window%"_s, hex(c.window))
        .replace(u"%surface%"_s, hex(c.surface))
        .replace(u"%border%"_s, hex(c.border))
        .replace(u"%accentSoft%"_s, hex(c.accentSoft))
        .replace(u"%accentHover%"_s, hex(c.accentHover))
        .replace(u"%accent%"_s, hex(c.accent))
        .replace(u"%onAccent%"_s, hex(c.onAccent))
        .replace(u"%text%"_s, hex(c.text))
        .replace(u"%muted%"_s, hex(c.muted))
        .replace(u"%disabled%"_s, hex(c.disabled))
        .replace(u"%dangerSoft%"_s, hex(c.dangerSoft))
        .replace(u"%dangerHover%"_s, hex(c.dangerHover))
        .replace(u"%danger%"_s, hex(c.danger))
        .replace(u"%warningSoft%"_s, hex(c.warningSoft))
        .replace(u"%warning%"_s, hex(c.warning))
        .replace(u"%scroll%"_s, hex(c.scroll))
        .replace(u"%focus%"_s, QString::number(c.focusWidth));
    return css;
}

void apply(QApplication &app)
{
    if (!state().captured) {
        state().captured = true;
        state().systemWindow = app.palette().color(QPalette::Window);
        state().systemFont = app.font();
        app.setStyle(new AppStyle);
    }
    state().appearance = appearanceFromName(AppSettings::appearance());
    state().scheme = schemeFor(state().appearance, state().systemWindow);
    state().textScale = nearestStep(AppSettings::textScale());
    restyle(app);
}

void setAppearance(Appearance a)
{
    AppSettings::setAppearance(appearanceName(a));
    apply(*qApp);
}

void setTextScale(int percent)
{
    AppSettings::setTextScale(nearestStep(percent));
    apply(*qApp);
}

} // namespace lumbar::ui::theme
