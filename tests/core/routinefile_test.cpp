// Routine files: what the app writes for the user's own routines reads back as the same routine through the bank
// loader; new ids never clash; and a broken routine file is left out on its own.
#include "core/routinefile.h"

#include "core/bank/bankloader.h"
#include "core/shippedbank.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <set>

namespace lumbar {
namespace {

using test::bankFile;
using test::layerOf;

const ContentBank &shipped()
{
    static const auto bank = BankLoader::load(shippedBankLayer()).bank;
    return *bank;
}

// Writes `routine`, loads the file over the shipped bank and returns what came back.
Routine roundTrip(const Routine &routine)
{
    const BankLayer layer = layerOf(routineFileText(routine), routine.id + ".json");
    const LoadResult loaded = BankLoader::load({&shippedBankLayer(), &layer});
    EXPECT_TRUE(loaded.ok());
    for (const Diagnostic &d : loaded.diagnostics)
        ADD_FAILURE() << formatDiagnostic(d);
    const Routine *back = loaded.ok() ? loaded.bank->routine(routine.id) : nullptr;
    return back ? *back : Routine{};
}

TEST(RoutineExport, EveryShippedExerciseAndSourceReadsBackUnchanged)
{
    // Written into one shared file and read back beside the rest of the shipped bank with its own exercises and
    // sources taken out, every exercise, with its figure, and every source come back field for field.
    const Routine &routine = shipped().routines().front();
    std::vector<Exercise> exercises(shipped().exercises().begin(), shipped().exercises().end());
    std::vector<Source> sources(shipped().sources().begin(), shipped().sources().end());
    BankLayer rest;
    for (const BankFile &file : shippedBankLayer().files)
        if (!file.name.ends_with("exercises.json") && !file.name.ends_with("sources.json") &&
            !file.name.ends_with("routines.json"))
            rest.files.push_back(file);
    ASSERT_EQ(rest.files.size(), shippedBankLayer().files.size() - 3);
    const BankLayer layer = layerOf(routineExportText(routine, exercises, sources), "shared.json");
    const LoadResult loaded = BankLoader::load({&rest, &layer});
    for (const Diagnostic &d : loaded.diagnostics)
        ADD_FAILURE() << formatDiagnostic(d);
    ASSERT_TRUE(loaded.ok());
    for (const Exercise &e : exercises) {
        const Exercise *back = loaded.bank->exercise(e.id);
        ASSERT_NE(back, nullptr) << e.id;
        EXPECT_TRUE(*back == e) << e.id << " changed on the way";
    }
    for (const Source &s : sources)
        EXPECT_TRUE(*loaded.bank->source(s.id) == s) << s.id;
    EXPECT_EQ(*loaded.bank->routine(routine.id), routine);
}

TEST(RoutineExport, ARoutineWithItsOwnExerciseLoadsOnAnotherComputer)
{
    // The therapist's bank has an exercise of their own; the patient's computer has only the built-in bank.
    const BankLayer therapist = layerOf(bankFile(R"("sources": [{"id": "clinic-sheet", "title": "Clinic sheet",
            "publisher": "Our clinic", "kind": "clinic", "authority": "medium"}],
        "exercises": [)" + test::exerciseJson("clinic-stretch", R"("sources": ["clinic-sheet"])") +
                                            "]"),
        "mine.json");
    const LoadResult theirs = BankLoader::load({&shippedBankLayer(), &therapist});
    ASSERT_TRUE(theirs.ok());
    Routine r;
    r.id = "for-sam";
    r.name = LocalText("For Sam");
    r.purpose = LocalText("p");
    r.audience = LocalText("Sam");
    r.items = {RoutineItem{"clinic-stretch", {}, {}}, RoutineItem{"bridge", {}, {}}};
    const std::string shared =
        routineExportText(r, {*theirs.bank->exercise("clinic-stretch")}, {*theirs.bank->source("clinic-sheet")});
    const BankLayer received = layerOf(shared, "for-sam.json");
    const LoadResult patient = BankLoader::load({&shippedBankLayer(), &received});
    for (const Diagnostic &d : patient.diagnostics)
        ADD_FAILURE() << formatDiagnostic(d);
    ASSERT_TRUE(patient.ok());
    EXPECT_EQ(*patient.bank->routine("for-sam"), r);
    EXPECT_TRUE(*patient.bank->exercise("clinic-stretch") == *theirs.bank->exercise("clinic-stretch"));
}

TEST(RoutineExport, ASharedFileIsCheckedBeforeAnythingIsSaved)
{
    Routine r;
    r.id = "for-sam";
    r.name = LocalText("For Sam");
    r.purpose = LocalText("p");
    r.audience = LocalText("Sam");
    r.items = {RoutineItem{"bridge", {}, {}}};
    const std::vector<const BankLayer *> base{&shippedBankLayer()};

    const SharedRoutineCheck clean = checkSharedRoutine({"for-sam.json", routineFileText(r)}, "", base, shipped());
    ASSERT_TRUE(clean.ok());
    EXPECT_EQ(*clean.routine, r);
    EXPECT_TRUE(clean.exercises.empty()) << "nothing the computer does not have already";

    // Its own version of a built-in exercise: refused, not laid over the user's.
    Exercise bridge = *shipped().exercise("bridge");
    bridge.name = LocalText("Bridge, our way");
    const SharedRoutineCheck conflict =
        checkSharedRoutine({"x.json", routineExportText(r, {bridge}, {})}, "", base, shipped());
    EXPECT_FALSE(conflict.ok());
    EXPECT_NE(conflict.otherProblem.find("'bridge'"), std::string::npos) << conflict.otherProblem;

    const SharedRoutineCheck none = checkSharedRoutine({"x.json", bankFile(R"("exercises": [])")}, "", base, shipped());
    EXPECT_FALSE(none.ok());
    EXPECT_NE(none.otherProblem.find("holds 0"), std::string::npos);

    r.items.front().exercise = "no-such-exercise";
    const SharedRoutineCheck broken = checkSharedRoutine({"x.json", routineFileText(r)}, "", base, shipped());
    ASSERT_FALSE(broken.problems.empty());
    EXPECT_EQ(broken.problems.front().file, "x.json");
    EXPECT_GT(broken.problems.front().line, 0);
}

TEST(RoutineFile, EveryShippedRoutineReadsBackUnchanged)
{
    ASSERT_FALSE(shipped().routines().empty());
    for (const Routine &r : shipped().routines())
        EXPECT_EQ(roundTrip(r), r) << r.id;
}

TEST(RoutineFile, EveryFieldReadsBackUnchanged)
{
    Routine r;
    r.id = "for-jo";
    r.name = LocalText("Jo's routine");
    r.name.setTranslation("es", "La rutina de Jo");
    r.purpose = LocalText("Morning \"stiffness\"\nand evenings");
    r.audience = LocalText("Jo");
    r.patient = "Jo Bloggs";
    RoutineItem bridge;
    bridge.exercise = "bridge";
    bridge.dosage.holdSeconds = Range{5, 10, 8};
    bridge.dosage.reps = Range{10, 10, 10};
    bridge.dosage.sets = Range{1, 3, 1};
    bridge.dosage.sides = Sides::None;
    bridge.dosage.restBetweenRepsSeconds = 0;
    bridge.dosage.restBetweenSetsSeconds = 60;
    bridge.dosage.timesPerDay = Range{2, 2, 2};
    bridge.dosage.note = LocalText("Slowly");
    bridge.note = LocalText("Squeeze your buttocks");
    RoutineItem walking;
    walking.exercise = "walking";
    walking.dosage.durationMinutes = Range{10, 30, 20};
    RoutineItem glide;
    glide.exercise = "seated-nerve-slider";
    glide.dosage.tempoSecondsPerRep = 4;
    r.items = {bridge, walking, glide, RoutineItem{"bridge", {}, {}}};
    r.timesPerDay = Range{1, 2, 1};
    r.notes = LocalText("Stop if your leg pain spreads");
    r.sources = {"nhs-sciatica"};
    EXPECT_EQ(roundTrip(r), r);
}

TEST(RoutineFile, NewIdsComeFromTheNameAndNeverClash)
{
    std::set<std::string> taken{"my-back-routine", "my-back-routine-2", "gentle-start"};
    const auto isTaken = [&taken](std::string_view id) { return taken.contains(std::string(id)); };
    EXPECT_EQ(uniqueRoutineId("For Sam", isTaken), "for-sam");
    EXPECT_EQ(uniqueRoutineId("My back routine", isTaken), "my-back-routine-3");
    EXPECT_EQ(uniqueRoutineId("  Gentle   start!! ", isTaken), "gentle-start-2");
    EXPECT_EQ(uniqueRoutineId("¡Mañana!", isTaken), "ma-ana");
    EXPECT_EQ(uniqueRoutineId("", isTaken), "my-routine");
    EXPECT_EQ(uniqueRoutineId("***", isTaken), "my-routine");
    const std::string longId = uniqueRoutineId(std::string(200, 'a'), isTaken);
    EXPECT_LE(longId.size(), 64u);
    // Whatever the name, the id is one the loader accepts.
    for (const std::string &name :
        std::vector<std::string>{"For Sam", "¡Mañana!", "***", std::string(200, 'x'), "a--b  c"}) {
        Routine r = shipped().routines().front();
        r.id = uniqueRoutineId(name, isTaken);
        EXPECT_EQ(roundTrip(r).id, r.id) << name;
    }
}

TEST(RoutineFile, ABrokenRoutineFileIsLeftOutAlone)
{
    Routine good = shipped().routines().front();
    good.id = "mine";
    BankLayer routines = layerOf(routineFileText(good), "routines/mine.json");
    routines.files.push_back(
        {"routines/broken.json", bankFile(R"("routines": [{"id": "broken", "name": "B", "purpose": "P", "audience": "A",
            "items": [{"exercise": "no-such-exercise"}]}])")});
    routines.files.push_back({"routines/half-written.json", R"({"format": "lumbar-relief-bank", "vers)"});

    const BankLayer user = layerOf(bankFile(R"("exercises": [)" + test::exerciseJson("my-stretch") + "]"));
    const LayeredBank loaded = loadWithFallback(shippedBankLayer(), &user, &routines);
    ASSERT_NE(loaded.bank, nullptr);
    EXPECT_TRUE(loaded.usingUserBank) << "the user's bank folder is not blamed for a routine";
    EXPECT_NE(loaded.bank->exercise("my-stretch"), nullptr);
    EXPECT_NE(loaded.bank->routine("mine"), nullptr) << "the good routine survives its broken neighbours";
    EXPECT_EQ(loaded.bank->routine("broken"), nullptr);
    EXPECT_EQ(
        loaded.leftOutRoutineFiles, (std::vector<std::string>{"routines/broken.json", "routines/half-written.json"}));
    std::set<std::string> files;
    for (const Diagnostic &d : loaded.routineDiagnostics)
        files.insert(d.file);
    EXPECT_EQ(files, (std::set<std::string>{"routines/broken.json", "routines/half-written.json"}));
    EXPECT_TRUE(loaded.userDiagnostics.empty());
}

TEST(RoutineFile, RoutinesLoadWithoutAUserBankFolder)
{
    Routine good = shipped().routines().front();
    good.id = "mine";
    const BankLayer routines = layerOf(routineFileText(good), "routines/mine.json");
    const LayeredBank loaded = loadWithFallback(shippedBankLayer(), nullptr, &routines);
    ASSERT_NE(loaded.bank, nullptr);
    EXPECT_FALSE(loaded.usingUserBank);
    EXPECT_NE(loaded.bank->routine("mine"), nullptr);
    EXPECT_TRUE(loaded.routineDiagnostics.empty());
    EXPECT_TRUE(loaded.builtInDiagnostics.empty());
}

} // namespace
} // namespace lumbar
