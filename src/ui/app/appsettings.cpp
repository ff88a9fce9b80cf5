#include "appsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

// Every key the app stores, in one place.
const QString kFirstRunAcknowledged = u"notice/firstRunAcknowledged"_s;
const QString kRedFlagAnswers = u"safety/redFlagAnswers"_s;
const QString kCareConfirmed = u"safety/careConfirmed"_s;
const QString kRegion = u"safety/region"_s;
const QString kAppearance = u"view/appearance"_s;
const QString kTextScale = u"view/textScale"_s;
const QString kLanguage = u"interface/language"_s;
const QString kSound = u"player/sound"_s;
const QString kVoice = u"player/voice"_s;
const QString kCheckIns = u"player/checkIn"_s;
const QString kRemindersOn = u"reminders/on"_s;
const QString kReminderRoutine = u"reminders/routine"_s;
const QString kReminderTimes = u"reminders/times"_s;

// An empty value removes the key, so "follow the system" leaves nothing behind.
void setOrRemove(const QString &key, const QString &value)
{
    QSettings settings;
    if (value.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value);
}

} // namespace

int AppSettings::firstRunAcknowledged()
{
    return QSettings().value(kFirstRunAcknowledged, 0).toInt();
}

void AppSettings::setFirstRunAcknowledged(int version)
{
    QSettings().setValue(kFirstRunAcknowledged, version);
}

QStringList AppSettings::redFlagAnswers()
{
    return QSettings().value(kRedFlagAnswers).toStringList();
}

bool AppSettings::careConfirmed()
{
    return QSettings().value(kCareConfirmed, false).toBool();
}

void AppSettings::setRedFlagAnswers(const QStringList &answers, bool careConfirmed)
{
    QSettings settings;
    settings.setValue(kRedFlagAnswers, answers);
    settings.setValue(kCareConfirmed, careConfirmed);
}

QString AppSettings::region()
{
    return QSettings().value(kRegion).toString();
}

void AppSettings::setRegion(const QString &id)
{
    setOrRemove(kRegion, id);
}

QString AppSettings::appearance()
{
    return QSettings().value(kAppearance).toString();
}

void AppSettings::setAppearance(const QString &name)
{
    QSettings().setValue(kAppearance, name);
}

int AppSettings::textScale()
{
    return QSettings().value(kTextScale, 100).toInt();
}

void AppSettings::setTextScale(int percent)
{
    QSettings().setValue(kTextScale, percent);
}

QString AppSettings::language()
{
    return QSettings().value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    setOrRemove(kLanguage, code);
}

bool AppSettings::sound()
{
    return QSettings().value(kSound, true).toBool();
}

void AppSettings::setSound(bool on)
{
    QSettings().setValue(kSound, on);
}

bool AppSettings::voice()
{
    return QSettings().value(kVoice, true).toBool();
}

void AppSettings::setVoice(bool on)
{
    QSettings().setValue(kVoice, on);
}

bool AppSettings::checkIns()
{
    return QSettings().value(kCheckIns, true).toBool();
}

void AppSettings::setCheckIns(bool on)
{
    QSettings().setValue(kCheckIns, on);
}

bool AppSettings::remindersOn()
{
    return QSettings().value(kRemindersOn, false).toBool();
}

QString AppSettings::reminderRoutine()
{
    return QSettings().value(kReminderRoutine).toString();
}

QStringList AppSettings::reminderTimes()
{
    return QSettings().value(kReminderTimes).toStringList();
}

void AppSettings::setReminders(bool on, const QString &routineId, const QStringList &times)
{
    QSettings settings;
    settings.setValue(kRemindersOn, on);
    settings.setValue(kReminderRoutine, routineId);
    settings.setValue(kReminderTimes, times);
}

} // namespace lumbar::ui
