#include "redflagcheckdialog.h"

#include "ui/widgets/theme.h"

#include "safetystate.h"
#include "ui/text/uitext.h"
#include "urgentnotice.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

enum Choice { YesId = 1, NoId = 2 };

QString heading(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Emergency:
        return RedFlagCheckDialog::tr("Signs that need emergency help");
    case Urgency::Urgent:
        return RedFlagCheckDialog::tr("Signs to see a doctor about today");
    case Urgency::SeeDoctor:
        return RedFlagCheckDialog::tr("Signs to book an appointment for");
    }
    return {};
}

} // namespace

RedFlagCheckDialog::RedFlagCheckDialog(SafetyState *safety, QWidget *parent)
    : QDialog(parent)
    , m_safety(safety)
    , m_notice(new UrgentNotice(this))
{
    setObjectName(u"redFlagCheck"_s);
    setWindowTitle(tr("Check for warning signs"));
    resize(760, 680);

    auto *intro = new QLabel(tr("Answer each question for how you are now. This is not a diagnosis: it tells you "
                                "when to get medical help before doing any exercises."),
        this);
    intro->setWordWrap(true);

    auto *questions = new QWidget(this);
    auto *grid = new QGridLayout(questions);
    grid->setColumnStretch(0, 1);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(8);
    int row = 0;
    std::optional<Urgency> group;
    for (const RedFlag *flag : safety->screen().questions()) {
        if (group != flag->urgency) {
            group = flag->urgency;
            auto *title = new QLabel(heading(flag->urgency), questions);
            theme::setRelativeFont(title, 1.1, true);
            grid->addWidget(title, row++, 0, 1, 3, Qt::AlignBottom);
        }
        const QString id = qs(flag->id);
        auto *question = new QLabel(qs(flag->question), questions);
        question->setWordWrap(true);
        question->setTextFormat(Qt::PlainText);
        auto *yes = new QRadioButton(tr("Yes"), questions);
        auto *no = new QRadioButton(tr("No"), questions);
        yes->setObjectName(u"yes:"_s + id);
        no->setObjectName(u"no:"_s + id);
        yes->setAccessibleName(tr("Yes: %1").arg(question->text()));
        no->setAccessibleName(tr("No: %1").arg(question->text()));
        // What the sign can mean, read after the question; the arrow keys move between Yes and No.
        yes->setAccessibleDescription(qs(flag->description));
        no->setAccessibleDescription(qs(flag->description));
        auto *pair = new QButtonGroup(this);
        pair->addButton(yes, YesId);
        pair->addButton(no, NoId);
        grid->addWidget(question, row, 0);
        grid->addWidget(yes, row, 1);
        grid->addWidget(no, row, 2);
        ++row;
        m_groups.emplace_back(id, pair);
        connect(pair, &QButtonGroup::idClicked, this, [this, id, question = question->text()](int choice) {
            const Answer wanted = choice == YesId ? Answer::Yes : Answer::No;
            RedFlagScreen after = m_safety->screen();
            after.setAnswer(toStd(id), wanted);
            if (holdsRoutines() && !after.blocksExercise()) {
                syncButtons(); // the answer stays yes until the user says otherwise
                askBeforeUnlocking(tr("You answered yes to: %1\n\nChange your answer to no? If you have this "
                                      "sign, get medical help first.")
                                       .arg(question),
                    tr("Change to no"), [this, id] { m_safety->setAnswer(id, Answer::No); });
                return;
            }
            m_safety->setAnswer(id, wanted);
        });
    }

    grid->setRowStretch(row, 1); // the questions stay together at the top, however tall the dialog
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(questions);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the answers take the focus, and the area scrolls to each

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *clear = buttons->addButton(tr("Clear answers"), QDialogButtonBox::ResetRole);
    clear->setObjectName(u"clearAnswersButton"_s);
    clear->setToolTip(tr("Forget every answer, here and on the other pages"));
    if (QPushButton *close = buttons->button(QDialogButtonBox::Close))
        close->setToolTip(tr("Close the check; your answers are kept"));
    connect(clear, &QPushButton::clicked, this, [this] {
        if (!holdsRoutines()) {
            m_safety->reset();
            return;
        }
        askBeforeUnlocking(tr("Clear every answer? You answered yes to a warning sign; clearing your answers lets "
                              "the routines start again. If you have the sign, get medical help first."),
            tr("Clear answers"), [this] { m_safety->reset(); });
    });
    // Enter closes the check with the answers kept; clearing them takes a deliberate click.
    clear->setAutoDefault(false);
    if (QPushButton *close = buttons->button(QDialogButtonBox::Close))
        close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_notice);
    layout->addWidget(buttons);

    m_notice->setSafety(m_safety);
    connect(m_safety, &SafetyState::changed, this, &RedFlagCheckDialog::syncButtons);
    syncButtons();
    // The questions take the focus first: never the notice's "I have sought medical advice", which one Enter would
    // press.
    if (!m_groups.empty())
        m_groups.front().second->button(YesId)->setFocus();
}

bool RedFlagCheckDialog::holdsRoutines() const
{
    return m_safety->needsCareFirst();
}

void RedFlagCheckDialog::askBeforeUnlocking(const QString &text, const QString &confirm, std::function<void()> take)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Change your answer?"), text, QMessageBox::NoButton, this);
    box->setObjectName(u"unlockQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(confirm, QMessageBox::DestructiveRole);
    yes->setObjectName(u"unlockConfirm"_s);
    QPushButton *keep = box->addButton(tr("Keep my answer"), QMessageBox::RejectRole);
    keep->setObjectName(u"unlockKeep"_s);
    box->setDefaultButton(keep);
    connect(yes, &QPushButton::clicked, this, std::move(take));
    box->open();
}

void RedFlagCheckDialog::syncButtons()
{
    for (const auto &[id, pair] : m_groups) {
        const Answer answer = m_safety->screen().answer(toStd(id));
        // Exclusive groups cannot show "neither" once one is checked, so switch that off for the moment.
        pair->setExclusive(false);
        pair->button(YesId)->setChecked(answer == Answer::Yes);
        pair->button(NoId)->setChecked(answer == Answer::No);
        pair->setExclusive(true);
    }
}

} // namespace lumbar::ui
