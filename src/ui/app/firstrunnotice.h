// FirstRunNotice: what the app is and is not (education, not medical advice; check with your clinician; the signs
// that need help now), shown over the window until the user acknowledges it once, and again from Help.
#pragma once

#include "core/contenttypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class FirstRunNotice : public QDialog
{
    Q_OBJECT

public:
    // Bumped when the notice says something new that every user should read again. 2: the region, for the
    // emergency numbers.
    static constexpr int version = 2;

    // On first run it must be acknowledged (or the app quits); from Help it is only read again.
    enum class Mode { FirstRun, Reread };

    FirstRunNotice(const ContentBank &bank, Mode mode, QWidget *parent = nullptr);

    // True until the user has acknowledged this version of the notice (kept in the settings).
    static bool needed();
    static void acknowledge();

private:
    void buildRegion(const ContentBank &bank, QVBoxLayout *layout);
    Region chosenRegion() const;

    QComboBox *m_region = nullptr;
    QLabel *m_emergency = nullptr;
    QPushButton *m_understood;
    QPushButton *m_quit;
};

} // namespace lumbar::ui
