#include "routinespage.h"

#include "ui/widgets/theme.h"

#include "routinelistmodel.h"
#include "ui/text/detailpagebuilder.h"
#include "ui/text/handout.h"
#include "ui/text/uitext.h"
#include "ui/widgets/listdetaillayout.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/safetextbrowser.h"
#include "ui/widgets/twolinedelegate.h"

#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

RoutinesPage::RoutinesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new RoutineListModel(this))
{
    setObjectName(u"routinesPage"_s);
}

// The widgets are made the first time the page is shown or asked for, so that start-up pays only for the page it
// shows first.
void RoutinesPage::build()
{
    if (m_list)
        return;
    m_count = new QLabel(this);
    m_list = new QListView(this);
    m_detail = new SafeTextBrowser(this);
    m_start = new QPushButton(tr("Start routine"), this);
    m_present = new QPushButton(tr("Present…"), this);
    m_handout = new QPushButton(tr("Share"), this);
    m_new = new QPushButton(tr("New"), this);
    m_edit = new QPushButton(tr("Edit"), this);
    m_copy = new QPushButton(tr("Copy"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    layOutListAndDetail(this, buildLeft(), buildRight());
    // Built while the page is being shown, the new children would otherwise stay hidden until the event loop turns.
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        child->show();
    setTabOrder(m_list, m_detail);
    setTabOrder(m_detail, m_handout);
    setTabOrder(m_handout, m_present);
    setTabOrder(m_present, m_start);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (!currentRoutineId().isEmpty())
            emit startRequested(currentRoutineId(), false);
    });
    connect(m_present, &QPushButton::clicked, this, [this] {
        if (!currentRoutineId().isEmpty())
            emit startRequested(currentRoutineId(), true);
    });

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_detail, &SafeTextBrowser::internalLinkClicked, this, [this](const QString &target, const QString &id) {
        if (target == u"exercise"_s)
            emit exerciseLinkClicked(id);
    });
    // The routine's page is laid out at the size it is shown at, so that it opens at its title.
    layout()->activate();
    showBankInList();
}

// The left side: the title, the count, the list and the buttons for the user's own routines.
QWidget *RoutinesPage::buildLeft()
{
    QLabel *title = theme::pageTitle(tr("Routines"), this);
    m_count->setObjectName(u"pageSubtitle"_s);
    m_count->setWordWrap(true);

    m_list->setObjectName(u"routineList"_s);
    m_list->setAccessibleDescription(tr("Up and Down choose a routine; its exercises show beside the list."));
    m_list->setAccessibleName(tr("Routines"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new TwoLineDelegate(RoutineListModel::SubtitleRole, m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(8);
    leftLayout->addWidget(title);
    leftLayout->addWidget(m_count);
    leftLayout->addWidget(m_list, 1);
    m_new->setObjectName(u"newRoutineButton"_s);
    m_new->setToolTip(tr("Build a routine of your own, or one for a patient"));
    m_edit->setObjectName(u"editRoutineButton"_s);
    m_edit->setToolTip(tr("Change this routine (your own routines only; copy a built-in one to change it)"));
    m_copy->setObjectName(u"copyRoutineButton"_s);
    m_copy->setToolTip(tr("Make a copy of this routine to change"));
    m_delete->setObjectName(u"deleteRoutineButton"_s);
    m_delete->setToolTip(tr("Move this routine of yours to the trash"));
    auto *editButtons = new QGridLayout;
    leftLayout->addLayout(editButtons);
    // Four in a row, or two by two when the text is large, so that every label fits.
    const auto placeButtons = [this, editButtons] {
        const int columns = theme::textScale() > 110 ? 2 : 4;
        const std::array<QPushButton *, 4> buttons{m_new, m_edit, m_copy, m_delete};
        for (QPushButton *button : buttons)
            editButtons->removeWidget(button);
        for (int i = 0; i < 4; ++i)
            editButtons->addWidget(buttons.at(static_cast<std::size_t>(i)), i / columns, i % columns);
    };
    placeButtons();
    connect(theme::Notifier::instance(), &theme::Notifier::changed, this, placeButtons);
    connect(m_new, &QPushButton::clicked, this, &RoutinesPage::newRoutineRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!currentRoutineId().isEmpty())
            emit editRoutineRequested(currentRoutineId());
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!currentRoutineId().isEmpty())
            emit copyRoutineRequested(currentRoutineId());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!currentRoutineId().isEmpty())
            emit deleteRoutineRequested(currentRoutineId());
    });

    return left;
}

// The right side: the chosen routine's page, and Share, Present and Start.
QWidget *RoutinesPage::buildRight()
{
    styleDetailPage(m_detail, u"routineDetail"_s, tr("Routine details"),
        tr("The chosen routine: who it is for, how often, and each exercise with its dosage. Tab moves between its "
           "links."));
    m_start->setObjectName(u"startRoutineButton"_s);
    m_start->setProperty("primary", true);
    m_start->setToolTip(tr("Play this routine step by step, with timers and cues"));
    m_start->setMinimumHeight(38);
    m_present->setObjectName(u"presentRoutineButton"_s);
    m_present->setToolTip(tr("Play it full screen with large type, on a second screen or projector if there is one"));
    m_present->setMinimumHeight(38);
    m_handout->setObjectName(u"handoutButton"_s);
    m_handout->setToolTip(tr("The routine as a sheet to take home (PDF or print), or as a file for another computer"));
    m_handout->setMinimumHeight(38);
    m_handout->setMenu(buildHandoutMenu());
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(8);
    rightLayout->addWidget(m_detail, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_handout);
    buttons->addStretch(1);
    buttons->addWidget(m_present);
    buttons->addWidget(m_start);
    rightLayout->addLayout(buttons);

    return right;
}

// Share: the handout as a PDF or on paper, or the routine as a file for another computer.
QMenu *RoutinesPage::buildHandoutMenu()
{
    auto *handoutMenu = new QMenu(m_handout);
    QAction *savePdf = handoutMenu->addAction(tr("Save handout as &PDF…"), this, [this] {
        const Routine *routine = currentRoutine();
        if (!routine)
            return;
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(qs(routine->id) + u".pdf"_s);
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the handout as PDF"), suggested, tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            saveHandout(path);
    });
    savePdf->setObjectName(u"saveHandoutAction"_s);
    QAction *print = handoutMenu->addAction(tr("&Print handout…"), this, [this] {
        if (!currentRoutine())
            return;
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setDocName(qs(currentRoutine()->name));
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print the handout"));
        if (dialog.exec() == QDialog::Accepted)
            printHandout(printer);
    });
    print->setObjectName(u"printHandoutAction"_s);
    handoutMenu->addSeparator();
    QAction *exportFile = handoutMenu->addAction(tr("&Export routine file…"), this, [this] {
        if (!currentRoutineId().isEmpty())
            emit exportRoutineRequested(currentRoutineId());
    });
    exportFile->setObjectName(u"exportRoutineAction"_s);
    return handoutMenu;
}

void RoutinesPage::setBank(std::shared_ptr<const ContentBank> bank)
{
    m_bank = std::move(bank);
    m_model->setBank(m_bank);
    if (m_list)
        showBankInList();
}

// The count, the buttons and the first routine's page, for the bank in the model.
void RoutinesPage::showBankInList()
{
    const int count = m_model->rowCount();
    m_count->setText(count == 1 ? tr("1 routine: a set of exercises to do together")
                                : tr("%1 routines: sets of exercises to do together").arg(count));
    m_start->setEnabled(count > 0);
    m_present->setEnabled(count > 0);
    m_handout->setEnabled(count > 0);
    if (count == 0) {
        m_detail->setHtml(
            DetailPageBuilder::messagePage(tr("No routines yet"), tr("The content bank has no routines.")));
        return;
    }
    const QModelIndex first = m_model->index(0, 0);
    m_list->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect);
    onCurrentChanged(first);
}

bool RoutinesPage::showRoutine(const QString &id)
{
    build();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(RoutineListModel::IdRole).toString() == id) {
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            return true;
        }
    }
    return false;
}

const Routine *RoutinesPage::currentRoutine() const
{
    return m_bank ? m_bank->routine(currentRoutineId().toStdString()) : nullptr;
}

bool RoutinesPage::saveHandout(const QString &path)
{
    const Routine *routine = currentRoutine();
    if (!routine)
        return false;
    QString error;
    if (!Handout(*m_bank, *routine).savePdf(path, &error)) {
        openMessage(this, QMessageBox::Warning, tr("Handout not saved"),
            tr("The handout could not be saved as “%1”: %2").arg(QDir::toNativeSeparators(path), error),
            u"handoutError"_s);
        return false;
    }
    emit statusMessage(tr("Saved the handout for “%1” as %2.").arg(qs(routine->name), QDir::toNativeSeparators(path)));
    return true;
}

void RoutinesPage::printHandout(QPagedPaintDevice &printer)
{
    if (const Routine *routine = currentRoutine())
        Handout(*m_bank, *routine).paint(printer);
}

QString RoutinesPage::currentRoutineId() const
{
    if (!m_list)
        return {};
    return m_list->currentIndex().data(RoutineListModel::IdRole).toString();
}

void RoutinesPage::setOwnRoutineCheck(std::function<bool(const QString &)> isOwn)
{
    m_isOwn = std::move(isOwn);
    if (m_list)
        updateEditButtons();
}

void RoutinesPage::updateEditButtons()
{
    const QString id = currentRoutineId();
    const bool own = !id.isEmpty() && m_isOwn && m_isOwn(id);
    m_edit->setEnabled(own);
    m_delete->setEnabled(own);
    m_copy->setEnabled(!id.isEmpty());
}

void RoutinesPage::setFlags(std::vector<ExerciseFlag> flags)
{
    m_flags = std::move(flags);
    if (m_list)
        onCurrentChanged(m_list->currentIndex());
}

void RoutinesPage::showEvent(QShowEvent *event)
{
    build();
    QWidget::showEvent(event);
}

void RoutinesPage::onCurrentChanged(const QModelIndex &current)
{
    updateEditButtons();
    const Routine *routine = m_model->routineAt(current);
    if (!routine || !m_bank)
        return;
    m_detail->setHtml(DetailPageBuilder(*m_bank).routinePage(*routine, m_flags));
}

} // namespace lumbar::ui
