// Writing a whole batch: the large-import path drops and rebuilds the indexes, and a clash
// found only then still leaves the database untouched.
#include "StoreFixture.h"
#include "demo/DemoGenerator.h"
#include "store/InterchangeStore.h"
#include "store/StoreError.h"

#include <SQLiteCpp/Statement.h>

using namespace parcours;
using namespace parcours::test;

namespace {

std::vector<std::string> indexDefinitions(Database& db)
{
    std::vector<std::string> definitions;
    SQLite::Statement query(db.sql(), "SELECT sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
    while (query.executeStep())
        definitions.push_back(query.getColumn(0).getString());
    return definitions;
}

InterchangeData largeDemo(const Clock& clock)
{
    InterchangeData data = generateDemo(DemoOptions{1500, 11, clock.today()});
    const auto rows = data.participants.size() + data.pathways.size() + data.steps.size() + data.barriers.size()
                      + data.contacts.size();
    EXPECT_GT(rows, 5000u) << "large enough for the bulk path";
    return data;
}

} // namespace

TEST(InterchangeStore, ALargeImportKeepsEveryIndex)
{
    const FixedClock clock(d("2026-11-27"));
    TempDatabaseFile file;
    Database db(file.path(), OpenMode::CreateIfMissing);
    const std::vector<std::string> before = indexDefinitions(db);
    ASSERT_GT(before.size(), 15u);
    InterchangeData data = largeDemo(clock);
    writeInterchangeData(db, clock, data);
    EXPECT_EQ(indexDefinitions(db), before);
    EXPECT_EQ(ParticipantRepository(db, clock).count(), 1500);
    const auto actions = static_cast<int>(data.plannedActions.size());
    EXPECT_GT(actions, 100);
    EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM actions").getInt(), actions);
    EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM operations WHERE entity = 'action' AND kind = 'put'").getInt(),
              actions);
    // Its references were not checked row by row, yet none points nowhere, and foreign keys
    // guard the next writes again.
    EXPECT_FALSE(SQLite::Statement(db.sql(), "PRAGMA foreign_key_check").executeStep());
    EXPECT_EQ(db.sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
    // The rebuilt unique index still refuses a clash.
    Participant twin = data.participants.front();
    twin.record.uuid.clear();
    EXPECT_THROW(ParticipantRepository(db, clock).add(twin), RuleError);
}

TEST(InterchangeStore, AClashFoundWhenRebuildingTheIndexesWritesNothing)
{
    const FixedClock clock(d("2026-11-27"));
    TempDatabaseFile file;
    Database db(file.path(), OpenMode::CreateIfMissing);
    InterchangeData data = largeDemo(clock);
    data.steps.back().item.record.externalId = data.steps.front().item.record.externalId;
    EXPECT_THROW(writeInterchangeData(db, clock, data), StoreError);
    EXPECT_EQ(ParticipantRepository(db, clock).count(), 0);
    EXPECT_EQ(db.sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
    Database reopened(file.path(), OpenMode::ReadOnly);
    EXPECT_EQ(ParticipantRepository(reopened, clock).count(), 0);
}
