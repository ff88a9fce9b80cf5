#include "testsupport.h"

#include "ui/routines/routinestore.h"
#include "ui/widgets/safetextbrowser.h"

#include "core/shippedbank.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>

#include <gtest/gtest.h>

namespace lumbar::ui::test {

std::string bankFile(const std::string &sections)
{
    return R"({"format": "lumbar-relief-bank", "version": 1, )" + sections + "}";
}

std::string exerciseJson(const std::string &id, const std::string &name, const std::string &extra)
{
    return R"({"id": ")" + id + R"(", "name": ")" + name + R"(",
      "summary": "A test exercise called )" +
        id + R"(.",
      "category": "stretch", "position": "lying-on-back", "difficulty": "easy",
      "steps": ["First step of )" +
        id + R"(.", "Second step of )" + id + R"(."],
      "dosage": {"holdSeconds": 10, "reps": 3},
      "stopRules": ["Stop if )" +
        id + R"( hurts."],
      "sources": ["test-source"])" +
        (extra.empty() ? std::string() : ", " + extra) + "}";
}

BankLayer layerOf(const std::vector<std::pair<std::string, std::string>> &files)
{
    BankLayer layer;
    for (const auto &[name, text] : files)
        layer.files.push_back({name, text});
    return layer;
}

const BankLayer &smallBank()
{
    static const BankLayer layer = layerOf({
        {"test/sources.json", bankFile(R"("sources": [
            {"id": "test-source", "title": "Test guidance", "publisher": "Test Health Service",
             "url": "https://example.org/guidance", "kind": "health-service", "authority": "high", "year": 2021},
            {"id": "other-source", "title": "Another view", "publisher": "Other Clinic",
             "url": "https://example.com/view", "kind": "clinic", "authority": "low"}
        ])")},
        {"test/content.json", bankFile(R"(
        "exercises": [
          {"id": "bridge", "name": "Glute bridge", "aliases": ["hip lift"],
           "summary": "Lift your hips to strengthen the buttocks.",
           "category": "strengthening", "position": "lying-on-back", "equipment": ["mat"], "difficulty": "moderate",
           "steps": ["Lie on your back with your knees bent.", "Lift your hips off the floor.", "Lower slowly."],
           "dosage": {"holdSeconds": 5, "reps": 10, "timesPerDay": 2},
           "cautions": ["Keep your neck relaxed."],
           "stopRules": ["Stop if your back hurts more.", "Stop if your leg goes numb."],
           "targets": {"symptoms": ["leg-pain"], "conditions": ["slipped-disc"]},
           "benefits": "Stronger buttock muscles support the back.",
           "related": ["cat-cow"],
           "sources": ["test-source"]},
          {"id": "cat-cow", "name": "Cat-cow", "summary": "Round and arch your back on all fours.",
           "category": "stretch", "position": "all-fours", "difficulty": "easy",
           "steps": ["Kneel on all fours.", "Arch your back up like a cat.", "Let your tummy sink."],
           "dosage": {"reps": 8, "tempoSecondsPerRep": 4},
           "stopRules": ["Stop if it hurts."],
           "related": ["bridge"],
           "sources": ["test-source"]},
          {"id": "nerve-glide", "name": "Seated nerve glide", "aliases": ["nerve floss"],
           "summary": "Slide the sciatic nerve gently while sitting.",
           "category": "nerve-mobility", "position": "sitting", "equipment": ["chair"], "difficulty": "easy",
           "steps": ["Sit upright.", "Straighten your knee as you look up."],
           "dosage": {"reps": 10, "tempoSecondsPerRep": 5, "sides": "each-side"},
           "stopRules": ["Stop if your symptoms spread down your leg."],
           "related": ["bridge"],
           "sources": ["other-source"]}
        ],
        "symptoms": [
          {"id": "leg-pain", "name": "Leg pain", "description": "Pain down the leg.", "sources": ["test-source"]}
        ],
        "conditions": [
          {"id": "slipped-disc", "name": "Slipped disc", "summary": "A disc presses on a nerve.",
           "symptoms": ["leg-pain"], "suggestedExercises": ["nerve-glide"],
           "modifyOrAvoid": [{"exercise": "cat-cow", "reason": "Rounding the back may hurt."}],
           "careNotes": ["medicines"], "sources": ["test-source"]}
        ],
        "treatments": [
          {"id": "medicines", "title": "Medicines", "summary": "Painkillers can help you move.",
           "category": "medicine", "points": ["Ask a pharmacist."],
           "perspectives": [
             {"label": "UK view", "text": "Try anti-inflammatories first.", "sources": ["test-source"]},
             {"label": "US view", "text": "Other medicines may be prescribed.", "sources": ["other-source"]}
           ],
           "sources": ["test-source"]}
        ],
        "redFlags": [
          {"id": "see-gp", "question": "Not better after six weeks?", "description": "Slow recovery.",
           "urgency": "see-doctor", "action": "Book an appointment.", "sources": ["test-source"]},
          {"id": "fever", "question": "Do you have a fever?", "description": "Fever with back pain.",
           "urgency": "urgent", "action": "See a doctor today: {urgent}.", "sources": ["test-source"]},
          {"id": "saddle", "question": "Is the area between your legs numb?", "description": "Saddle numbness.",
           "urgency": "emergency", "action": "Get help now: {emergency}.", "sources": ["test-source"]}
        ],
        "regions": [
          {"id": "es", "emergency": {"en": "call 112", "es": "llama al 112"},
           "urgent": {"en": "go to your health centre", "es": "ve a tu centro de salud"}, "sources": ["test-source"]},
          {"id": "uk", "emergency": "call 999", "urgent": "call NHS 111", "sources": ["test-source"]}
        ],
        "routines": [
          {"id": "morning", "name": "Morning start", "purpose": "Wake the back up gently.",
           "audience": "Adults with sciatica.",
           "items": [
             {"exercise": "bridge", "dosage": {"reps": 4}, "note": "Go slowly."},
             {"exercise": "nerve-glide"}
           ],
           "timesPerDay": 1, "sources": ["test-source"]},
          {"id": "evening", "name": "Evening wind-down", "purpose": "Loosen up before bed.",
           "audience": "Anyone.", "items": [{"exercise": "cat-cow"}]}
        ])")},
    });
    return layer;
}

BankState smallBankState()
{
    BankState state = loadBankState(smallBank(), nullptr, {});
    EXPECT_TRUE(state.builtInDiagnostics.empty()) << "the test bank itself has problems";
    return state;
}

BankState shippedBankState()
{
    BankState state = loadBankState(shippedBankLayer(), nullptr, {});
    EXPECT_TRUE(state.builtInDiagnostics.empty()) << "the shipped bank has problems";
    return state;
}

void clickLink(SafeTextBrowser *browser, const QString &text)
{
    QTextCursor link = browser->document()->find(text);
    ASSERT_FALSE(link.isNull()) << text.toStdString();
    ASSERT_TRUE(link.charFormat().isAnchor()) << text.toStdString();
    link.setPosition(link.selectionStart() + 1);
    browser->setTextCursor(link);
    browser->ensureCursorVisible();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(link).center());
}

BankFolder::BankFolder(const std::vector<std::pair<std::string, std::string>> &files)
{
    EXPECT_TRUE(m_dir.isValid());
    for (const auto &[name, text] : files) {
        QFile file(m_dir.filePath(QString::fromStdString(name)));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.data(), static_cast<qint64>(text.size()));
    }
}

BankLayer BankFolder::read() const
{
    return BankLoader::readFolder(std::filesystem::path(m_dir.path().toStdString()));
}

MessageRecorder *MessageRecorder::s_current = nullptr;

MessageRecorder::MessageRecorder()
    : m_previous(qInstallMessageHandler(&MessageRecorder::handle))
{
    s_current = this;
}

MessageRecorder::~MessageRecorder()
{
    qInstallMessageHandler(m_previous);
    s_current = nullptr;
}

void MessageRecorder::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (s_current && (type == QtWarningMsg || type == QtCriticalMsg))
        s_current->m_messages << QString::fromLatin1(context.category ? context.category : "default") +
                QStringLiteral(": ") + message;
    if (s_current && s_current->m_previous)
        s_current->m_previous(type, context, message);
}

qsizetype positionOf(const QTextBrowser &browser, const QString &text)
{
    return browser.toPlainText().indexOf(text);
}

BankState shippedWithUserRoutines()
{
    const BankLayer routines = RoutineStore().read();
    return loadBankState(shippedBankLayer(), nullptr, {}, &routines);
}

QString takeMessage(QWidget *window, const QString &objectName, QString *details)
{
    auto *box = window->findChild<QMessageBox *>(objectName);
    if (!box)
        return {};
    QString text = box->text();
    if (details)
        *details = box->detailedText();
    box->close();
    QApplication::processEvents();
    return text;
}

} // namespace lumbar::ui::test
