// Test support for the UI tests: small banks built in memory or in a temporary folder, and a recorder for
// Qt warnings (the model tester reports through them).
#pragma once

#include "ui/app/clock.h"
#include "ui/bank/bankstate.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

class QTextBrowser;
class QWidget;

namespace lumbar::ui {
class SafeTextBrowser;
}

namespace lumbar::ui::test {

// The object called `objectName` below `parent`: how tests reach a screen's parts, by the names its style sheets,
// the keyboard walks and the screenshots use too. A missing one throws, so the test fails naming it.
template<class T>
T *child(const QObject *parent, const QString &objectName)
{
    T *found = parent ? parent->findChild<T *>(objectName) : nullptr;
    if (!found)
        throw std::runtime_error(
            "no " + std::string(T::staticMetaObject.className()) + " called " + objectName.toStdString());
    return found;
}
template<class T, class Parent>
T *child(const std::unique_ptr<Parent> &parent, const QString &objectName)
{
    return child<T>(parent.get(), objectName);
}

// {"format": …, "version": 1, <sections>}: `sections` is the inside of the object, e.g. R"("exercises": [...])".
std::string bankFile(const std::string &sections);

// One exercise as JSON with everything required; `extra` is added inside the object (e.g. R"("related": ["a"])").
std::string exerciseJson(const std::string &id, const std::string &name, const std::string &extra = {});

// A layer from file texts, as the built-in bank is built.
BankLayer layerOf(const std::vector<std::pair<std::string, std::string>> &files);

// A small, complete bank: exercises "bridge", "cat-cow" and "nerve-glide"; routines "morning" and "evening";
// two red flags, a condition, a care note with two perspectives, and sources. Loads with no problem.
const BankLayer &smallBank();
BankState smallBankState();
// The shipped bank alone, as the app runs with no folder of the user's.
BankState shippedBankState();

// Writes files into a fresh temporary folder (the user's bank folder in tests).
class BankFolder
{
public:
    explicit BankFolder(const std::vector<std::pair<std::string, std::string>> &files);
    QString path() const { return m_dir.path(); }
    BankLayer read() const;

private:
    QTemporaryDir m_dir;
};

// Records warnings and criticals while it lives (the model tester's Warning mode reports through qWarning).
class MessageRecorder
{
public:
    MessageRecorder();
    ~MessageRecorder();
    MessageRecorder(const MessageRecorder &) = delete;
    MessageRecorder &operator=(const MessageRecorder &) = delete;

    QStringList messages() const { return m_messages; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
    static MessageRecorder *s_current;

    QtMessageHandler m_previous;
    QStringList m_messages;
};

// The shipped bank with the user's own routines (RoutineStore's folder) over it, as the app loads them.
BankState shippedWithUserRoutines();

// The message box called `objectName` that `window` opened (openMessage): its text, and its details in `details`;
// closed after reading. Empty when there is none.
QString takeMessage(QWidget *window, const QString &objectName, QString *details = nullptr);

// Clicks the link whose text is `text`, as a user would: scrolled into view, then a mouse click on it.
void clickLink(SafeTextBrowser *browser, const QString &text);

// The position of `text` in the browser's plain text, or -1.
qsizetype positionOf(const QTextBrowser &browser, const QString &text);

// The one fake clock of the UI tests: steady and wall time that move only when the test moves them.
class FakeClock final : public Clock
{
public:
    TimePoint steady() const override { return steadyNow; }
    QDateTime wall() const override { return wallNow; }
    // Moves both on, as time passing would.
    void advance(std::chrono::milliseconds by)
    {
        steadyNow += by;
        wallNow = wallNow.addMSecs(by.count());
    }

    TimePoint steadyNow = TimePoint{} + std::chrono::seconds(5000);
    QDateTime wallNow{QDate(2026, 3, 2), QTime(9, 0)};
};

} // namespace lumbar::ui::test

// GoogleTest prints QStrings as text in failure messages, not as arrays of 2-byte objects.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
