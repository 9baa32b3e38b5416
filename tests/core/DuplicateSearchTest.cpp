// Probable duplicates: same names (case and accents aside) and birth date, or same France Travail id.
#include "StoreFixture.h"

#include "store/DuplicateSearch.h"

namespace parcours::test {
namespace {

using DuplicateSearchTest = StoreTest;

std::vector<RowId> idsOf(const std::vector<Participant>& people)
{
    std::vector<RowId> ids;
    for (const Participant& p : people)
        ids.push_back(p.record.id);
    return ids;
}

TEST_F(DuplicateSearchTest, SameNamesWithoutAccentsOrCaseAndSameBirthDate)
{
    const Participant stored = addPerson("Lefèvre", "Anaïs", "1979-02-28");
    addPerson("Lefèvre", "Anaïs", "1979-03-01"); // another birth date
    addPerson("Lefebvre", "Anaïs", "1979-02-28"); // another name
    const Participant candidate = newPerson(" LEFEVRE ", "anais", "1979-02-28");
    EXPECT_EQ(idsOf(findProbableDuplicates(db, candidate)), std::vector<RowId>{stored.record.id});
}

TEST_F(DuplicateSearchTest, SameFranceTravailIdWhateverTheName)
{
    Participant stored = newPerson("Martin", "Léa", "1985-05-10");
    stored.franceTravailId = "1234567A";
    participants.add(stored);
    Participant candidate = newPerson("Durand", "Paul", "1990-01-01");
    candidate.franceTravailId = "1234567A";
    EXPECT_EQ(idsOf(findProbableDuplicates(db, candidate)), std::vector<RowId>{stored.record.id});
    candidate.franceTravailId = "";
    EXPECT_TRUE(findProbableDuplicates(db, candidate).empty()); // empty ids never match each other
}

TEST_F(DuplicateSearchTest, NobodyAndNeverThePersonThemself)
{
    const Participant stored = addPerson("Martin", "Léa", "1985-05-10");
    EXPECT_TRUE(findProbableDuplicates(db, newPerson("Martin", "Lucie", "1985-05-10")).empty());
    EXPECT_TRUE(findProbableDuplicates(db, stored).empty());
}

} // namespace
} // namespace parcours::test
