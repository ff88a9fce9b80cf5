#include "routinespage.h"

#include "detailpagebuilder.h"
#include "routinelistmodel.h"
#include "safetextbrowser.h"
#include "twolinedelegate.h"
#include "uitext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

RoutinesPage::RoutinesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new RoutineListModel(this))
    , m_count(new QLabel(this))
    , m_list(new QListView(this))
    , m_detail(new SafeTextBrowser(this))
    , m_start(new QPushButton(tr("Start routine"), this))
    , m_present(new QPushButton(tr("Present…"), this))
{
    setObjectName(u"routinesPage"_s);

    auto *title = new QLabel(tr("Routines"), this);
    title->setObjectName(u"pageTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    title->setFont(titleFont);
    m_count->setObjectName(u"pageSubtitle"_s);
    m_count->setWordWrap(true);

    m_list->setObjectName(u"routineList"_s);
    m_list->setAccessibleName(tr("Routines"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new TwoLineDelegate(RoutineListModel::SubtitleRole, m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_detail->setObjectName(u"routineDetail"_s);
    m_detail->setAccessibleName(tr("Routine details"));
    m_detail->document()->setDefaultStyleSheet(DetailPageBuilder::styleSheet());
    m_detail->document()->setDocumentMargin(22);
    QFont detailFont = m_detail->font();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 1.12);
    m_detail->setFont(detailFont);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(8);
    leftLayout->addWidget(title);
    leftLayout->addWidget(m_count);
    leftLayout->addWidget(m_list, 1);
    left->setMinimumWidth(280);

    m_start->setObjectName(u"startRoutineButton"_s);
    m_start->setProperty("primary", true);
    m_start->setToolTip(tr("Play this routine step by step, with timers and cues"));
    m_start->setMinimumHeight(38);
    m_present->setObjectName(u"presentRoutineButton"_s);
    m_present->setToolTip(tr("Play it full screen with large type, on a second screen or projector if there is one"));
    m_present->setMinimumHeight(38);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(8);
    rightLayout->addWidget(m_detail, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_present);
    buttons->addWidget(m_start);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(16);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 700});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(splitter);
    setTabOrder(m_list, m_detail);
    setTabOrder(m_detail, m_present);
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
}

void RoutinesPage::setBank(std::shared_ptr<const ContentBank> bank)
{
    m_bank = std::move(bank);
    m_model->setBank(m_bank);
    const int count = m_model->rowCount();
    m_count->setText(count == 1 ? tr("1 routine: a set of exercises to do together")
                                : tr("%1 routines: sets of exercises to do together").arg(count));
    m_start->setEnabled(count > 0);
    m_present->setEnabled(count > 0);
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
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(RoutineListModel::IdRole).toString() == id) {
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            return true;
        }
    }
    return false;
}

QString RoutinesPage::currentRoutineId() const
{
    return m_list->currentIndex().data(RoutineListModel::IdRole).toString();
}

void RoutinesPage::onCurrentChanged(const QModelIndex &current)
{
    const Routine *routine = m_model->routineAt(current);
    if (!routine || !m_bank)
        return;
    m_detail->setHtml(DetailPageBuilder(*m_bank).routinePage(*routine));
}

} // namespace lumbar::ui
