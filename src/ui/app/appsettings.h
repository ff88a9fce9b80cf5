// AppSettings: every value the app keeps between runs, one typed accessor per key, over QSettings. The keys are the
// ones earlier versions wrote ("player/sound", "safety/region"…), so people keep their settings.
#pragma once

#include <QRect>
#include <QString>
#include <QStringList>

#include <optional>

namespace lumbar::ui {

class AppSettings
{
public:
    AppSettings() = delete;

    // The version of the first-run notice last acknowledged (0: never).
    static int firstRunAcknowledged();
    static void setFirstRunAcknowledged(int version);

    // The red-flag answers as "id=yes" / "id=no", and whether care has been sought since the last "yes".
    static QStringList redFlagAnswers();
    static bool careConfirmed();
    static void setRedFlagAnswers(const QStringList &answers, bool careConfirmed);
    // Where the reader lives, as a bank region id ("es"); empty until chosen.
    static QString region();
    static void setRegion(const QString &id);

    // The colour scheme by name ("dark"; empty: follow the system) and the text size in percent.
    static QString appearance();
    static void setAppearance(const QString &name);
    static int textScale();
    static void setTextScale(int percent);
    // The interface language ("es"); empty: follow the system.
    static QString language();
    static void setLanguage(const QString &code);

    // The player's beeps, voice and check-ins (all on until turned off).
    static bool sound();
    static void setSound(bool on);
    static bool voice();
    static void setVoice(bool on);
    static bool checkIns();
    static void setCheckIns(bool on);

    // The main window's normal geometry and whether it was maximised, as it was last closed; nothing before then.
    static std::optional<QRect> windowGeometry();
    static bool windowMaximised();
    static void setWindowPlacement(const QRect &geometry, bool maximised);

    // Reminders: on or off, the routine they start, their times as "HH:MM".
    static bool remindersOn();
    static QString reminderRoutine();
    static QStringList reminderTimes();
    static void setReminders(bool on, const QString &routineId, const QStringList &times);
};

} // namespace lumbar::ui
