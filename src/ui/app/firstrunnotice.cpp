#include "firstrunnotice.h"

#include "appsettings.h"
#include "ui/care/regionsetting.h"
#include "ui/text/uitext.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include "core/contentbank.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

bool FirstRunNotice::needed()
{
    return AppSettings::firstRunAcknowledged() < version;
}

void FirstRunNotice::acknowledge()
{
    AppSettings::setFirstRunAcknowledged(version);
}

FirstRunNotice::FirstRunNotice(const ContentBank &bank, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_understood(new QPushButton(tr("I understand"), this))
    , m_quit(new QPushButton(tr("Quit"), this))
{
    setObjectName(u"firstRunNotice"_s);
    setWindowTitle(tr("Before you start"));
    setModal(true);

    auto *icon = new QLabel(this);
    icon->setPixmap(icons::appIcon().pixmap(48, 48));
    auto *title = new QLabel(tr("Before you start"), this);
    title->setObjectName(u"firstRunTitle"_s);
    theme::setRelativeFont(title, 1.5, true);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(icon);
    header->addWidget(title, 1);

    // The text scrolls and the buttons stay in sight: on a small screen (1024×600) or with large text the notice
    // must still be possible to acknowledge.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 8);
    layout->setSpacing(10);
    layout->addLayout(header);

    auto *lead = paragraph(tr("Lumbar Relief is for education, not medical advice. It explains sciatica and guides "
                              "exercises from reputable sources, but it cannot examine you, diagnose you or tell "
                              "you what is causing your pain."),
        this);
    theme::setRelativeFont(lead, 1.08);
    layout->addWidget(lead);
    layout->addWidget(paragraph(tr("Check with your doctor or physical therapist before you start, and follow "
                                   "their advice where it differs from this app. Stop any exercise that causes "
                                   "severe pain, or pain that spreads further down your leg."),
        this));

    // The emergency signs from the bank, so the notice and the warning-signs check never disagree.
    QStringList emergencies;
    for (const RedFlag &flag : bank.redFlags())
        if (flag.urgency == Urgency::Emergency)
            emergencies << qs(flag.question);
    auto *box = new QFrame(this);
    box->setObjectName(u"firstRunRedFlags"_s);
    box->setStyleSheet(u"QFrame#firstRunRedFlags { background: %1; border: 2px solid %2; border-radius: 8px; }"_s.arg(
        theme::dangerSoft().name(), theme::danger().name()));
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(14, 10, 14, 10);
    auto *boxTitle = paragraph(tr("Get medical help straight away, and do not exercise, if:"), box);
    QFont boxTitleFont = boxTitle->font();
    boxTitleFont.setBold(true);
    boxTitle->setFont(boxTitleFont);
    boxTitle->setStyleSheet(u"color: %1; border: none;"_s.arg(theme::danger().name()));
    boxLayout->addWidget(boxTitle);
    // One rich-text list rather than a label per line: a single label wraps and sizes itself reliably.
    QString list = u"<ul style=\"margin-left: -20px;\">"_s;
    for (const QString &q : emergencies)
        list += u"<li style=\"margin-bottom: 4px;\">"_s + q.toHtmlEscaped() + u"</li>"_s;
    list += u"</ul>"_s;
    auto *items = new QLabel(list, box);
    items->setObjectName(u"firstRunRedFlagList"_s);
    items->setTextFormat(Qt::RichText);
    items->setWordWrap(true);
    items->setStyleSheet(u"border: none;"_s);
    if (emergencies.isEmpty())
        items->setText(
            tr("You lose feeling between your legs, lose control of your bladder or bowel, or your legs get weaker."));
    boxLayout->addWidget(items);
    // Where the reader lives first, in sight without scrolling: it decides the number the notice gives.
    buildRegion(bank, layout);
    layout->addWidget(box);
    layout->addWidget(paragraph(tr("You can answer every warning-sign question under Symptoms & care, and read this "
                                   "notice again from the Help menu."),
        this));

    m_understood->setObjectName(u"firstRunUnderstood"_s);
    m_understood->setProperty("primary", true);
    m_understood->setDefault(true);
    m_understood->setToolTip(tr("You have read this and will check with your clinician"));
    m_quit->setObjectName(u"firstRunQuit"_s);
    m_quit->setToolTip(tr("Close Lumbar Relief without using it"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_understood, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_quit, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        region::choose(chosenRegion());
        acknowledge();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_quit->setVisible(mode == Mode::FirstRun);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"firstRunScroll"_s);
    // Focusable, so the keyboard can scroll what does not fit; named for screen readers.
    scroll->setAccessibleName(tr("The safety notice"));
    scroll->setAccessibleDescription(tr("Use the arrow keys or Page Down to read the rest of the notice."));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 16);
    outer->addWidget(scroll, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->setContentsMargins(24, 0, 24, 0);
    buttonRow->addWidget(buttons);
    outer->addLayout(buttonRow);
    // Wrapped labels do not give a dialog its height by themselves; ask the layout what 700 pixels wide needs, and
    // take no more than the screen has.
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    const int width = std::min(700, screen.width() - 16);
    const int wanted =
        (layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : content->sizeHint().height()) +
        buttons->sizeHint().height() + 16;
    const int height = std::min(wanted, screen.height() - 16);
    setMinimumSize(std::min(width, 480), std::min(height, 320));
    resize(width, height);
}

void FirstRunNotice::buildRegion(const ContentBank &bank, QVBoxLayout *layout)
{
    // Asked once, so the warning signs give numbers that work where the reader is; kept in Settings → Region.
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Where do you live?"), this);
    m_region = new QComboBox(this);
    m_region->setObjectName(u"firstRunRegion"_s);
    m_region->setAccessibleName(tr("Where you live"));
    m_region->setAccessibleDescription(
        tr("Chooses the emergency number and services the app gives. You can change it later under Settings."));
    label->setBuddy(m_region);
    for (const Region r : region::available())
        m_region->addItem(region::name(r), static_cast<int>(r));
    m_region->setCurrentIndex(static_cast<int>(region::available().indexOf(region::current())));
    row->addWidget(label);
    row->addWidget(m_region, 1);
    layout->addLayout(row);
    m_emergency = paragraph(QString(), this);
    m_emergency->setObjectName(u"firstRunEmergency"_s);
    QFont bold = m_emergency->font();
    bold.setBold(true);
    m_emergency->setFont(bold);
    layout->addWidget(m_emergency);
    // The window holds the bank while its notice is open.
    const auto showNumber = [this, bankPtr = &bank] {
        m_emergency->setText(tr("In an emergency: %1.").arg(region::emergencyPhrase(*bankPtr, chosenRegion())));
    };
    showNumber();
    connect(m_region, &QComboBox::currentIndexChanged, this, showNumber);
}

Region FirstRunNotice::chosenRegion() const
{
    return static_cast<Region>(m_region->currentData().toInt());
}

} // namespace lumbar::ui
