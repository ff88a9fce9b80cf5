// PsfsPanel: the Patient-Specific Functional Scale on the progress page — the user names up to three activities
// their back or leg makes hard, rates each 0–10 on a slider, and saves today's ratings to the history; an activity
// no longer worth rating is retired (its ratings stay).
#pragma once

#include "core/psfs.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QVBoxLayout;

namespace lumbar::ui {

class HistoryStore;

class PsfsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PsfsPanel(QWidget *parent = nullptr);

    // Reads the activities and ratings from `store` (null: the panel is off) as of `today`.
    void load(HistoryStore *store, LocalDay today);

    // Adds an activity named `typed` (cleaned as the scale wants); false, with the reason shown, when it cannot.
    bool addActivity(const QString &typed);
    // Saves the sliders the user moved as today's ratings. False when nothing was moved or the store failed.
    bool saveRatings();
    bool retire(std::int64_t activityId);

    // For tests and the keyboard: the slider of each active activity, in order.
    std::vector<QSlider *> sliders() const;
    QString status() const;

signals:
    // Activities or ratings changed in the store: the chart should be drawn again.
    void changed();

private:
    struct Row
    {
        std::int64_t id = 0;
        QSlider *slider = nullptr;
        QLabel *value = nullptr;
        bool moved = false;
    };
    void rebuild();
    void updateButtons();

    HistoryStore *m_store = nullptr;
    LocalDay m_today{};
    std::vector<PsfsActivity> m_activities;
    std::vector<PsfsRating> m_ratings;
    std::vector<Row> m_rows;
    QWidget *m_rowsBox;
    QVBoxLayout *m_rowsLayout;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_save;
    QLabel *m_status;
    QLabel *m_full; // in place of the name field when three are rated
};

} // namespace lumbar::ui
