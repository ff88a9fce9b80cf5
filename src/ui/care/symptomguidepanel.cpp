#include "symptomguidepanel.h"

#include "bodymap.h"
#include "safetystate.h"
#include "ui/text/detailpagebuilder.h"
#include "ui/widgets/safetextbrowser.h"
#include "ui/widgets/theme.h"

#include "core/contentbank.h"
#include "core/markedexercises.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

// Calls `onChange` each time the watched widget's layout asks to be redone.
class LayoutWatcher : public QObject
{
public:
    LayoutWatcher(std::function<void()> onChange, QObject *parent)
        : QObject(parent)
        , m_onChange(std::move(onChange))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            m_onChange();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onChange;
};

QLabel *stepLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("step", true);
    theme::setRelativeFont(label, 1.1);
    return label;
}

// What each feeling means, for the tooltip: the words people use are not always the app's.
QString sensationHint(Sensation s)
{
    switch (s) {
    case Sensation::Pain:
        return SymptomGuidePanel::tr("Any pain");
    case Sensation::Sharp:
        return SymptomGuidePanel::tr("Sharp or stabbing");
    case Sensation::Burning:
        return SymptomGuidePanel::tr("Burning or hot nerve pain");
    case Sensation::Shooting:
        return SymptomGuidePanel::tr("Shooting, like an electric shock");
    case Sensation::Aching:
        return SymptomGuidePanel::tr("A dull or deep ache");
    case Sensation::Tingling:
        return SymptomGuidePanel::tr("Pins and needles");
    case Sensation::Numbness:
        return SymptomGuidePanel::tr("Less feeling or no feeling");
    case Sensation::Weakness:
        return SymptomGuidePanel::tr("Muscles that will not do what you ask");
    case Sensation::Cramping:
        return SymptomGuidePanel::tr("Cramp-like tightening");
    case Sensation::Heaviness:
        return SymptomGuidePanel::tr("Legs feel heavy, often when standing or walking");
    case Sensation::Spasm:
        return SymptomGuidePanel::tr("Muscles tightening suddenly");
    case Sensation::HotCold:
        return SymptomGuidePanel::tr("Patches that feel hot or cold");
    }
    return {};
}

} // namespace

QString SymptomGuidePanel::sensationLabel(Sensation s)
{
    switch (s) {
    case Sensation::Pain:
        return tr("Pain");
    case Sensation::Sharp:
        return tr("Sharp");
    case Sensation::Burning:
        return tr("Burning");
    case Sensation::Shooting:
        return tr("Shooting");
    case Sensation::Aching:
        return tr("Aching");
    case Sensation::Tingling:
        return tr("Tingling");
    case Sensation::Numbness:
        return tr("Numbness");
    case Sensation::Weakness:
        return tr("Weakness");
    case Sensation::Cramping:
        return tr("Cramping");
    case Sensation::Heaviness:
        return tr("Heaviness");
    case Sensation::Spasm:
        return tr("Spasm");
    case Sensation::HotCold:
        return tr("Hot or cold");
    }
    return {};
}

SymptomGuidePanel::SymptomGuidePanel(QWidget *parent)
    : QWidget(parent)
    , m_map(new BodyMap(this))
    , m_markedSummary(new QLabel(this))
    , m_warningStatus(new QLabel(this))
    , m_checkButton(new QPushButton(tr("Check now…"), this))
    , m_clear(new QPushButton(tr("Start again"), this))
    , m_result(new SafeTextBrowser(this))
{
    setObjectName(u"symptomGuide"_s);

    m_warningStatus->setObjectName(u"guideWarningStatus"_s);
    m_warningStatus->setWordWrap(true);
    m_checkButton->setObjectName(u"guideCheckButton"_s);
    m_checkButton->setToolTip(tr("Answer the warning-sign questions"));
    connect(m_checkButton, &QPushButton::clicked, this, &SymptomGuidePanel::checkRequested);

    m_markedSummary->setObjectName(u"guideMarked"_s);
    m_markedSummary->setWordWrap(true);
    m_markedSummary->setForegroundRole(QPalette::PlaceholderText);
    m_clear->setObjectName(u"guideClearButton"_s);
    m_clear->setToolTip(tr("Unmark every place and feeling"));
    m_clear->setEnabled(false);
    connect(m_clear, &QPushButton::clicked, this, &SymptomGuidePanel::clear);
    m_map->setMinimumHeight(390);
    m_map->setToolTip(tr("Click where you feel it; click again to unmark"));
    connect(m_map, &BodyMap::spotsChanged, this, &SymptomGuidePanel::refresh);

    auto *feelings = new QVBoxLayout;
    feelings->setSpacing(5);
    for (const std::string_view name : enumNames<Sensation>()) {
        const Sensation s = *enumFromString<Sensation>(name);
        auto *chip = new QPushButton(sensationLabel(s), this);
        chip->setObjectName(u"sensation-"_s + QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size())));
        chip->setCheckable(true);
        chip->setProperty("chip", true);
        // No width of its own: the column is as wide as the longest name needs, and the others grow to match.
        chip->setToolTip(sensationHint(s));
        chip->setAccessibleDescription(sensationHint(s));
        connect(chip, &QPushButton::toggled, this, &SymptomGuidePanel::refresh);
        feelings->addWidget(chip);
        m_sensations.emplace_back(s, chip);
    }
    feelings->addStretch(1);

    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_warningStatus, 1);
    warningRow->addWidget(m_checkButton, 0, Qt::AlignTop);

    auto *steps = new QWidget(this);
    steps->setObjectName(u"guideSteps"_s);
    auto *column = new QVBoxLayout(steps);
    column->setContentsMargins(0, 0, 8, 0);
    column->setSpacing(8);
    column->addWidget(stepLabel(tr("1 · Warning signs first"), steps));
    column->addLayout(warningRow);
    column->addSpacing(6);
    // The map and the feelings side by side, so both fit on screen with the result beside them.
    column->addWidget(stepLabel(tr("2 · Where do you feel it, and what is it like?"), steps));
    auto *pictureRow = new QHBoxLayout;
    pictureRow->setSpacing(12);
    pictureRow->addWidget(m_map, 1);
    pictureRow->addLayout(feelings);
    column->addLayout(pictureRow);
    column->addWidget(m_markedSummary);
    auto *clearRow = new QHBoxLayout;
    clearRow->addStretch(1);
    clearRow->addWidget(m_clear);
    column->addLayout(clearRow);
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"guideStepsScroll"_s);
    // The steps inside take the focus, and the area scrolls to each; the area itself is not a stop of its own.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(steps);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As wide as the steps need at this text size, so nothing is cut off and nothing scrolls sideways.
    const auto fitSteps = [scroll, steps] {
        scroll->setFixedWidth(
            std::max(470, steps->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width()));
    };
    fitSteps();
    // Again whenever the steps' layout changes: their true size is known only once the style sheet has polished
    // them, and it changes with the text size.
    steps->installEventFilter(new LayoutWatcher(fitSteps, scroll));

    m_result->setObjectName(u"guideResult"_s);
    m_result->setAccessibleDescription(
        tr("What the guide suggests for where you feel it: likely causes, exercises to try and to leave out, and "
           "warning signs. Tab moves between its links."));
    m_result->setAccessibleName(tr("What the guide suggests"));
    m_result->document()->setDefaultStyleSheet(DetailPageBuilder::styleSheet());
    m_result->document()->setDocumentMargin(20);
    connect(m_result, &SafeTextBrowser::internalLinkClicked, this, [this](const QString &target, const QString &id) {
        if (target == u"exercise"_s)
            emit exerciseLinkClicked(id);
        else if (target == u"routine"_s)
            emit routineLinkClicked(id);
        else if (target == u"care"_s)
            emit careLinkClicked(id);
        else if (target == u"check"_s)
            emit checkRequested();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(scroll);
    layout->addWidget(m_result, 1);

    setTabOrder(m_checkButton, m_map);
    refresh();
}

void SymptomGuidePanel::setBank(std::shared_ptr<const ContentBank> bank)
{
    m_bank = std::move(bank);
    refresh();
}

void SymptomGuidePanel::setSafety(SafetyState *safety)
{
    if (m_safety)
        disconnect(m_safety, nullptr, this, nullptr);
    m_safety = safety;
    if (m_safety)
        connect(m_safety, &SafetyState::changed, this, &SymptomGuidePanel::refresh);
    refresh();
}

SymptomPicture SymptomGuidePanel::picture() const
{
    SymptomPicture p;
    p.spots = m_map->spots();
    for (const auto &[sensation, button] : m_sensations)
        if (button->isChecked())
            p.sensations.push_back(sensation);
    return p;
}

QAbstractButton *SymptomGuidePanel::sensationButton(Sensation sensation) const
{
    for (const auto &[s, button] : m_sensations)
        if (s == sensation)
            return button;
    return nullptr;
}

// NOLINTNEXTLINE(readability-make-member-function-const): it changes what the panel shows
void SymptomGuidePanel::setSensation(Sensation sensation, bool on)
{
    if (QAbstractButton *b = sensationButton(sensation))
        b->setChecked(on);
}

void SymptomGuidePanel::setPicture(const SymptomPicture &picture)
{
    {
        const QSignalBlocker blocker(m_map);
        m_map->setSpots(picture.spots);
    }
    for (const auto &[sensation, button] : m_sensations) {
        const QSignalBlocker blocker(button);
        button->setChecked(picture.has(sensation));
    }
    refresh();
}

void SymptomGuidePanel::clear()
{
    {
        const QSignalBlocker blocker(m_map);
        m_map->clear();
    }
    for (const auto &[sensation, button] : m_sensations) {
        const QSignalBlocker blocker(button);
        button->setChecked(false);
    }
    refresh();
}

void SymptomGuidePanel::setFlags(std::vector<ExerciseFlag> flags)
{
    m_flags = std::move(flags);
    if (m_bank)
        refresh();
}

void SymptomGuidePanel::refreshWarningStatus()
{
    const bool answered = m_safety && m_safety->screen().isComplete();
    const bool yes = m_safety && m_safety->screen().blocksExercise();
    QString text;
    QColor color;
    if (!yes && m_safety && m_safety->screen().anyYes()) {
        // A sign to book an appointment for: the exercises go on meanwhile.
        text = tr("You answered yes to a sign to see your doctor about: book an appointment (see the notice above).");
        color = theme::warning();
        m_checkButton->setText(tr("Review answers…"));
    } else if (yes) {
        text = m_safety->careConfirmed()
            ? tr("You answered yes to a warning sign and have confirmed you sought care.")
            : tr("You answered yes to a warning sign: get medical help first (see the notice above).");
        color = theme::danger();
        m_checkButton->setText(tr("Review answers…"));
    } else if (answered) {
        text = tr("✓ No warning signs reported. Check again if anything changes.");
        color = theme::accent();
        m_checkButton->setText(tr("Review answers…"));
    } else {
        text = tr("Not checked yet. A few yes/no questions about signs that need a doctor first.");
        color = theme::warning();
        m_checkButton->setText(tr("Check now…"));
    }
    m_warningStatus->setText(text);
    m_warningStatus->setStyleSheet(u"color: "_s + color.name() + u";"_s);
    m_checkButton->setEnabled(m_safety != nullptr);
}

void SymptomGuidePanel::refresh()
{
    refreshWarningStatus();
    const SymptomPicture p = picture();
    QStringList marked;
    for (const BodySpot &s : p.spots)
        marked << BodyMap::spotLabel(s);
    QStringList feelings;
    for (const Sensation s : p.sensations)
        feelings << sensationLabel(s).toLower();
    m_markedSummary->setText(marked.isEmpty()
            ? tr("Nothing marked yet. Click the body, or Tab to it and use the arrow keys "
                 "and Space.")
            : marked.join(u", "_s));
    m_clear->setEnabled(!p.isEmpty());

    if (!m_bank || p.isEmpty()) {
        m_result->setHtml(DetailPageBuilder::messagePage(tr("Where do you feel it?"),
            tr("Mark the places on the body map and tick what it feels like. The guide then shows the conditions "
               "that commonly cause that picture, exercises and routines to try, ones to change or leave out, the "
               "care notes that apply and when to see a doctor.")));
        return;
    }
    GuideResult result = SymptomGuide(*m_bank).suggest(p);
    leaveOutMarked(result, *m_bank, m_flags);
    DetailPageBuilder::GuideContext context;
    context.marked = marked.join(u", "_s);
    context.feelings = feelings.join(u", "_s);
    context.warningSignsChecked = m_safety && m_safety->screen().isComplete();
    // Only emergency and urgent signs come before exercise, until care has been sought; the page must not
    // contradict the notice above it.
    context.warningSignYes = m_safety && m_safety->needsCareFirst();
    m_result->setHtml(DetailPageBuilder(*m_bank).guidePage(result, context));
}

} // namespace lumbar::ui
