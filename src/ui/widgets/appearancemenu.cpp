#include "appearancemenu.h"

#include "theme.h"
#include "ui/care/regionsetting.h"
#include "ui/text/language.h"
#include "ui/text/uitext.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

AppearanceMenu::AppearanceMenu(QMenu *view, QMenu *settings, QWidget *window)
    : QObject(window)
    , m_window(window)
{
    view->addSeparator();
    m_larger = view->addAction(tr("&Larger text"), this, [] { stepTextSize(+1); });
    m_larger->setObjectName(u"largerTextAction"_s);
    // Ctrl+= as well: on most keyboards "plus" is Shift+=, and people press Ctrl and the key they see.
    m_larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_smaller = view->addAction(tr("&Smaller text"), this, [] { stepTextSize(-1); });
    m_smaller->setObjectName(u"smallerTextAction"_s);
    m_smaller->setShortcut(QKeySequence::ZoomOut);
    m_normal = view->addAction(tr("&Normal text size"), this, [] { theme::setTextScale(100); });
    m_normal->setObjectName(u"normalTextAction"_s);
    m_normal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(theme::Notifier::instance(), &theme::Notifier::changed, this, &AppearanceMenu::updateTextActions);
    updateTextActions();

    QMenu *appearance = view->addMenu(tr("&Appearance"));
    appearance->setObjectName(u"appearanceMenu"_s);
    auto *appearances = new QActionGroup(appearance);
    const std::pair<QString, theme::Appearance> choices[] = {
        {tr("Follow the &system"), theme::Appearance::System},
        {tr("&Light"), theme::Appearance::Light},
        {tr("&Dark"), theme::Appearance::Dark},
        {tr("&High contrast"), theme::Appearance::HighContrast},
    };
    for (const auto &[label, value] : choices) {
        QAction *choice = appearance->addAction(label, this, [value = value] { theme::setAppearance(value); });
        choice->setCheckable(true);
        choice->setChecked(theme::appearance() == value);
        appearances->addAction(choice);
    }

    settings->addSeparator();
    QMenu *languages = settings->addMenu(tr("&Language"));
    languages->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(languages);
    const QString chosen = language::chosen();
    QAction *system = languages->addAction(tr("Follow the &system"), this, [this] { chooseLanguage(QString()); });
    system->setCheckable(true);
    system->setChecked(chosen.isEmpty());
    group->addAction(system);
    for (const QString &code : language::available()) {
        // Each language in its own words, so someone who cannot read the current one still finds theirs.
        QAction *choice =
            languages->addAction(language::nativeName(code), this, [this, code] { chooseLanguage(code); });
        choice->setCheckable(true);
        choice->setChecked(chosen == code);
        group->addAction(choice);
    }
    addRegionMenu(settings);
}

void AppearanceMenu::addRegionMenu(QMenu *settings)
{
    QMenu *regions = settings->addMenu(tr("&Region (emergency numbers)"));
    regions->setObjectName(u"regionMenu"_s);
    regions->setToolTipsVisible(true);
    regions->setToolTip(tr("Where you live: the warning signs give that region's emergency number and services"));
    auto *group = new QActionGroup(regions);
    for (const Region r : region::available()) {
        QAction *choice = regions->addAction(region::name(r), this, [r] { region::choose(r); });
        choice->setObjectName(u"region:"_s + qs(toString(r)));
        choice->setCheckable(true);
        group->addAction(choice);
    }
    // Checked from the setting each time the menu opens: the first-run notice may have changed it since.
    connect(regions, &QMenu::aboutToShow, this, [regions] {
        const Region now = region::current();
        for (QAction *action : regions->actions())
            action->setChecked(action->objectName() == u"region:"_s + qs(toString(now)));
    });
}

void AppearanceMenu::stepTextSize(int direction)
{
    const QList<int> &steps = theme::textScaleSteps();
    const qsizetype at = steps.indexOf(theme::textScale());
    const qsizetype next = std::clamp<qsizetype>(at + direction, 0, steps.size() - 1);
    if (next != at)
        theme::setTextScale(steps[next]);
}

void AppearanceMenu::updateTextActions()
{
    const QList<int> &steps = theme::textScaleSteps();
    m_larger->setEnabled(theme::textScale() < steps.last());
    m_smaller->setEnabled(theme::textScale() > steps.first());
    m_normal->setEnabled(theme::textScale() != 100);
    m_normal->setStatusTip(tr("Text is at %1% of the system's size").arg(theme::textScale()));
}

void AppearanceMenu::chooseLanguage(const QString &code)
{
    const QString before = language::current();
    language::choose(code);
    emit languageChosen(code);
    const QString after = language::resolve(code, QLocale::system().uiLanguages());
    if (after == before)
        return;
    // Every window would have to be rebuilt to change language in place; a restart does it for certain.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
        tr("Lumbar Relief will be in %1 the next time it starts.").arg(language::nativeName(after)),
        QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *restart = box->addButton(tr("Restart now"), QMessageBox::AcceptRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    connect(restart, &QPushButton::clicked, this, [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
        QCoreApplication::quit();
    });
    box->open();
}

} // namespace lumbar::ui
