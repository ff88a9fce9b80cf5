#include "librarypage.h"

#include "exercisefilterproxy.h"
#include "exerciselistmodel.h"
#include "flagbanner.h"
#include "ui/figures/figurepreview.h"
#include "ui/figures/figureview.h"
#include "ui/text/detailpagebuilder.h"
#include "ui/text/uitext.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/listdetaillayout.h"
#include "ui/widgets/safetextbrowser.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/twolinedelegate.h"

#include <QAction>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

constexpr std::array kFacets{
    Facet::Category, Facet::Position, Facet::Equipment, Facet::Difficulty, Facet::Symptom, Facet::Condition};

struct FacetText
{
    const char *objectName;
    const char *title;
    const char *accessibleName;
    const char *toolTip;
};

// Indexed by Facet. Translated where shown (LibraryPage::tr).
constexpr std::array<FacetText, kFacetCount> kFacetTexts{{
    {"filterCategory", QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Type"),
        QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Filter by type"),
        QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Show only stretches, strengthening, nerve glides, …")},
    {"filterPosition", QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Position"),
        QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Filter by start position"),
        QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Show only exercises done lying, sitting, standing, …")},
    {"filterEquipment", QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Equipment"),
        QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Filter by equipment"),
        QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Show only exercises that use what you have")},
    {"filterDifficulty", QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Difficulty"),
        QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Filter by difficulty"),
        QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Show only easy, moderate or hard exercises")},
    {"filterSymptom", QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Symptom"),
        QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Filter by symptom"),
        QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Show only exercises meant to help a symptom")},
    {"filterCondition", QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Condition"),
        QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Filter by condition"),
        QT_TRANSLATE_NOOP("lumbar::ui::LibraryPage", "Show only exercises suggested for a condition")},
}};

const FacetText &textOf(Facet facet)
{
    return kFacetTexts.at(static_cast<std::size_t>(facet));
}

} // namespace

LibraryPage::LibraryPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ExerciseListModel(this))
    , m_proxy(new ExerciseFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_listStack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_emptyState(new QLabel(this))
    , m_detail(new SafeTextBrowser(this))
    , m_figure(new FigurePreview(this))
    , m_flagBanner(new FlagBanner(this))
    , m_start(new QPushButton(tr("Start this exercise"), this))
    , m_addToRoutine(new QPushButton(tr("Add to routine"), this))
    , m_routineMenu(new QMenu(this))
    , m_resetFilters(new QPushButton(tr("Reset filters"), this))
{
    setObjectName(u"libraryPage"_s);
    m_proxy->setExerciseModel(m_model);

    layOutListAndDetail(this, buildLeft(), buildRight());

    setTabOrders();
    connect(m_flagBanner, &FlagBanner::clearRequested, this, [this] {
        if (!m_shownId.isEmpty())
            emit clearFlagsRequested(m_shownId);
    });
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (!currentExerciseId().isEmpty())
            emit startRequested(currentExerciseId());
    });

    connect(m_search, &QLineEdit::textChanged, this, &LibraryPage::onSearchTextChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_detail, &SafeTextBrowser::internalLinkClicked, this, [this](const QString &target, const QString &id) {
        if (target == u"exercise"_s)
            showExercise(id);
    });

    showEmptyState();
}

// The left side: the title, search, filters, the count and the list.
QWidget *LibraryPage::buildLeft()
{
    QLabel *title = theme::pageTitle(tr("Exercise library"), this);
    m_search->setObjectName(u"librarySearch"_s);
    m_search->setPlaceholderText(tr("Search exercises"));
    m_search->setAccessibleName(tr("Search exercises"));
    m_search->setToolTip(tr("Search names, other names, summaries and steps (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icons::glyph(icons::Glyph::Search, theme::mutedText()), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);

    m_count->setObjectName(u"pageSubtitle"_s);

    QGridLayout *filters = buildFilters();
    buildList();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(8);
    leftLayout->addWidget(title);
    leftLayout->addWidget(m_search);
    leftLayout->addLayout(filters);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_resetFilters);
    leftLayout->addLayout(countRow);
    leftLayout->addWidget(m_listStack, 1);

    return left;
}

// One button per facet with a menu of its values, three to a row (two at large text).
QGridLayout *LibraryPage::buildFilters()
{
    auto *filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setSpacing(6);
    for (const Facet facet : kFacets) {
        const FacetText &text = textOf(facet);
        auto *button = new QPushButton(tr(text.title), this);
        button->setObjectName(QString::fromLatin1(text.objectName));
        button->setAccessibleName(tr(text.accessibleName));
        button->setToolTip(tr(text.toolTip));
        button->setMenu(new QMenu(button));
        button->menu()->setObjectName(QString::fromLatin1(text.objectName) + u"Menu"_s);
        button->menu()->setToolTipsVisible(true);
        m_filterButtons.at(static_cast<std::size_t>(facet)) = button;
        button->installEventFilter(this); // its text is fitted to its width
    }
    // Three to a row, or two when the text is large, so that every title fits.
    const auto placeFilters = [this, filters] {
        const int columns = theme::textScale() > 110 ? 2 : 3;
        for (QPushButton *button : m_filterButtons)
            filters->removeWidget(button);
        for (std::size_t n = 0; n < m_filterButtons.size(); ++n)
            filters->addWidget(m_filterButtons.at(n), static_cast<int>(n) / columns, static_cast<int>(n) % columns);
    };
    placeFilters();
    connect(theme::Notifier::instance(), &theme::Notifier::changed, this, placeFilters);
    m_resetFilters->setObjectName(u"resetFilters"_s);
    m_resetFilters->setAccessibleName(tr("Reset filters"));
    m_resetFilters->setToolTip(tr("Clear every filter and show all the exercises the search finds"));
    m_resetFilters->setEnabled(false);
    connect(m_resetFilters, &QPushButton::clicked, this, &LibraryPage::resetFilters);
    connect(m_proxy, &ExerciseFilterProxy::searchResultChanged, this, &LibraryPage::updateFilterMenus);

    return filters;
}

void LibraryPage::buildList()
{
    m_list->setObjectName(u"exerciseList"_s);
    m_list->setAccessibleDescription(tr("Up and Down choose an exercise; how to do it shows beside the list."));
    m_list->setAccessibleName(tr("Exercises"));
    m_list->setModel(m_proxy);
    auto *delegate = new TwoLineDelegate(ExerciseListModel::SubtitleRole, m_list);
    delegate->setPositionRole(ExerciseListModel::PositionRole);
    delegate->setHighlightRole(ExerciseFilterProxy::NameHighlightRole);
    delegate->setWarningRole(ExerciseListModel::FlagRole);
    m_list->setItemDelegate(delegate);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true); // hover highlight in the delegate
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_emptyState->setObjectName(u"libraryEmptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText); // it repeats what the user typed

    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_emptyState);
}

// The right side: a marked exercise's banner, the figure, how to do it, and the buttons.
QWidget *LibraryPage::buildRight()
{
    styleDetailPage(m_detail, u"exerciseDetail"_s, tr("Exercise details"),
        tr("How to do the chosen exercise, how long and how often, and when to stop. Tab moves between its links."));

    m_start->setObjectName(u"startExerciseButton"_s);
    m_start->setProperty("primary", true);
    m_start->setToolTip(tr("Do this exercise now, step by step, with its timers and cues"));
    m_start->setMinimumHeight(38);
    m_start->setEnabled(false);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(8);
    m_figure->setObjectName(u"exerciseFigure"_s);
    // 170 px when there is room; less when a marked exercise's banner needs the height (large text, long language).
    m_figure->setMinimumHeight(100);
    m_figure->setMaximumHeight(170);
    m_figure->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_figure->view()->setAccessibleName(tr("Figure of the exercise"));
    m_figure->hide();
    rightLayout->addWidget(m_flagBanner);
    rightLayout->addWidget(m_figure);
    rightLayout->addWidget(m_detail, 1);
    m_addToRoutine->setObjectName(u"addToRoutineButton"_s);
    m_addToRoutine->setToolTip(tr("Put this exercise in a routine of your own, new or one you made before"));
    m_addToRoutine->setMinimumHeight(38);
    m_addToRoutine->setEnabled(false);
    m_addToRoutine->setMenu(m_routineMenu);
    m_routineMenu->setObjectName(u"addToRoutineMenu"_s);
    rebuildRoutineMenu();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_addToRoutine);
    buttons->addWidget(m_start);
    rightLayout->addLayout(buttons);

    return right;
}

// Search first, then the list, then the page: the order a user reads the screen.
void LibraryPage::setTabOrders()
{
    QWidget *previous = m_search;
    for (QPushButton *button : m_filterButtons) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_resetFilters);
    setTabOrder(m_resetFilters, m_list);
    setTabOrder(m_list, m_detail);
    setTabOrder(m_detail, m_addToRoutine);
    setTabOrder(m_addToRoutine, m_start);
}

void LibraryPage::setBank(std::shared_ptr<const ContentBank> bank)
{
    m_bank = std::move(bank);
    m_shownId.clear();
    m_model->setBank(m_bank);
    rebuildFilterMenus();
    selectFirstIfNone();
}

void LibraryPage::setUserRoutines(const QList<QPair<QString, QString>> &routines)
{
    m_userRoutines = routines;
    rebuildRoutineMenu();
}

void LibraryPage::rebuildRoutineMenu()
{
    m_routineMenu->clear();
    const auto add = [this](const QString &label, const QString &routineId) {
        QAction *action = m_routineMenu->addAction(label);
        action->setObjectName(u"addTo:"_s + routineId);
        connect(action, &QAction::triggered, this, [this, routineId] {
            if (!currentExerciseId().isEmpty())
                emit addToRoutineRequested(currentExerciseId(), routineId);
        });
    };
    add(tr("New routine with this exercise…"), QString());
    if (m_userRoutines.isEmpty())
        return;
    m_routineMenu->addSection(tr("Your routines"));
    for (const auto &[id, name] : m_userRoutines)
        add(name, id);
}

void LibraryPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString LibraryPage::currentExerciseId() const
{
    const Exercise *e = m_proxy->exerciseAt(m_list->currentIndex());
    return e ? qs(e->id) : QString();
}

bool LibraryPage::showExercise(const QString &id)
{
    const QModelIndex source = m_model->indexOfId(id);
    if (!source.isValid())
        return false;
    QModelIndex row = m_proxy->mapFromSource(source);
    if (!row.isValid()) {
        m_search->clear(); // the search hid it; the user asked for this exercise by name
        row = m_proxy->mapFromSource(source);
    }
    if (!row.isValid()) {
        resetFilters(); // so did the filters
        row = m_proxy->mapFromSource(source);
    }
    m_list->setCurrentIndex(row);
    m_list->scrollTo(row);
    return row.isValid();
}

void LibraryPage::onSearchTextChanged(const QString &text)
{
    m_proxy->setSearchText(text);
    selectFirstIfNone();
}

void LibraryPage::selectFirstIfNone()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (m_search->text().trimmed().isEmpty() && m_proxy->filters().empty())
        m_count->setText(total == 1 ? tr("1 exercise") : tr("%1 exercises").arg(total));
    else
        m_count->setText(tr("%1 of %2 exercises").arg(shown).arg(total));

    if (shown == 0) {
        showEmptyState();
        return;
    }
    m_listStack->setCurrentWidget(m_list);
    QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        current = m_proxy->index(0, 0);
    // Rows filtered away take the selection with them; keep the highlighted row and the page in step.
    m_list->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
    onCurrentChanged(current);
}

void LibraryPage::setFlags(const std::vector<ExerciseFlag> &flags)
{
    m_flags.clear();
    for (const ExerciseFlag &flag : flags)
        if (!flag.cleared)
            m_flags[flag.exerciseId].push_back(flag);
    QSet<QString> marked;
    for (const auto &[id, list] : m_flags)
        marked.insert(qs(id));
    m_model->setFlagged(marked);
    showFlagsOf(m_bank && !m_shownId.isEmpty() ? m_bank->exercise(toStd(m_shownId)) : nullptr);
}

void LibraryPage::showFlagsOf(const Exercise *exercise)
{
    const auto found = exercise ? m_flags.find(exercise->id) : m_flags.end();
    if (!exercise || found == m_flags.end())
        m_flagBanner->hide();
    else
        m_flagBanner->showFlags(qs(exercise->name), found->second);
}

void LibraryPage::showEmptyState()
{
    m_shownId.clear();
    m_start->setEnabled(false);
    m_addToRoutine->setEnabled(false);
    m_figure->setExercise(nullptr);
    m_flagBanner->hide();
    m_listStack->setCurrentWidget(m_emptyState);
    if (m_model->rowCount() == 0) {
        m_emptyState->setText(tr("No exercises yet.\nThe content bank has no exercises."));
        m_detail->setHtml(DetailPageBuilder::messagePage(
            tr("No exercises yet"), tr("Add exercises to a bank folder to see them here.")));
    } else if (!m_proxy->filters().empty() && m_search->text().trimmed().isEmpty()) {
        m_emptyState->setText(tr("No exercises match these filters.\nChoose fewer, or reset the filters."));
        m_detail->setHtml(DetailPageBuilder::messagePage(
            tr("No exercises match"), tr("Choose fewer filters, or press “Reset filters”.")));
    } else if (!m_proxy->filters().empty()) {
        m_emptyState->setText(tr("No exercises match “%1” with these filters.\nTry another word, or reset the filters.")
                                  .arg(m_search->text().trimmed()));
        m_detail->setHtml(DetailPageBuilder::messagePage(
            tr("No exercises match"), tr("Try a different word, or press “Reset filters”.")));
    } else {
        m_emptyState->setText(
            tr("No exercises match “%1”.\nTry another word, or clear the search.").arg(m_search->text().trimmed()));
        m_detail->setHtml(DetailPageBuilder::messagePage(
            tr("No exercises match"), tr("Try a different word, such as a body part or a position.")));
    }
}

void LibraryPage::onCurrentChanged(const QModelIndex &current)
{
    const Exercise *exercise = m_proxy->exerciseAt(current);
    if (!exercise || !m_bank)
        return;
    const QString id = qs(exercise->id);
    if (id == m_shownId)
        return; // the selection was only re-asserted after a search
    m_shownId = id;
    m_start->setEnabled(true);
    m_addToRoutine->setEnabled(true);
    m_detail->setHtml(DetailPageBuilder(*m_bank).exercisePage(*exercise));
    m_figure->setExercise(exercise);
    showFlagsOf(exercise);
    emit exerciseShown(id);
}

QString LibraryPage::facetValueLabel(Facet facet, std::size_t value) const
{
    const auto &v = m_model->searchIndex().values(facet)[value];
    if (facet == Facet::Symptom || facet == Facet::Condition)
        return qs(v.name);
    if (facet == Facet::Equipment && v.key == kNoEquipment)
        return tr("No equipment");
    return enumLabel(std::string_view(v.key));
}

void LibraryPage::rebuildFilterMenus()
{
    // Choices the new bank has no value for are dropped rather than silently hiding everything.
    ExerciseFilters kept;
    const ExerciseIndex &index = m_model->searchIndex();
    for (const Facet facet : kFacets) {
        QMenu *menu = filterButton(facet)->menu();
        menu->clear();
        const auto values = index.values(facet);
        for (std::size_t i = 0; i < values.size(); ++i) {
            const QString key = qs(values[i].key);
            auto *action = menu->addAction(facetValueLabel(facet, i));
            action->setCheckable(true);
            action->setData(key);
            if (m_proxy->filters()[facet].contains(values[i].key)) {
                action->setChecked(true);
                kept[facet].insert(values[i].key);
            }
            connect(action, &QAction::toggled, this,
                [this, facet, key](bool chosen) { setFilterValue(facet, key, chosen); });
        }
        filterButton(facet)->setEnabled(!values.empty());
    }
    m_proxy->setFilters(kept);
    updateFilterMenus();
}

void LibraryPage::updateFilterMenus()
{
    const SearchResult &result = m_proxy->searchResult();
    const ExerciseFilters &filters = m_proxy->filters();
    for (const Facet facet : kFacets) {
        QPushButton *button = filterButton(facet);
        const auto counts = result.facetCounts(facet);
        const QList<QAction *> actions = button->menu()->actions();
        QStringList chosen;
        for (qsizetype i = 0; i < actions.size() && static_cast<std::size_t>(i) < counts.size(); ++i) {
            QAction *action = actions[i];
            const QString label = facetValueLabel(facet, static_cast<std::size_t>(i));
            const auto count = counts[static_cast<std::size_t>(i)];
            action->setText(tr("%1 (%2)").arg(label).arg(count));
            action->setToolTip(count == 1 ? tr("1 exercise") : tr("%1 exercises").arg(count));
            // Kept in step with the filters without re-entering setFilterValue.
            const QSignalBlocker block(action);
            action->setChecked(filters[facet].contains(toStd(action->data().toString())));
            action->setEnabled(count > 0 || action->isChecked());
            if (action->isChecked())
                chosen << label;
        }
        const QString title = tr(textOf(facet).title);
        // The button says what is picked: the value itself, and how many more.
        button->setProperty("shownValue", chosen.isEmpty() ? title : chosen.first());
        button->setProperty("moreValues",
            chosen.isEmpty()        ? QString()
                : chosen.size() > 1 ? tr(" +%1").arg(chosen.size() - 1)
                                    : QString());
        fitFilterText(button);
        button->setToolTip(
            chosen.isEmpty() ? tr(textOf(facet).toolTip) : plainToolTip(tr("%1: %2").arg(title, chosen.join(u", "_s))));
        button->setAccessibleDescription(chosen.isEmpty() ? tr("Any") : chosen.join(u", "_s));
    }
    m_resetFilters->setEnabled(!filters.empty());
}

// A filter button's text within its width: the value shortened with "…" when it must be (the tooltip has it whole),
// the count of more values kept.
void LibraryPage::fitFilterText(QPushButton *button)
{
    const QString value = button->property("shownValue").toString();
    const QString more = button->property("moreValues").toString();
    const QFontMetrics metrics = button->fontMetrics();
    // Room for the text beside the menu arrow and the button's padding.
    const int room = button->width() - 34 - metrics.horizontalAdvance(more);
    const bool laidOut = button->testAttribute(Qt::WA_Resized) || button->isVisible();
    button->setText((laidOut ? metrics.elidedText(value, Qt::ElideRight, std::max(room, 0)) : value) + more);
}

void LibraryPage::setFilterValue(Facet facet, const QString &key, bool chosen)
{
    ExerciseFilters filters = m_proxy->filters();
    if (chosen)
        filters[facet].insert(toStd(key));
    else
        filters[facet].erase(toStd(key));
    m_proxy->setFilters(filters);
    selectFirstIfNone();
}

void LibraryPage::resetFilters()
{
    if (m_proxy->filters().empty())
        return;
    m_proxy->setFilters({});
    selectFirstIfNone();
}

bool LibraryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        if (auto *button = qobject_cast<QPushButton *>(watched); button && button->property("shownValue").isValid())
            fitFilterText(button);
    // Down from the search field goes into the results, as in a browser's address bar.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_proxy->rowCount() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lumbar::ui
