// The PLIE's name and code, one row kept in the database.
#include "StoreFixture.h"

#include "store/PlieSettingsRepository.h"

namespace parcours::test {
namespace {

using PlieSettingsRepositoryTest = StoreTest;

TEST_F(PlieSettingsRepositoryTest, EmptyUntilSetThenReadBack)
{
    PlieSettingsRepository settings(db, clock);
    EXPECT_EQ(settings.get().name, "");
    EXPECT_EQ(settings.get().code, "");

    settings.set({"PLIE de l'agglomération d'Évreux", "27-EVX"});
    EXPECT_EQ(settings.get().name, "PLIE de l'agglomération d'Évreux");
    EXPECT_EQ(settings.get().code, "27-EVX");
}

TEST_F(PlieSettingsRepositoryTest, SettingAgainKeepsOneRowWithItsIdentity)
{
    PlieSettingsRepository settings(db, clock);
    settings.set({"PLIE Rennes", ""});
    const std::string uuid = db.sql().execAndGet("SELECT uuid FROM plie_settings").getString();

    clock.setToday(d("2027-01-04"));
    settings.set({"PLIE de Rennes Métropole", "35"});

    EXPECT_EQ(rowCount(db, "plie_settings"), 1);
    EXPECT_EQ(settings.get().name, "PLIE de Rennes Métropole");
    EXPECT_TRUE(isUuidV4(uuid));
    EXPECT_EQ(db.sql().execAndGet("SELECT uuid FROM plie_settings").getString(), uuid);
    EXPECT_EQ(db.sql().execAndGet("SELECT created_at FROM plie_settings").getString(), "2026-11-27T09:00:00.000Z");
    EXPECT_EQ(db.sql().execAndGet("SELECT updated_at FROM plie_settings").getString(), "2027-01-04T09:00:00.000Z");
}

} // namespace
} // namespace parcours::test
