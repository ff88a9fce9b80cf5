// SymptomGuidePanel: the symptoms guide on the Care page — the warning-signs step first, then the body map and the
// feelings to tick, and beside them what the core's SymptomGuide suggests for that picture.
#pragma once

#include "core/history.h"
#include "core/symptomguide.h"

#include <QWidget>

#include <memory>
#include <vector>

class QAbstractButton;
class QLabel;
class QPushButton;

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class BodyMap;
class SafeTextBrowser;
class SafetyState;

class SymptomGuidePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SymptomGuidePanel(QWidget *parent = nullptr);

    void setBank(std::shared_ptr<const ContentBank> bank);
    void setSafety(SafetyState *safety);
    // The user's standing marks: the guide never suggests a marked exercise.
    void setFlags(std::vector<ExerciseFlag> flags);

    SymptomPicture picture() const;
    void setPicture(const SymptomPicture &picture);
    void setSensation(Sensation sensation, bool on);
    void clear();

    static QString sensationLabel(Sensation sensation);

    QAbstractButton *sensationButton(Sensation sensation) const;

signals:
    void exerciseLinkClicked(const QString &id);
    void routineLinkClicked(const QString &id);
    // An anchor on the conditions and care notes page: "condition-<id>" or "treatment-<id>".
    void careLinkClicked(const QString &anchor);
    void checkRequested();

private:
    void refresh();
    void refreshWarningStatus();

    std::shared_ptr<const ContentBank> m_bank;
    SafetyState *m_safety = nullptr;
    std::vector<ExerciseFlag> m_flags;
    BodyMap *m_map;
    QLabel *m_markedSummary;
    QLabel *m_warningStatus;
    QPushButton *m_checkButton;
    QPushButton *m_clear;
    std::vector<std::pair<Sensation, QAbstractButton *>> m_sensations;
    SafeTextBrowser *m_result;
};

} // namespace lumbar::ui
