// PRAGMA data_version as the window uses it: a commit by another connection is seen, the
// connection's own commits are not.
#include "store/DataVersion.h"
#include "StoreFixture.h"

using namespace parcours;
using namespace parcours::test;

TEST(DataVersionTest, AnotherConnectionsCommitIsSeenAndOwnCommitsAreNot)
{
    TempDatabaseFile file;
    Database shown(file.path(), OpenMode::CreateIfMissing);
    Database outside(file.path(), OpenMode::ExistingOnly);
    FixedClock clock(d("2026-11-27"));
    OutsideChanges watch(shown);
    EXPECT_FALSE(watch.happened());

    ReferentRepository(shown, clock).findOrCreate("Claire Dubois");
    EXPECT_FALSE(watch.happened()) << "the window's own write is no change from outside";

    ReferentRepository(outside, clock).findOrCreate("Marc Petit");
    EXPECT_TRUE(watch.happened());
    EXPECT_TRUE(watch.happened()) << "until what is shown is read again";
    watch.accept();
    EXPECT_FALSE(watch.happened());
}
