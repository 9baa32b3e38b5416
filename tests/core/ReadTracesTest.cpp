// Read traces: who read which file and when, on a pinned clock; never operations; purged after
// 12 months.
#include "StoreFixture.h"

#include "store/OperationLog.h"
#include "store/ReadTraces.h"

namespace parcours::test {
namespace {

class ReadTracesTest : public StoreTest {};

TEST_F(ReadTracesTest, aTraceHoldsTheAuthorTheInstantTheActionAndTheDetail)
{
    const Participant lea = addPerson("Martin", "Léa");
    db.journal().setAuthor("Claire Dubois");

    readtraces::record(db, clock, lea.record.uuid, ReadAction::Consultation);
    clock.setToday(d("2026-11-30"));
    readtraces::record(db, clock, lea.record.uuid, ReadAction::Impression, "fiche.pdf");

    const std::vector<ReadTrace> traces = readtraces::ofParticipant(db, lea.record.uuid);
    ASSERT_EQ(traces.size(), 2u);
    EXPECT_EQ(traces[0].at, "2026-11-27T09:00:00.000Z");
    EXPECT_EQ(traces[0].author, "Claire Dubois");
    EXPECT_EQ(traces[0].action, ReadAction::Consultation);
    EXPECT_EQ(traces[0].detail, "");
    EXPECT_EQ(traces[1].at, "2026-11-30T09:00:00.000Z");
    EXPECT_EQ(traces[1].action, ReadAction::Impression);
    EXPECT_EQ(traces[1].detail, "fiche.pdf");
    EXPECT_EQ(db.sql().execAndGet("SELECT action FROM read_traces ORDER BY id DESC LIMIT 1").getString(), "impression");
}

TEST_F(ReadTracesTest, anExportTracesEachPersonListedAndNoOneElse)
{
    const Participant lea = addPerson("Martin", "Léa");
    const Participant karim = addPerson("Benali", "Karim", "1999-11-28");
    const Participant anne = addPerson("Leroy", "Anne", "1990-06-15");

    readtraces::recordForIds(db, clock, {lea.record.id, karim.record.id, RowId{9999}}, ReadAction::Export,
                             "liste.xlsx");

    EXPECT_EQ(rowCount(db, "read_traces"), 2);
    for (const Participant& listed : {lea, karim}) {
        const std::vector<ReadTrace> traces = readtraces::ofParticipant(db, listed.record.uuid);
        ASSERT_EQ(traces.size(), 1u);
        EXPECT_EQ(traces[0].action, ReadAction::Export);
        EXPECT_EQ(traces[0].detail, "liste.xlsx");
    }
    EXPECT_TRUE(readtraces::ofParticipant(db, anne.record.uuid).empty());
}

TEST_F(ReadTracesTest, aTraceIsNoOperationAndNoChangeToUndo)
{
    Participant lea = addPerson("Martin", "Léa");
    const std::int64_t operations = operationCount(db);
    const std::string lastChange = db.journal().lastChange().id;

    readtraces::record(db, clock, lea.record.uuid, ReadAction::Access, "copie");

    EXPECT_EQ(operationCount(db), operations);
    EXPECT_EQ(db.journal().lastChange().id, lastChange);
    EXPECT_EQ(operationsOfFile(db, lea.record.uuid).size(), 1u); // its creation only
}

TEST_F(ReadTracesTest, thePurgeRemovesExactlyTheTracesOlderThanTwelveMonths)
{
    const Participant lea = addPerson("Martin", "Léa");
    for (const char* day : {"2025-11-25", "2025-11-26", "2025-11-27", "2026-03-01"}) {
        clock.setToday(d(day));
        readtraces::record(db, clock, lea.record.uuid, ReadAction::Consultation, day);
    }
    clock.setToday(d("2026-11-27"));
    EXPECT_EQ(readtraces::oldestKeptDay(clock), d("2025-11-27"));

    EXPECT_EQ(readtraces::purgeExpired(db, clock), 2);

    std::vector<std::string> kept;
    for (const ReadTrace& trace : readtraces::ofParticipant(db, lea.record.uuid))
        kept.push_back(trace.detail);
    EXPECT_EQ(kept, (std::vector<std::string>{"2025-11-27", "2026-03-01"}));
    EXPECT_EQ(readtraces::purgeExpired(db, clock), 0);
}

TEST_F(ReadTracesTest, recordingATracePurgesTheExpiredOnes)
{
    const Participant lea = addPerson("Martin", "Léa");
    clock.setToday(d("2025-01-10"));
    readtraces::record(db, clock, lea.record.uuid, ReadAction::Consultation, "ancienne");
    clock.setToday(d("2026-02-28"));
    readtraces::record(db, clock, lea.record.uuid, ReadAction::Consultation, "récente");

    const std::vector<ReadTrace> traces = readtraces::ofParticipant(db, lea.record.uuid);
    ASSERT_EQ(traces.size(), 1u);
    EXPECT_EQ(traces[0].detail, "récente");
}

TEST_F(ReadTracesTest, aBaseOpenedReadOnlyRecordsNothing)
{
    TempDatabaseFile file;
    std::string uuid;
    {
        Database writer(file.path(), OpenMode::CreateIfMissing);
        Participant lea = newPerson();
        ParticipantRepository(writer, clock).add(lea);
        uuid = lea.record.uuid;
    }
    Database reader(file.path(), OpenMode::ReadOnly);
    EXPECT_NO_THROW(readtraces::record(reader, clock, uuid, ReadAction::Consultation));
    EXPECT_EQ(readtraces::purgeExpired(reader, clock), 0);
    EXPECT_TRUE(readtraces::ofParticipant(reader, uuid).empty());
}

TEST(ReadActionCodes, matchTheSchema)
{
    EXPECT_EQ(toCode(ReadAction::Consultation), "consultation");
    EXPECT_EQ(toCode(ReadAction::Impression), "impression");
    EXPECT_EQ(toCode(ReadAction::Export), "export");
    EXPECT_EQ(toCode(ReadAction::Access), "acces");
    EXPECT_EQ(readActionFromCode("acces"), ReadAction::Access);
    EXPECT_FALSE(readActionFromCode("lecture").has_value());
}

} // namespace
} // namespace parcours::test
