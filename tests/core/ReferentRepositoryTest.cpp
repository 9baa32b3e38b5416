// Référent.e.s, found or created by name as the import and the forms need them.
#include "StoreFixture.h"

namespace parcours::test {
namespace {

using ReferentRepositoryTest = StoreTest;

TEST_F(ReferentRepositoryTest, SameNameGivesTheSameReferent)
{
    const Referent created = referents.findOrCreate("Élodie Marchand");
    const Referent again = referents.findOrCreate("  Élodie Marchand\t");

    EXPECT_EQ(again.record.id, created.record.id);
    EXPECT_EQ(again.record.uuid, created.record.uuid);
    EXPECT_EQ(again.name, "Élodie Marchand");
    EXPECT_TRUE(isUuidV4(created.record.uuid));
    EXPECT_EQ(created.record.createdAt, "2026-11-27T09:00:00.000Z");
    EXPECT_EQ(rowCount(db, "referents"), 1);
    EXPECT_EQ(referents.find(created.record.id)->name, "Élodie Marchand");
    EXPECT_FALSE(referents.find(created.record.id + 1));
}

TEST_F(ReferentRepositoryTest, EmptyNameIsRefused)
{
    EXPECT_THROW(referents.findOrCreate("   "), RuleError);
    EXPECT_EQ(rowCount(db, "referents"), 0);
}

TEST_F(ReferentRepositoryTest, AllComeByNameWithAccentsSetAside)
{
    referents.findOrCreate("Zoé Petit");
    referents.findOrCreate("Élodie Marchand");
    referents.findOrCreate("Damien Roux");
    std::vector<std::string> names;
    for (const Referent& r : referents.all())
        names.push_back(r.name);
    EXPECT_EQ(names, (std::vector<std::string>{"Damien Roux", "Élodie Marchand", "Zoé Petit"}));
}

} // namespace
} // namespace parcours::test
