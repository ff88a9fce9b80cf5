// The routine handout as a PDF, made by the real program with no display and read back with poppler's pdftotext:
// the routine's title, every exercise with its steps, dosage and stop rules, the warning signs, the sources, page
// numbers; a therapist's routine file with the patient's name and notes; and clear errors that write nothing.
#include "pdftext.h"
#include "programrun.h"
#include "testsupport.h"

#include "core/contentbank.h"
#include "ui/text/dosagewords.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui::test;

namespace {

QString simplified(const LocalText &text)
{
    return squeezed(QString::fromStdString(text.text()));
}

TEST(Handout, ARoutineBecomesAPdfWithEverythingOnIt)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"handout.pdf"_s);
    const ProgramRun run = runNoDisplay({u"--export-pdf"_s, u"nhs-sciatica-stretches"_s, out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = pdfText(out);
    ASSERT_FALSE(text.isEmpty());

    const lumbar::ui::BankState shipped = shippedBankState();
    const ContentBank &bank = *shipped.bank;
    const Routine *routine = bank.routine("nhs-sciatica-stretches");
    ASSERT_NE(routine, nullptr);
    EXPECT_TRUE(text.contains(simplified(routine->name)));
    EXPECT_TRUE(text.contains(simplified(*routine->notes))) << "the notes for the patient";
    for (std::size_t i = 0; i < routine->items.size(); ++i) {
        const Exercise &e = *bank.exercise(routine->items[i].exercise);
        const std::string id = e.id;
        EXPECT_TRUE(text.contains(QString::number(i + 1) + u"."_s + simplified(e.name))) << id << ": numbered";
        for (const LocalText &step : e.steps)
            EXPECT_TRUE(text.contains(simplified(step))) << id << ": every step";
        for (const LocalText &rule : e.stopRules)
            EXPECT_TRUE(text.contains(simplified(rule))) << id << ": every stop rule";
        const Dosage dosage = e.dosage.overriddenBy(routine->items[i].dosage);
        QString first = ui::DosageWords::phrases(dosage).front();
        first[0] = first[0].toUpper();
        EXPECT_TRUE(text.contains(squeezed(first))) << id << ": the dosage in words, " << first.toStdString();
    }
    EXPECT_TRUE(text.contains(squeezed(u"Get emergency help now"_s)));
    for (const RedFlag &f : bank.redFlags()) {
        if (f.urgency == Urgency::Emergency) {
            EXPECT_TRUE(text.contains(simplified(f.question))) << "warning sign " << f.id;
        }
    }
    EXPECT_TRUE(text.contains(u"Sources"_s));
    const Source *cited = bank.source(bank.exercise(routine->items.front().exercise)->sources.front());
    ASSERT_NE(cited, nullptr);
    EXPECT_TRUE(text.contains(squeezed(QString::fromStdString(cited->title))));
    const int pages = pdfPages(out);
    EXPECT_GE(pages, 3);
    EXPECT_TRUE(text.contains(squeezed(u"Page 1 of %1"_s.arg(pages))));
    EXPECT_TRUE(text.contains(squeezed(u"Page %1 of %1"_s.arg(pages))));
}

TEST(Handout, ATherapistsRoutineFileCarriesThePatientAndTheirChanges)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"for-jo.json"_s);
    QFile routine(file);
    ASSERT_TRUE(routine.open(QIODevice::WriteOnly));
    routine.write(R"({"format": "lumbar-relief-bank", "version": 1, "routines": [{
        "id": "for-jo", "name": "Jo's back routine", "purpose": "Ease the left leg.", "audience": "Jo",
        "patient": "Jo Bloggs", "notes": "Twice on work days; skip the bridge if it pinches.",
        "items": [{"exercise": "bridge", "dosage": {"holdSeconds": 12, "reps": 4}, "note": "Squeeze gently"},
                  {"exercise": "walking"}]}]})");
    routine.close();
    const QString out = dir.filePath(u"jo.pdf"_s);
    const ProgramRun run = runNoDisplay({u"--export-pdf"_s, file, out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = pdfText(out);
    for (const QString &expected : {u"Jo's back routine"_s, u"For: Jo Bloggs"_s,
             u"Twice on work days; skip the bridge if it pinches."_s, u"1. Bridge"_s, u"2. Walking"_s,
             u"Hold 12 seconds"_s, u"4 times"_s, u"Squeeze gently"_s, u"for Jo Bloggs"_s})
        EXPECT_TRUE(text.contains(squeezed(expected))) << expected.toStdString() << "\n" << text.toStdString();
    // A routine for one patient is their prescription: no exercise's own dosage note (what sources suggest) is
    // printed under it, neither the bridge's, whose numbers the therapist changed, nor the walk's.
    EXPECT_FALSE(text.contains(squeezed(u"A university sport programme"_s)));
    EXPECT_FALSE(text.contains(squeezed(u"Build up gradually"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"Walking"_s)));
}

TEST(Handout, MistakesSaySoAndWriteNothing)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"never.pdf"_s);
    ProgramRun run = runNoDisplay({u"--export-pdf"_s, u"no-such-routine"_s, out});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"no routine 'no-such-routine'"_s)) << run.err.toStdString();

    run = runNoDisplay({u"--export-pdf"_s, u"nhs-sciatica-stretches"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"OUT.pdf"_s));

    const QString broken = dir.filePath(u"broken.json"_s);
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "lumbar-relief-bank", "version": 1, "routines": [{"id": "x", "name": "X",
        "purpose": "p", "audience": "a", "items": [{"exercise": "no-such-exercise"}]}]})");
    file.close();
    run = runNoDisplay({u"--export-pdf"_s, broken, out});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"no-such-exercise"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"no handout was made"_s));
    EXPECT_FALSE(QFile::exists(out));
}

} // namespace
