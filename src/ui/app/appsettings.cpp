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
const QString kWindowGeometry = u"window/geometry"_s;
const QString kWindowMaximised = u"window/maximised"_s;

template<class T>
T read(const QString &key, const T &fallback = T())
{
    return QSettings().value(key, QVariant::fromValue(fallback)).template value<T>();
}

void write(const QString &key, const QVariant &value)
{
    QSettings().setValue(key, value);
}

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
    return read<int>(kFirstRunAcknowledged, 0);
}

void AppSettings::setFirstRunAcknowledged(int version)
{
    write(kFirstRunAcknowledged, version);
}

QStringList AppSettings::redFlagAnswers()
{
    return read<QStringList>(kRedFlagAnswers);
}

bool AppSettings::careConfirmed()
{
    return read<bool>(kCareConfirmed, false);
}

void AppSettings::setRedFlagAnswers(const QStringList &answers, bool careConfirmed)
{
    QSettings settings;
    settings.setValue(kRedFlagAnswers, answers);
    settings.setValue(kCareConfirmed, careConfirmed);
}

QString AppSettings::region()
{
    return read<QString>(kRegion);
}

void AppSettings::setRegion(const QString &id)
{
    setOrRemove(kRegion, id);
}

QString AppSettings::appearance()
{
    return read<QString>(kAppearance);
}

void AppSettings::setAppearance(const QString &name)
{
    write(kAppearance, name);
}

int AppSettings::textScale()
{
    return read<int>(kTextScale, 100);
}

void AppSettings::setTextScale(int percent)
{
    write(kTextScale, percent);
}

QString AppSettings::language()
{
    return read<QString>(kLanguage);
}

void AppSettings::setLanguage(const QString &code)
{
    setOrRemove(kLanguage, code);
}

bool AppSettings::sound()
{
    return read<bool>(kSound, true);
}

void AppSettings::setSound(bool on)
{
    write(kSound, on);
}

bool AppSettings::voice()
{
    return read<bool>(kVoice, true);
}

void AppSettings::setVoice(bool on)
{
    write(kVoice, on);
}

bool AppSettings::checkIns()
{
    return read<bool>(kCheckIns, true);
}

void AppSettings::setCheckIns(bool on)
{
    write(kCheckIns, on);
}

bool AppSettings::remindersOn()
{
    return read<bool>(kRemindersOn, false);
}

QString AppSettings::reminderRoutine()
{
    return read<QString>(kReminderRoutine);
}

QStringList AppSettings::reminderTimes()
{
    return read<QStringList>(kReminderTimes);
}

void AppSettings::setReminders(bool on, const QString &routineId, const QStringList &times)
{
    QSettings settings;
    settings.setValue(kRemindersOn, on);
    settings.setValue(kReminderRoutine, routineId);
    settings.setValue(kReminderTimes, times);
}

std::optional<QRect> AppSettings::windowGeometry()
{
    const auto saved = read<QRect>(kWindowGeometry);
    return saved.isValid() ? std::optional<QRect>(saved) : std::nullopt;
}

bool AppSettings::windowMaximised()
{
    return read<bool>(kWindowMaximised, false);
}

void AppSettings::setWindowPlacement(const QRect &geometry, bool maximised)
{
    write(kWindowGeometry, geometry);
    write(kWindowMaximised, maximised);
}

} // namespace lumbar::ui
