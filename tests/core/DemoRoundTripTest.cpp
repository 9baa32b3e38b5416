// The demo PLIE through the whole chain: database → dump → import → dump gives the same files.
#include "InterchangeDataComparison.h"
#include "StoreFixture.h"
#include "interchange/FolderReader.h"
#include "store/InterchangeStore.h"
#include "transfer/DemoDatabase.h"
#include "transfer/FolderDump.h"
#include "transfer/FolderImport.h"

using namespace parcours;
using namespace parcours::test;

namespace {

const char* const kFiles[] = {"participants.csv", "parcours.csv", "steps.csv", "freins.csv", "contacts.csv",
                              "actions.csv",      "holds.csv",    "hires.csv", "plie.csv"};

struct TempFolder {
    std::filesystem::path path = std::filesystem::temp_directory_path() / ("parcours-dump-" + newUuid());
    ~TempFolder() { std::filesystem::remove_all(path); }
};

} // namespace

TEST(DemoRoundTrip, DumpOfADemoImportsBackToTheSameRows)
{
    const FixedClock clock(d("2026-11-27"));
    TempDatabaseFile demo;
    createDemoDatabase(demo.path(), clock, DemoOptions{400, 7, clock.today()});
    TempFolder first;
    TempFolder second;
    InterchangeData original;
    {
        Database db(demo.path(), OpenMode::ReadOnly);
        original = loadInterchangeData(db);
        dumpDatabase(db, first.path);
    }
    ASSERT_GE(original.participants.size(), 400u);
    ASSERT_FALSE(original.steps.empty());
    ASSERT_FALSE(original.plannedActions.empty());

    TempDatabaseFile copy;
    const ImportResult result = importFolderIntoFile(copy.path(), clock, first.path);
    ASSERT_TRUE(result.succeeded()) << result.errors.front().text();
    EXPECT_EQ(result.summary.participants, original.participants.size());
    EXPECT_EQ(result.summary.contacts, original.contacts.size());
    EXPECT_EQ(result.summary.plannedActions, original.plannedActions.size());
    Database db(copy.path(), OpenMode::ReadOnly);
    expectSameData(original, loadInterchangeData(db));
    dumpDatabase(db, second.path);
    for (const char* name : kFiles)
        EXPECT_EQ(fileBytes(first.path / name), fileBytes(second.path / name)) << name;
}

TEST(DemoRoundTrip, TheDemoNeverGoesIntoADatabaseWithParticipants)
{
    const FixedClock clock(d("2026-11-27"));
    TempDatabaseFile file;
    createDemoDatabase(file.path(), clock, DemoOptions{50, 1, clock.today()});
    EXPECT_THROW(createDemoDatabase(file.path(), clock, DemoOptions{50, 2, clock.today()}), DemoRefused);
    Database db(file.path(), OpenMode::ReadOnly);
    EXPECT_EQ(ParticipantRepository(db, clock).count(), 50);
}
