// Routine files: what the app writes for the user's own routines reads back as the same routine through the bank
// loader; new ids never clash; and a broken routine file is left out on its own.
#include "core/routinefile.h"

#include "core/bankloader.h"
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
