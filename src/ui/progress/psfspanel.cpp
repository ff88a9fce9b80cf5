#include "psfspanel.h"

#include "progresscharts.h"
#include "ui/history/historystore.h"
#include "ui/history/historytext.h"
#include "ui/text/uitext.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <map>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

PsfsPanel::PsfsPanel(QWidget *parent)
    : QWidget(parent)
    , m_rowsBox(new QWidget(this))
    , m_rowsLayout(new QVBoxLayout(m_rowsBox))
    , m_name(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add activity"), this))
    , m_save(new QPushButton(tr("Save today's ratings"), this))
    , m_status(new QLabel(this))
    , m_full(new QLabel(tr("You rate three activities at most: stop rating one to add another."), this))
{
    setObjectName(u"psfsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    auto *intro = new QLabel(tr("Name up to three everyday activities your back or leg makes hard, and rate how well "
                                "you can do each: 0 means you cannot do it at all, 10 as well as before the "
                                "problem. Rating them again every week or so shows your therapist what has changed."),
        this);
    intro->setWordWrap(true);
    intro->setObjectName(u"mutedText"_s);
    layout->addWidget(intro);

    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(8);
    layout->addWidget(m_rowsBox);

    m_name->setPlaceholderText(tr("An activity, such as putting on socks"));
    m_name->setObjectName(u"psfsName"_s);
    m_name->setAccessibleName(tr("New activity"));
    m_name->setMaxLength(static_cast<int>(psfsMaxNameBytes));
    m_add->setObjectName(u"psfsAdd"_s);
    m_add->setAccessibleDescription(tr("Adds the activity typed beside it to the ones you rate"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_add);
    layout->addLayout(addRow);
    m_full->setObjectName(u"mutedText"_s);
    m_full->setWordWrap(true);
    layout->addWidget(m_full);

    m_save->setObjectName(u"psfsSave"_s);
    m_save->setDefault(false);
    m_status->setObjectName(u"mutedText"_s);
    m_status->setWordWrap(true);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_status, 1);
    layout->addLayout(saveRow);

    connect(m_add, &QPushButton::clicked, this, [this] { addActivity(m_name->text()); });
    connect(m_name, &QLineEdit::returnPressed, this, [this] { addActivity(m_name->text()); });
    connect(m_name, &QLineEdit::textChanged, this, &PsfsPanel::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &PsfsPanel::saveRatings);
    updateButtons();
}

void PsfsPanel::load(HistoryStore *store, LocalDay today)
{
    m_store = store && store->isOpen() ? store : nullptr;
    m_today = today;
    m_activities = m_store ? m_store->activities() : std::vector<PsfsActivity>{};
    m_ratings = m_store ? m_store->ratings() : std::vector<PsfsRating>{};
    rebuild();
}

void PsfsPanel::rebuild()
{
    // Later, not now: the "Stop rating" button that asked for this is one of the rows.
    while (QLayoutItem *item = m_rowsLayout->takeAt(0)) {
        if (QWidget *row = item->widget()) {
            row->hide();
            row->deleteLater();
        }
        delete item;
    }
    m_rows.clear();
    // The latest rating of each activity: where its slider starts, and what the row says was last given.
    std::map<std::int64_t, PsfsRating> latest;
    for (const PsfsRating &rating : m_ratings)
        if (validScore(rating.score) &&
            (!latest.contains(rating.activityId) || rating.day >= latest[rating.activityId].day))
            latest[rating.activityId] = rating;

    // A square of the activity's colour in the chart beside it: the chart's legend.
    const auto swatch = [this](const PsfsActivity *activity, QWidget *parent) {
        const auto index = static_cast<std::size_t>(activity - m_activities.data());
        auto *square = new QLabel(parent);
        square->setFixedSize(12, 12);
        square->setStyleSheet(
            u"background: %1; border-radius: 2px;"_s.arg(ProgressCharts::activityColor(index).name()));
        return square;
    };
    for (const PsfsActivity *activity : activeActivities(m_activities, m_today)) {
        auto *row = new QWidget(m_rowsBox);
        auto *grid = new QGridLayout(row);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(10);
        auto *name = new QLabel(qs(activity->name), row);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        name->setWordWrap(true);
        auto *slider = new QSlider(Qt::Horizontal, row);
        slider->setRange(psfsMinScore, psfsMaxScore);
        slider->setPageStep(1);
        slider->setTickPosition(QSlider::TicksBelow);
        slider->setTickInterval(1);
        slider->setAccessibleName(tr("How well you can do: %1").arg(qs(activity->name)));
        slider->setAccessibleDescription(tr("0 means you cannot do it at all, 10 as well as before the problem"));
        auto *value = new QLabel(row);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(u"10 / 10"_s) + 4);
        QString last = tr("Not rated yet");
        const auto found = latest.find(activity->id);
        if (found != latest.end()) {
            slider->setValue(found->second.score);
            value->setText(u"%1 / 10"_s.arg(found->second.score));
            last = tr("Last rated %1 on %2")
                       .arg(found->second.score)
                       .arg(QLocale().toString(HistoryText::date(found->second.day), u"d MMM"_s));
        } else {
            slider->setValue(psfsMaxScore / 2);
            value->setText(u"– / 10"_s);
        }
        auto *lastLabel = new QLabel(last, row);
        lastLabel->setObjectName(u"mutedText"_s);
        auto *retireButton = new QPushButton(tr("Stop rating"), row);
        retireButton->setAccessibleName(tr("Stop rating %1").arg(qs(activity->name)));
        retireButton->setToolTip(tr("Its ratings stay in your history"));
        auto *title = new QHBoxLayout;
        title->setSpacing(8);
        title->addWidget(swatch(activity, row), 0, Qt::AlignVCenter);
        title->addWidget(name, 1);
        grid->addLayout(title, 0, 0, 1, 2);
        grid->addWidget(lastLabel, 0, 2, 1, 2, Qt::AlignRight);
        grid->addWidget(slider, 1, 0, 1, 2);
        grid->addWidget(value, 1, 2);
        grid->addWidget(retireButton, 1, 3);
        grid->setColumnStretch(0, 1);
        m_rowsLayout->addWidget(row);

        const std::size_t index = m_rows.size();
        m_rows.push_back({activity->id, slider, value, false});
        connect(slider, &QSlider::valueChanged, this, [this, index](int score) {
            m_rows[index].moved = true;
            m_rows[index].value->setText(u"%1 / 10"_s.arg(score));
            updateButtons();
        });
        connect(retireButton, &QPushButton::clicked, this, [this, id = activity->id] { retire(id); });
    }
    // Activities no longer rated keep their lines in the chart: say which they are.
    QStringList retired;
    for (const PsfsActivity &activity : m_activities)
        if (activity.retired && *activity.retired <= m_today &&
            std::any_of(
                m_ratings.begin(), m_ratings.end(), [&](const PsfsRating &r) { return r.activityId == activity.id; })) {
            auto *row = new QWidget(m_rowsBox);
            auto *line = new QHBoxLayout(row);
            line->setContentsMargins(0, 0, 0, 0);
            line->setSpacing(8);
            line->addWidget(swatch(&activity, row));
            auto *label = new QLabel(tr("%1 (no longer rated)").arg(qs(activity.name)), row);
            label->setObjectName(u"mutedText"_s);
            line->addWidget(label, 1);
            m_rowsLayout->addWidget(row);
            retired << qs(activity.name);
        }
    if (m_rows.empty() && retired.isEmpty()) {
        auto *none =
            new QLabel(m_store ? tr("No activities yet: add one below.") : tr("Your history is off."), m_rowsBox);
        none->setObjectName(u"mutedText"_s);
        m_rowsLayout->addWidget(none);
    }
    updateButtons();
}

void PsfsPanel::updateButtons()
{
    const bool room = m_store && canAddActivity(m_activities, m_today);
    m_name->setEnabled(room);
    m_add->setEnabled(room && !validActivityName(toStd(m_name->text())).empty());
    m_name->setVisible(room);
    m_add->setVisible(room);
    m_full->setVisible(m_store && !room);
    const bool moved = std::any_of(m_rows.begin(), m_rows.end(), [](const Row &row) { return row.moved; });
    m_save->setEnabled(m_store && moved);
}

bool PsfsPanel::addActivity(const QString &typed)
{
    const std::string name = validActivityName(toStd(typed));
    if (!m_store || name.empty() || !canAddActivity(m_activities, m_today)) {
        m_status->setText(name.empty() ? tr("Type the activity first.") : tr("You rate three activities at most."));
        return false;
    }
    if (m_store->addActivity(name, m_today) == 0) {
        m_status->setText(tr("Could not save: %1").arg(m_store->lastError()));
        return false;
    }
    m_name->clear();
    m_status->setText(tr("Added “%1”: rate it with the slider and save.").arg(qs(name)));
    m_activities = m_store->activities();
    rebuild();
    emit changed();
    return true;
}

bool PsfsPanel::saveRatings()
{
    if (!m_store)
        return false;
    int saved = 0;
    for (Row &row : m_rows) {
        if (!row.moved)
            continue;
        if (!m_store->addRating({row.id, m_today, row.slider->value()})) {
            m_status->setText(tr("Could not save: %1").arg(m_store->lastError()));
            return false;
        }
        row.moved = false;
        ++saved;
    }
    if (saved == 0)
        return false;
    m_status->setText(tr("Saved for %1.").arg(QLocale().toString(HistoryText::date(m_today), u"d MMMM"_s)));
    m_ratings = m_store->ratings();
    rebuild();
    emit changed();
    return true;
}

bool PsfsPanel::retire(std::int64_t activityId)
{
    if (!m_store || !m_store->retireActivity(activityId, m_today))
        return false;
    m_activities = m_store->activities();
    rebuild();
    emit changed();
    return true;
}

std::vector<QSlider *> PsfsPanel::sliders() const
{
    std::vector<QSlider *> out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows)
        out.push_back(row.slider);
    return out;
}

QString PsfsPanel::status() const
{
    return m_status->text();
}

} // namespace lumbar::ui
