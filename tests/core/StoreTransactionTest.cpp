// Transactions that nest (an import wraps many repository operations in one), and row UUIDs.
#include "StoreFixture.h"

#include "domain/Rules.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <set>

namespace parcours::test {
namespace {

class StoreTransaction : public StoreTest {
protected:
    bool inTransaction() { return sqlite3_get_autocommit(db.sql().getHandle()) == 0; }
};

TEST_F(StoreTransaction, RefusedOperationInsideAnOuterTransactionUndoesOnlyItself)
{
    {
        Transaction import(db);
        addPerson("Martin", "Léa");
        Participant invalid = newPerson("", "Sans nom");
        EXPECT_THROW(participants.add(invalid), RuleError);
        Participant duplicate = newPerson("Benali", "Yasmine");
        duplicate.record.externalId = "P1";
        participants.add(duplicate);
        Participant again = newPerson("Benali", "Sofiane");
        again.record.externalId = "P1";
        EXPECT_THROW(participants.add(again), RuleError);
        EXPECT_TRUE(inTransaction());
        import.commit();
    }
    EXPECT_FALSE(inTransaction());
    EXPECT_EQ(participants.count(), 2);
}

TEST_F(StoreTransaction, OuterRollbackUndoesTheOperationsItHeld)
{
    {
        Transaction import(db);
        addPerson("Martin", "Léa");
        addPerson("Benali", "Yasmine");
        // Not committed: an import that failed further on.
    }
    EXPECT_FALSE(inTransaction());
    EXPECT_EQ(participants.count(), 0);
}

// ROLLBACK TO alone would leave the refused operation's savepoint on the stack, and the
// group's own rollback would then stop there, keeping the group's first changes.
TEST_F(StoreTransaction, GroupLeftUncommittedIsUndoneWholeEvenAfterARefusedOperationInside)
{
    Transaction outer(db);
    addPerson("Martin", "Léa");
    {
        Transaction group(db);
        Participant first = newPerson("Benali", "Yasmine");
        first.record.externalId = "P7";
        participants.add(first);
        Participant duplicate = newPerson("Benali", "Sofiane");
        duplicate.record.externalId = "P7";
        EXPECT_THROW(participants.add(duplicate), RuleError);
        addPerson("Durand", "Paul");
    }
    outer.commit();
    ASSERT_EQ(participants.count(), 1);
    EXPECT_EQ(participants.all()[0].lastName, "Martin");
}

// A savepoint rolled back without being released would leave the connection inside a
// transaction: every later "saved" change would be lost when the application closes.
TEST(StoreTransactionOnFile, AfterARefusedOperationLaterOnesAreCommittedForGood)
{
    TempDatabaseFile file;
    const FixedClock clock(d("2026-11-27"));
    Database db(file.path(), OpenMode::CreateIfMissing);
    ParticipantRepository participants(db, clock);
    Participant first = newPerson("Martin", "Léa");
    first.record.externalId = "P1";
    participants.add(first);
    Participant duplicate = newPerson("Benali", "Yasmine");
    duplicate.record.externalId = "P1";
    EXPECT_THROW(participants.add(duplicate), RuleError);

    Participant later = newPerson("Benali", "Yasmine");
    participants.add(later);

    SQLite::Database other(file.path().string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(other.execAndGet("SELECT count(*) FROM participants").getInt(), 2);
}

TEST(StoreUuid, NewUuidsAreLowerCaseVersion4AndDistinct)
{
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        const std::string uuid = newUuid();
        ASSERT_TRUE(isUuidV4(uuid)) << uuid;
        seen.insert(uuid);
    }
    EXPECT_EQ(seen.size(), 1000u);
}

} // namespace
} // namespace parcours::test
