#include "routinebuilder.h"

#include "routineitemlist.h"
#include "routinestore.h"
#include "ui/text/uitext.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/wheelsafespinbox.h"

#include "core/routinefile.h"
#include "ui/text/dosagewords.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

// One edit: the routine before and after it. Consecutive typing in one field merges into one step.
class RoutineEditCommand : public QUndoCommand
{
public:
    RoutineEditCommand(RoutineBuilder *builder, Routine before, Routine after, const QString &text, int mergeKey)
        : QUndoCommand(text)
        , m_builder(builder)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    {
    }
    void undo() override { m_builder->apply(m_before); }
    void redo() override { m_builder->apply(m_after); }
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const RoutineEditCommand *>(other);
        if (next->m_mergeKey != m_mergeKey || m_mergeKey < 0)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    RoutineBuilder *m_builder;
    Routine m_before;
    Routine m_after;
    int m_mergeKey;
};

namespace {

enum MergeKey { kTitle = 1, kPatient, kNotes, kItemNoteBase = 1000 };

QString fieldLabel(DosageField field)
{
    switch (field) {
    case DosageField::Hold:
        return RoutineBuilder::tr("Hold");
    case DosageField::Reps:
        return RoutineBuilder::tr("Repetitions");
    case DosageField::Sets:
        return RoutineBuilder::tr("Sets");
    case DosageField::Sides:
        return RoutineBuilder::tr("Sides");
    case DosageField::RestBetweenReps:
        return RoutineBuilder::tr("Rest between reps");
    case DosageField::RestBetweenSets:
        return RoutineBuilder::tr("Rest between sets");
    case DosageField::TimesPerDay:
        return RoutineBuilder::tr("Times a day");
    }
    return {};
}

QString fieldSuffix(DosageField field)
{
    switch (field) {
    case DosageField::Hold:
    case DosageField::RestBetweenReps:
    case DosageField::RestBetweenSets:
        return RoutineBuilder::tr(" s");
    default:
        return {};
    }
}

} // namespace

RoutineBuilder::RoutineBuilder(
    std::shared_ptr<const ContentBank> bank, Routine routine, QString storeFolder, QWidget *parent)
    : QDialog(parent)
    , m_bank(std::move(bank))
    , m_routine(std::move(routine))
    , m_storeFolder(std::move(storeFolder))
    , m_undo(new QUndoStack(this))
    , m_title(new QLineEdit(this))
    , m_patient(new QLineEdit(this))
    , m_timesPerDay(new WheelSafeSpinBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_search(new QLineEdit(this))
    , m_picker(new ExercisePicker(this))
    , m_items(new RoutineItemList(this))
    , m_add(new QPushButton(tr("Add →"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_itemTitle(new QLabel(this))
    , m_sides(new QComboBox(this))
    , m_itemNote(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save"), this))
{
    setObjectName(u"routineBuilder"_s);
    setWindowTitle(m_routine.id.empty() ? tr("New routine") : tr("Edit routine"));
    // The room its three columns like, within the screen it opens on (a netbook's is 1024 × 600).
    const QScreen *screen = parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableSize() - QSize(16, 16) : QSize(1120, 720);
    resize(QSize(1120, 720).boundedTo(room));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildPicker());
    splitter->addWidget(buildItemList());
    splitter->addWidget(buildDosageEditor());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({260, 400, 420});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildAbout());
    layout->addWidget(splitter, 1);
    layout->addLayout(buildButtons());
    // Return confirms what was typed and nothing more: no button presses itself (Save is Ctrl+S).
    for (auto *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);

    connectEdits();
    setWindowTitle(windowTitle() + u"[*]"_s);

    apply(m_routine);
    if (!m_routine.items.empty())
        selectItem(0);
    m_save->setEnabled(true);
    // The suggested title ("New routine", "Copy of …") is chosen, so the title typed replaces it.
    m_title->setFocus();
    m_title->selectAll();
}

QLayout *RoutineBuilder::buildAbout()
{
    // The routine itself.
    m_title->setObjectName(u"routineTitle"_s);
    m_title->setAccessibleName(tr("Routine title"));
    m_title->setPlaceholderText(tr("For example: Morning stretches"));
    m_patient->setObjectName(u"routinePatient"_s);
    m_patient->setAccessibleName(tr("Patient's name"));
    m_patient->setPlaceholderText(tr("Optional: printed on the handout"));
    m_timesPerDay->setObjectName(u"routineTimesPerDay"_s);
    m_timesPerDay->setAccessibleDescription(tr("How many times a day the patient does the whole routine."));
    m_timesPerDay->setRange(0, 12);
    m_timesPerDay->setSpecialValueText(tr("Not said"));
    m_timesPerDay->setSuffix(tr(" × a day"));
    m_timesPerDay->setAccessibleName(tr("How many times a day"));
    m_notes->setObjectName(u"routineNotes"_s);
    m_notes->setAccessibleDescription(tr("Shown to the patient with the routine and printed on the handout."));
    m_notes->setTabChangesFocus(true); // Tab goes on to the next control rather than into the notes
    m_notes->setAccessibleName(tr("Notes for the patient"));
    m_notes->setPlaceholderText(tr("Notes for the patient: when to do it, what to watch for"));
    m_notes->setFixedHeight(64);
    auto *about = new QFormLayout;
    about->addRow(tr("&Title"), m_title);
    about->addRow(tr("&For"), m_patient);
    about->addRow(tr("How &often"), m_timesPerDay);
    about->addRow(tr("&Notes"), m_notes);

    return about;
}

QWidget *RoutineBuilder::buildPicker()
{
    // The exercises to choose from.
    m_search->setObjectName(u"builderSearch"_s);
    m_search->setPlaceholderText(tr("Find an exercise"));
    m_search->setAccessibleName(tr("Find an exercise to add"));
    m_search->setClearButtonEnabled(true);
    m_picker->setObjectName(u"exercisePicker"_s);
    m_picker->setAccessibleDescription(
        tr("Every exercise in the bank. Enter adds the chosen one to the routine; you can also drag it across."));
    m_picker->setAccessibleName(tr("Exercises to add"));
    m_picker->setDragEnabled(true);
    m_picker->setDragDropMode(QAbstractItemView::DragOnly);
    m_picker->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_picker->setTextElideMode(Qt::ElideRight);
    for (const Exercise &e : m_bank->exercises()) {
        auto *item = new QListWidgetItem(qs(e.name), m_picker);
        item->setData(Qt::UserRole, qs(e.id));
        item->setToolTip(qs(e.summary));
    }
    m_add->setObjectName(u"addExerciseButton"_s);
    m_add->setToolTip(tr("Add the chosen exercise after the selected one (or drag it across)"));
    auto *pickerBox = new QGroupBox(tr("Exercises"), this);
    auto *pickerLayout = new QVBoxLayout(pickerBox);
    pickerLayout->addWidget(m_search);
    pickerLayout->addWidget(m_picker, 1);
    pickerLayout->addWidget(m_add);

    return pickerBox;
}

QWidget *RoutineBuilder::buildItemList()
{
    // The routine's items.
    m_items->setObjectName(u"routineItems"_s);
    m_items->setAccessibleName(tr("Exercises in this routine"));
    m_items->setAccessibleDescription(tr("Ctrl+Up and Ctrl+Down move the selected exercise; Delete removes it"));
    m_items->setDragEnabled(true);
    m_items->setAcceptDrops(true);
    m_items->setDropIndicatorShown(true);
    m_items->setDragDropMode(QAbstractItemView::DragDrop);
    m_items->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_items->setWordWrap(true);
    m_items->setSpacing(2);
    m_up->setObjectName(u"moveUpButton"_s);
    m_down->setObjectName(u"moveDownButton"_s);
    m_remove->setObjectName(u"removeItemButton"_s);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_up);
    itemButtons->addWidget(m_down);
    itemButtons->addStretch(1);
    itemButtons->addWidget(m_remove);
    auto *itemsBox = new QGroupBox(tr("In this routine"), this);
    auto *itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->addWidget(m_items, 1);
    itemsLayout->addLayout(itemButtons);

    return itemsBox;
}

QWidget *RoutineBuilder::buildDosageEditor()
{
    // The selected item's dosage, each beside the exercise's own.
    m_itemTitle->setObjectName(u"itemTitle"_s);
    m_itemTitle->setWordWrap(true);
    QFont bold = m_itemTitle->font();
    bold.setBold(true);
    m_itemTitle->setFont(bold);
    auto *dosageForm = new QFormLayout;
    dosageForm->addRow(m_itemTitle);
    auto *heads = new QHBoxLayout;
    auto *mine = new QLabel(tr("In this routine"), this);
    auto *theirs = new QLabel(tr("Exercise's own"), this);
    mine->setProperty("muted", true);
    theirs->setProperty("muted", true);
    heads->addWidget(mine, 1);
    heads->addWidget(theirs, 1);
    dosageForm->addRow(QString(), heads);
    QWidget *previous = nullptr; // Tab goes down the fields in the order they are shown
    for (std::size_t i = 0; i < kDosageFieldCount; ++i) {
        const auto field = static_cast<DosageField>(i);
        auto *row = new QHBoxLayout;
        QWidget *input = nullptr;
        if (field == DosageField::Sides) {
            m_sides->setObjectName(u"override-sides"_s);
            m_sides->addItem(tr("As the exercise says"));
            m_sides->addItem(tr("No sides"), static_cast<int>(Sides::None));
            m_sides->addItem(tr("Alternating sides"), static_cast<int>(Sides::Alternate));
            m_sides->addItem(tr("Each side in turn"), static_cast<int>(Sides::EachSide));
            m_sides->setAccessibleName(fieldLabel(field));
            input = m_sides;
            connect(m_sides, &QComboBox::activated, this, [this](int index) {
                const QVariant v = m_sides->itemData(index);
                setOverride(selectedItem(), DosageField::Sides, v.isValid() ? std::optional(v.toInt()) : std::nullopt);
            });
        } else {
            auto *spin = new WheelSafeSpinBox(this);
            const auto [lo, hi] = overrideLimits(field);
            spin->setObjectName(u"override-"_s + QString::number(i));
            spin->setRange(lo - 1, hi); // the value below the range means "as the exercise says"
            spin->setSpecialValueText(tr("As the exercise says"));
            spin->setSuffix(fieldSuffix(field));
            spin->setAccessibleName(fieldLabel(field));
            spin->setKeyboardTracking(false);
            m_spins[i] = spin;
            input = spin;
            connect(spin, &QSpinBox::valueChanged, this, [this, field, spin](int value) {
                if (m_applying)
                    return;
                setOverride(selectedItem(), field, value < spin->minimum() + 1 ? std::nullopt : std::optional(value));
            });
        }
        auto *own = new QLabel(this);
        own->setObjectName(u"default-"_s + QString::number(i));
        own->setProperty("muted", true);
        own->setWordWrap(true);
        m_defaults[i] = own;
        if (previous)
            setTabOrder(previous, input);
        previous = input;
        row->addWidget(input, 1);
        row->addWidget(own, 1);
        dosageForm->addRow(fieldLabel(field), row);
    }
    m_itemNote->setObjectName(u"itemNote"_s);
    m_itemNote->setAccessibleName(tr("Note for this exercise"));
    m_itemNote->setPlaceholderText(tr("A note for the patient")); // short enough to show whole in the field
    dosageForm->addRow(tr("Note"), m_itemNote);
    setTabOrder(previous, m_itemNote);
    auto *dosageBox = new QGroupBox(tr("This exercise in the routine"), this);
    dosageBox->setLayout(dosageForm);

    return dosageBox;
}

QLayout *RoutineBuilder::buildButtons()
{
    // Undo, redo, save, cancel.
    auto *undo = new QPushButton(tr("Undo"), this);
    auto *redo = new QPushButton(tr("Redo"), this);
    undo->setObjectName(u"undoButton"_s);
    redo->setObjectName(u"redoButton"_s);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo,
        [undo](const QString &text) { undo->setToolTip(tr("Undo %1 (Ctrl+Z)").arg(text)); });
    connect(m_undo, &QUndoStack::redoTextChanged, redo,
        [redo](const QString &text) { redo->setToolTip(tr("Redo %1 (Ctrl+Shift+Z)").arg(text)); });
    undo->setEnabled(false);
    redo->setEnabled(false);
    QAction *undoAction = m_undo->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    addAction(undoAction);
    QAction *redoAction = m_undo->createRedoAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    addAction(redoAction);
    m_save->setObjectName(u"saveRoutineButton"_s);
    m_save->setToolTip(tr("Save the routine to your routines (Ctrl+S)"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setProperty("primary", true);
    auto *cancel = new QPushButton(tr("Close"), this);
    cancel->setToolTip(tr("Close the builder; you are asked about changes not yet saved"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(undo);
    bottom->addWidget(redo);
    bottom->addStretch(1);
    bottom->addWidget(cancel);
    bottom->addWidget(m_save);

    connect(cancel, &QPushButton::clicked, this, &RoutineBuilder::reject);
    return bottom;
}

void RoutineBuilder::connectEdits()
{
    // Widgets → edits.
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        Routine next = m_routine;
        next.name = LocalText(text.trimmed().toStdString());
        edit(next, tr("title"), kTitle);
    });
    connect(m_patient, &QLineEdit::textEdited, this, [this](const QString &text) {
        Routine next = m_routine;
        next.patient = text.trimmed().isEmpty() ? std::nullopt : std::optional(text.trimmed().toStdString());
        edit(next, tr("patient's name"), kPatient);
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_applying)
            return;
        Routine next = m_routine;
        const QString text = m_notes->toPlainText().trimmed();
        next.notes = text.isEmpty() ? std::nullopt : std::optional(LocalText(text.toStdString()));
        edit(next, tr("notes"), kNotes);
    });
    connect(m_timesPerDay, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_applying)
            return;
        Routine next = m_routine;
        if (value > 0)
            next.timesPerDay = Range{value, value, value};
        else if (!(next.timesPerDay && next.timesPerDay->isRange()))
            next.timesPerDay.reset(); // "Not said"; a range shown as the field's words stays as it is
        edit(next, tr("how often"));
    });
    connect(m_itemNote, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int at = selectedItem();
        if (at >= 0)
            edit(withItemNote(m_routine, static_cast<std::size_t>(at), text.trimmed().toStdString()), tr("note"),
                kItemNoteBase + at);
    });
    connect(m_search, &QLineEdit::textChanged, this, &RoutineBuilder::filterPicker);
    // Return in the search adds what it found: the chosen exercise if it is still shown, else the first shown.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        QListWidgetItem *found = m_picker->currentItem();
        for (int i = 0; (!found || found->isHidden()) && i < m_picker->count(); ++i)
            found = m_picker->item(i)->isHidden() ? nullptr : m_picker->item(i);
        if (found && !found->isHidden())
            addExercise(found->data(Qt::UserRole).toString(), selectedItem() < 0 ? -1 : selectedItem() + 1);
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *chosen = m_picker->currentItem())
            addExercise(chosen->data(Qt::UserRole).toString(), selectedItem() < 0 ? -1 : selectedItem() + 1);
    });
    connect(m_picker, &QListWidget::itemActivated, this, [this](QListWidgetItem *chosen) {
        addExercise(chosen->data(Qt::UserRole).toString(), selectedItem() < 0 ? -1 : selectedItem() + 1);
    });
    connect(m_items, &RoutineItemList::addRequested, this, &RoutineBuilder::addExercise);
    connect(m_items, &RoutineItemList::moveRequested, this, &RoutineBuilder::moveItem);
    connect(m_items, &RoutineItemList::removeRequested, this, &RoutineBuilder::removeItem);
    connect(m_up, &QPushButton::clicked, this, [this] { moveItem(selectedItem(), selectedItem() - 1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveItem(selectedItem(), selectedItem() + 1); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeItem(selectedItem()); });
    connect(m_items, &QListWidget::currentRowChanged, this, [this] {
        if (!m_applying)
            showItemEditor();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        setWindowModified(!clean);
        m_save->setEnabled(!clean || m_routine.id.empty());
    });
}

RoutineBuilder::~RoutineBuilder()
{
    // The undo stack goes with the children, after this object is no longer a RoutineBuilder, and tells its clean
    // state on the way out: nothing here may hear it.
    m_undo->disconnect(this);
}

bool RoutineBuilder::hasUnsavedChanges() const
{
    return !m_undo->isClean();
}

void RoutineBuilder::edit(const Routine &next, const QString &what, int mergeKey)
{
    if (next == m_routine)
        return;
    m_undo->push(new RoutineEditCommand(this, m_routine, next, what, mergeKey));
}

void RoutineBuilder::addExercise(const QString &exerciseId, int at)
{
    if (!m_bank->exercise(exerciseId.toStdString()))
        return;
    const std::size_t where = at < 0 ? m_routine.items.size() : static_cast<std::size_t>(at);
    edit(withItemAdded(m_routine, exerciseId.toStdString(), where), tr("adding an exercise"));
    selectItem(static_cast<int>(std::min(where, m_routine.items.size() - 1)));
}

void RoutineBuilder::removeItem(int at)
{
    if (at < 0 || at >= static_cast<int>(m_routine.items.size()))
        return;
    edit(withItemRemoved(m_routine, static_cast<std::size_t>(at)), tr("removing an exercise"));
    selectItem(std::min(at, static_cast<int>(m_routine.items.size()) - 1));
}

void RoutineBuilder::moveItem(int from, int to)
{
    const int count = static_cast<int>(m_routine.items.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    edit(withItemMoved(m_routine, static_cast<std::size_t>(from), static_cast<std::size_t>(to)),
        tr("moving an exercise"));
    selectItem(to);
}

void RoutineBuilder::setOverride(int item, DosageField field, std::optional<int> value)
{
    if (item < 0 || item >= static_cast<int>(m_routine.items.size()))
        return;
    edit(withItemOverride(m_routine, static_cast<std::size_t>(item), field, value),
        tr("changing %1").arg(fieldLabel(field).toLower()));
}

void RoutineBuilder::selectItem(int at)
{
    m_items->setCurrentRow(at);
    showItemEditor();
}

int RoutineBuilder::selectedItem() const
{
    const int row = m_items->currentRow();
    return row < static_cast<int>(m_routine.items.size()) ? row : -1;
}

void RoutineBuilder::apply(const Routine &routine)
{
    m_applying = true;
    const int selected = m_items->currentRow();
    // Typing in a field changes nothing in the list: it is rebuilt only when the items change.
    const bool itemsChanged =
        m_items->count() != static_cast<int>(routine.items.size()) || m_routine.items != routine.items;
    m_routine = routine;
    if (m_title->text().trimmed() != qs(routine.name))
        m_title->setText(qs(routine.name));
    const QString patient = routine.patient ? qs(*routine.patient) : QString();
    if (m_patient->text().trimmed() != patient)
        m_patient->setText(patient);
    const QString notes = routine.notes ? qs(*routine.notes) : QString();
    if (m_notes->toPlainText().trimmed() != notes)
        m_notes->setPlainText(notes);
    // A range ("1–3 times a day") is no one number: the field shows it as its "as it is" words, and a number chosen
    // replaces it; it showed the range's usual value, which the handout did not say.
    const std::optional<Range> &often = routine.timesPerDay;
    const bool range = often && often->isRange();
    m_timesPerDay->setSpecialValueText(range ? tr("%1–%2 × a day").arg(often->min).arg(often->max) : tr("Not said"));
    m_timesPerDay->setValue(often && !range ? often->value : 0);
    if (itemsChanged) {
        // The rows are rewritten in place, not cleared: clearing would leave no exercise chosen for a moment, turn
        // the dosage fields off and throw the focus out of the field being typed in.
        const int count = static_cast<int>(routine.items.size());
        while (m_items->count() > count)
            delete m_items->takeItem(m_items->count() - 1);
        for (int i = 0; i < count; ++i) {
            const RoutineItem &item = routine.items[static_cast<std::size_t>(i)];
            const Exercise *e = m_bank->exercise(item.exercise);
            const QString name = e ? qs(e->name) : qs(item.exercise);
            const QString dose = e ? DosageWords::describe(shownDosage(*e, item, routine)) : tr("not in the bank");
            QListWidgetItem *row = i < m_items->count() ? m_items->item(i) : new QListWidgetItem(m_items);
            row->setText(u"%1. %2\n%3"_s.arg(i + 1).arg(name, dose));
            row->setData(Qt::UserRole, qs(item.exercise));
        }
    }
    m_items->setCurrentRow(std::min(selected, static_cast<int>(routine.items.size()) - 1));
    m_applying = false;
    showItemEditor();
}

void RoutineBuilder::showItemEditor()
{
    m_applying = true;
    const int at = selectedItem();
    const bool has = at >= 0;
    const RoutineItem *item = has ? &m_routine.items[static_cast<std::size_t>(at)] : nullptr;
    const Exercise *e = item ? m_bank->exercise(item->exercise) : nullptr;
    m_itemTitle->setText(e ? qs(e->name) : tr("Choose an exercise in the routine to change its dosage"));
    for (std::size_t i = 0; i < kDosageFieldCount; ++i) {
        const auto field = static_cast<DosageField>(i);
        const int value = item ? itemOverride(*item, field).value_or(-1) : -1; // -1: the exercise's own
        m_defaults[i]->setText(e ? DosageWords::exerciseDefault(*e, field) : QString());
        m_defaults[i]->setAccessibleName(tr("The exercise's own %1").arg(fieldLabel(field).toLower()));
        if (field == DosageField::Sides) {
            m_sides->setEnabled(e != nullptr);
            m_sides->setCurrentIndex(value >= 0 ? m_sides->findData(value) : 0);
        } else {
            m_spins[i]->setEnabled(e != nullptr);
            m_spins[i]->setValue(value >= 0 ? value : m_spins[i]->minimum());
        }
    }
    m_itemNote->setEnabled(e != nullptr);
    const QString note = item && item->note ? qs(*item->note) : QString();
    if (m_itemNote->text().trimmed() != note)
        m_itemNote->setText(note);
    const int count = static_cast<int>(m_routine.items.size());
    m_up->setEnabled(has && at > 0);
    m_down->setEnabled(has && at + 1 < count);
    m_remove->setEnabled(has);
    m_applying = false;
}

void RoutineBuilder::filterPicker(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_picker->count(); ++i)
        m_picker->item(i)->setHidden(
            !needle.isEmpty() && !m_picker->item(i)->text().contains(needle, Qt::CaseInsensitive));
}

bool RoutineBuilder::save()
{
    const auto refuse = [this](const QString &why) {
        openMessage(this, QMessageBox::Warning, tr("Routine not saved"), why, u"saveError"_s);
        return false;
    };
    if (m_routine.name.empty())
        return refuse(tr("Give the routine a title first."));
    if (m_routine.items.empty())
        return refuse(tr("Add at least one exercise first."));
    Routine toSave = m_routine;
    const RoutineStore store(m_storeFolder);
    if (toSave.id.empty()) {
        toSave.id = uniqueRoutineId(toSave.name.text(),
            [this, &store](std::string_view id) { return m_bank->routine(id) != nullptr || store.contains(qs(id)); });
    }
    if (toSave.purpose.empty())
        toSave.purpose = LocalText(tr("Exercises chosen for one person.").toStdString());
    if (toSave.audience.empty())
        toSave.audience = LocalText(toSave.patient ? *toSave.patient : tr("The person it was made for.").toStdString());
    QString error;
    if (!store.save(toSave, &error))
        return refuse(tr("The routine could not be saved: %1\n\nNothing was changed on disk.").arg(error));
    m_routine = toSave; // keeps the id for later saves; the edits made so far stay undoable
    m_undo->setClean();
    emit saved(qs(toSave.id));
    return true;
}

void RoutineBuilder::reject()
{
    if (hasUnsavedChanges()) {
        const QMessageBox::StandardButton choice = m_ask
            ? m_ask()
            : QMessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to this routine before closing?"),
                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (choice == QMessageBox::Cancel)
            return;
        if (choice == QMessageBox::Save && !save())
            return;
    }
    QDialog::reject();
}

} // namespace lumbar::ui
