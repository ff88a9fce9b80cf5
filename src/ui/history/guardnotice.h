// GuardNotice: the centralisation guard's plain message in the player — symptoms spread further down the leg (or
// new numbness or weakness) after an exercise or a session: stop it and talk to the therapist.
#pragma once

#include "core/history.h"

#include "ui/widgets/safetyframe.h"

#include <memory>
#include <optional>

class QPushButton;

namespace lumbar {
class ContentBank;
}

namespace lumbar::ui {

class GuardNotice : public SafetyFrame
{
    Q_OBJECT

public:
    explicit GuardNotice(QWidget *parent = nullptr);

    // The bank whose emergency numbers for the reader's region the notice gives.
    void setBank(std::shared_ptr<const ContentBank> bank) { m_bank = std::move(bank); }

    // Shows the notice for `verdict` on `exercises` (one: after an exercise; several: after the session).
    // `midSession`: the routine is paused and can go on; the buttons say so.
    void showVerdict(const GuardVerdict &verdict, const QStringList &exercises, std::optional<LegExtent> baseline,
        std::optional<LegExtent> now, bool midSession);
    QPushButton *stopButton() const { return m_stop; }

signals:
    void stopRoutine();
    void goOn();

private:
    std::shared_ptr<const ContentBank> m_bank;
    QPushButton *m_stop;
    QPushButton *m_goOn;
};

} // namespace lumbar::ui
