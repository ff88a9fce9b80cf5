#include "checkinpanel.h"

#include "ui/widgets/theme.h"

#include "legextentpicker.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// The words under the slider's ends and middle, as on a printed pain scale.
QWidget *scaleLabels(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const QStringList words{
        CheckInPanel::tr("0\nno pain"), CheckInPanel::tr("5\nmoderate"), CheckInPanel::tr("10\nworst imaginable")};
    for (int i = 0; i < words.size(); ++i) {
        auto *label = new QLabel(words[i], row);
        label->setProperty("muted", true);
        label->setAlignment(i == 0 ? Qt::AlignLeft : (i == 1 ? Qt::AlignHCenter : Qt::AlignRight));
        layout->addWidget(label, 1);
    }
    return row;
}

} // namespace

CheckInPanel::CheckInPanel(Moment moment, QWidget *parent)
    : QWidget(parent)
    , m_moment(moment)
    , m_title(new QLabel(this))
    , m_pain(new QSlider(Qt::Horizontal, this))
    , m_painValue(new QLabel(this))
    , m_picker(new LegExtentPicker(this))
    , m_numbness(new QCheckBox(tr("New numbness or weakness in the leg or foot"), this))
    , m_continue(new QPushButton(moment == Moment::Before ? tr("Start routine") : tr("Save"), this))
    , m_skip(new QPushButton(tr("Skip"), this))
{
    setObjectName(moment == Moment::Before ? u"checkInBefore"_s : u"checkInAfter"_s);
    m_title->setObjectName(u"pageTitle"_s);
    theme::setRelativeFont(m_title, 1.5, true);
    m_title->setWordWrap(true);
    auto *intro = new QLabel(moment == Moment::Before
            ? tr("A quick check-in for your private history, so you and your therapist can see how things change. "
                 "Leave out anything you like, or skip it.")
            : tr("How are you now? Comparing with before the routine shows whether it helps. Leave out anything "
                 "you like, or skip it."),
        this);
    intro->setWordWrap(true);
    intro->setProperty("muted", true);

    m_pain->setObjectName(u"painSlider"_s);
    m_pain->setAccessibleDescription(tr("Left and Right, or Page Up and Page Down, change it."));
    m_pain->setRange(0, 10);
    m_pain->setPageStep(1);
    m_pain->setTickPosition(QSlider::TicksBelow);
    m_pain->setTickInterval(1);
    m_pain->setAccessibleName(tr("Pain now, from 0 (no pain) to 10 (worst imaginable)"));
    m_painValue->setObjectName(u"painValue"_s);
    theme::setRelativeFont(m_painValue, 1.4, true);
    m_numbness->setObjectName(u"numbnessCheck"_s);
    m_numbness->setToolTip(tr("Numbness or weakness that you did not have before. With it, stop and talk to your "
                              "therapist."));

    auto *left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(heading(tr("Pain now"), this));
    left->addWidget(m_painValue);
    left->addWidget(m_pain);
    left->addWidget(scaleLabels(this));
    left->addSpacing(12);
    left->addWidget(m_numbness);
    if (moment == Moment::After) {
        m_notes = new QPlainTextEdit(this);
        m_notes->setObjectName(u"checkInNotes"_s);
        m_notes->setAccessibleName(tr("Notes"));
        m_notes->setPlaceholderText(tr("Anything to remember or tell your therapist (optional)"));
        m_notes->setTabChangesFocus(true);
        m_notes->setMaximumHeight(110);
        left->addSpacing(12);
        left->addWidget(heading(tr("Notes"), this));
        left->addWidget(m_notes);
    }
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(heading(tr("How far down the leg do symptoms reach?"), this));
    right->addWidget(m_picker, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    // Side by side, or one above the other when large text would make the two too wide for the screen.
    const auto arrange = [columns] {
        columns->setDirection(theme::textScale() > 110 ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    };
    arrange();
    connect(theme::Notifier::instance(), &theme::Notifier::changed, this, arrange);

    m_continue->setObjectName(u"checkInContinue"_s);
    m_continue->setAccessibleDescription(tr("Saves this check-in to your private history and goes on."));
    m_continue->setProperty("primary", true);
    m_continue->setDefault(true);
    m_continue->setMinimumHeight(40);
    m_skip->setObjectName(u"checkInSkip"_s);
    m_skip->setMinimumHeight(40);
    m_skip->setToolTip(moment == Moment::Before ? tr("Start without a check-in") : tr("Leave without a check-in"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_continue);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    // Any touch of the slider counts as an answer, 0 included (its value alone cannot tell 0 from untouched).
    connect(m_pain, &QSlider::actionTriggered, this, [this] {
        m_painSet = true;
        showPain();
    });
    connect(m_pain, &QSlider::valueChanged, this, [this] {
        m_painSet = true;
        showPain();
    });
    connect(m_continue, &QPushButton::clicked, this, [this] { emit finished(false); });
    connect(m_skip, &QPushButton::clicked, this, [this] { emit finished(true); });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_skip, &QPushButton::click);
    reset({});
}

void CheckInPanel::reset(const QString &routineTitle)
{
    m_title->setText(m_moment == Moment::Before ? tr("Before %1: how are you right now?").arg(routineTitle)
                                                : tr("After %1: how are you now?").arg(routineTitle));
    {
        const QSignalBlocker block(m_pain);
        m_pain->setValue(0);
    }
    m_painSet = false;
    m_picker->setExtent(std::nullopt);
    m_numbness->setChecked(false);
    if (m_notes)
        m_notes->clear();
    showPain();
    m_pain->setFocus();
}

void CheckInPanel::showPain()
{
    m_painValue->setText(m_painSet ? tr("%1 out of 10").arg(m_pain->value()) : tr("Not rated yet"));
}

CheckIn CheckInPanel::checkIn() const
{
    CheckIn result;
    if (m_painSet)
        result.pain = m_pain->value();
    result.extent = m_picker->extent();
    result.newNumbnessOrWeakness = m_numbness->isChecked();
    return result;
}

QString CheckInPanel::notes() const
{
    return m_notes ? m_notes->toPlainText().trimmed() : QString();
}

} // namespace lumbar::ui
