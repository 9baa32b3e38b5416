// Two imports of one folder into one base at once: the second, whose checks ran before the first
// wrote, is refused in French and writes nothing.
#include "InterchangeFolderFixture.h"
#include "StoreFixture.h"
#include "store/ParticipantRepository.h"
#include "store/StoreError.h"
#include "transfer/FolderImport.h"

using namespace parcours;
using namespace parcours::test;

namespace {

using ConcurrentImport = InterchangeFolderFixture;

} // namespace

TEST_F(ConcurrentImport, AnImportOvertakenByAnotherIsRefusedInFrench)
{
    const FixedClock clock{d("2026-11-27")};
    TempDatabaseFile database;
    {
        Database created(database.path(), OpenMode::CreateIfMissing);
    }

    Database late(database.path(), OpenMode::ExistingOnly);
    bool overtaken = false;
    // Once the late import has read the ids of the base, another connection imports the folder.
    const Progress overtake = [&](std::string_view, std::size_t, std::size_t) {
        if (std::exchange(overtaken, true))
            return;
        Database early(database.path(), OpenMode::ExistingOnly);
        ASSERT_TRUE(importFolder(early, clock, folder).succeeded());
    };
    try {
        importFolder(late, clock, folder, overtake);
        FAIL() << "the late import was written over the early one";
    } catch (const StoreError& error) {
        EXPECT_EQ(std::string(error.what()),
                  "La base « " + displayName(database.path())
                      + " » a été modifiée par un autre programme pendant l'import : rien n'a été importé, relancez "
                        "l'import.");
    }
    EXPECT_TRUE(overtaken);
    EXPECT_EQ(ParticipantRepository(late, clock).count(), 3) << "the early import's rows, once";
}
