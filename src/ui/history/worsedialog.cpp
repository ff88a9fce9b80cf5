#include "worsedialog.h"

#include "ui/widgets/theme.h"

#include "legextentpicker.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

WorseDialog::WorseDialog(const QString &exercise, QWidget *parent)
    : QDialog(parent)
    , m_picker(new LegExtentPicker(this))
    , m_numbness(new QCheckBox(tr("New numbness or weakness in the leg or foot"), this))
{
    setObjectName(u"worseDialog"_s);
    setWindowTitle(tr("This makes it worse"));
    // What it asks, in the dialog itself: a title bar is easily missed, and absent on some desktops.
    auto *heading = new QLabel(tr("Stop %1?").arg(exercise), this);
    heading->setObjectName(u"worseHeading"_s);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    theme::setRelativeFont(heading, 1.25, true);
    auto *text = new QLabel(tr("If you stop %1, it is noted in your history and left out of your routines until you "
                               "clear its mark. Where do your symptoms reach now? Mark it if you can: it shows "
                               "whether they are spreading down the leg.")
                                .arg(exercise),
        this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    m_numbness->setObjectName(u"numbnessCheck"_s);
    m_numbness->setAccessibleDescription(
        tr("Tick it if the leg or foot feels numb or weak in a way it did not before."));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *stop = buttons->addButton(tr("Stop this exercise"), QDialogButtonBox::AcceptRole);
    stop->setObjectName(u"worseStopButton"_s);
    stop->setToolTip(
        tr("End this exercise and mark it; the rest of the session leaves out exercises that load the nerve the same "
           "way"));
    stop->setProperty("primary", true);
    stop->setDefault(true);
    QPushButton *carryOn = buttons->addButton(tr("Carry on"), QDialogButtonBox::RejectRole);
    carryOn->setObjectName(u"worseCarryOnButton"_s);
    carryOn->setToolTip(tr("Go back to the exercise; nothing is noted"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_numbness);
    layout->addWidget(buttons);
    resize(460, 440);
}

CheckIn WorseDialog::report() const
{
    return CheckIn{std::nullopt, m_picker->extent(), m_numbness->isChecked()};
}

} // namespace lumbar::ui
