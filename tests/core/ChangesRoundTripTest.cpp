// changes.md's promise: the whole `changes` of a database applied to an empty one gives the
// same dump; applying twice, or half then all, changes nothing more.
#include "StoreFixture.h"
#include "changes/ApplyOperations.h"
#include "changes/ChangesFile.h"
#include "store/OperationLog.h"
#include "transfer/DemoDatabase.h"
#include "transfer/FolderDump.h"
#include "usecases/ParticipantCases.h"
#include "usecases/PathwayItemCases.h"

#include <fstream>
#include <sstream>

using namespace parcours;
using namespace parcours::test;

namespace {

const char* const kFiles[] = {"participants.csv", "parcours.csv", "steps.csv", "freins.csv", "contacts.csv",
                              "actions.csv",      "holds.csv",    "hires.csv", "plie.csv"};

struct TempFolder {
    std::filesystem::path path = std::filesystem::temp_directory_path() / ("parcours-changes-" + newUuid());
    TempFolder() { std::filesystem::create_directories(path); }
    ~TempFolder() { std::filesystem::remove_all(path); }
};

std::vector<std::string> dumpFiles(const std::filesystem::path& database)
{
    TempFolder folder;
    Database db(database, OpenMode::ReadOnly);
    dumpDatabase(db, folder.path);
    std::vector<std::string> files;
    for (const char* name : kFiles)
        files.push_back(fileBytes(folder.path / name));
    return files;
}

std::string changesOf(const std::filesystem::path& database)
{
    Database db(database, OpenMode::ReadOnly);
    std::ostringstream out;
    writeChanges(db, std::nullopt, out);
    return out.str();
}

void writeText(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

ApplyReport applyFile(const std::filesystem::path& database, const std::filesystem::path& changes)
{
    const std::vector<Operation> operations = readChangesFile(changes);
    Database db(database, OpenMode::CreateIfMissing);
    return applyOperations(db, operations);
}

// A demo PLIE, then a few days of a référent.e's work on it through the use cases.
class ChangesRoundTrip : public ::testing::Test {
protected:
    void SetUp() override
    {
        createDemoDatabase(source.path(), clock, DemoOptions{120, 3, clock.today()});
        Database db(source.path(), OpenMode::ExistingOnly);
        db.journal().setAuthor("Alice N'Diaye");
        Participant person = newPerson("Nouvelle", "Personne", "1990-02-03");
        Pathway pathway;
        pathway.entryDate = d("2026-11-02");
        createParticipant(db, clock, person, pathway, "Alice N'Diaye");
        Contact contact;
        contact.pathwayId = pathway.record.id;
        contact.date = d("2026-11-20");
        contact.note = "Premier entretien";
        logContact(db, clock, contact);
        contact.note = "Premier entretien, CV à reprendre";
        editContact(db, clock, contact);
        Barrier barrier;
        barrier.pathwayId = pathway.record.id;
        barrier.category = BarrierCategory::Mobilite;
        barrier.identifiedDate = d("2026-11-20");
        addBarrier(db, clock, barrier);
        const Participant someone = ParticipantRepository(db, clock).all().front();
        deleteParticipant(db, clock, someone.record.id);
    }

    FixedClock clock{d("2026-11-27")};
    TempDatabaseFile source;
    TempDatabaseFile target;
    TempFolder folder;
};

} // namespace

TEST_F(ChangesRoundTrip, TheWholeChangesAppliedToAnEmptyDatabaseGiveTheSameDump)
{
    const std::string all = changesOf(source.path());
    writeText(folder.path / "all.jsonl", all);
    const ApplyReport report = applyFile(target.path(), folder.path / "all.jsonl");
    EXPECT_TRUE(report.conflicts.empty());
    EXPECT_EQ(report.applied, static_cast<std::size_t>(std::count(all.begin(), all.end(), '\n')));
    EXPECT_EQ(report.skipped, 0u);
    EXPECT_EQ(dumpFiles(target.path()), dumpFiles(source.path()));
    // Recorded as they came: the target's changes are the source's, line for line.
    EXPECT_EQ(changesOf(target.path()), changesOf(source.path()));
}

TEST_F(ChangesRoundTrip, ApplyingTwiceOrHalfThenAllChangesNothingMore)
{
    const std::string all = changesOf(source.path());
    // The first half, cut at a line: what a copy carried home holds before the last changes.
    const std::string half = all.substr(0, all.find('\n', all.size() / 2) + 1);
    writeText(folder.path / "all.jsonl", all);
    writeText(folder.path / "half.jsonl", half);

    const ApplyReport halfReport = applyFile(target.path(), folder.path / "half.jsonl");
    EXPECT_TRUE(halfReport.conflicts.empty());
    const ApplyReport first = applyFile(target.path(), folder.path / "all.jsonl");
    EXPECT_EQ(first.skipped, halfReport.applied + halfReport.skipped);
    EXPECT_TRUE(first.conflicts.empty());
    EXPECT_EQ(dumpFiles(target.path()), dumpFiles(source.path()));
    const std::string afterFirst = changesOf(target.path());

    const ApplyReport again = applyFile(target.path(), folder.path / "all.jsonl");
    EXPECT_EQ(again.applied, 0u);
    EXPECT_TRUE(again.conflicts.empty());
    EXPECT_EQ(changesOf(target.path()), afterFirst);
    EXPECT_EQ(dumpFiles(target.path()), dumpFiles(source.path()));
}

TEST_F(ChangesRoundTrip, ChangesAfterAnOperationAreTheRest)
{
    Database db(source.path(), OpenMode::ReadOnly);
    std::vector<std::string> ops;
    forEachOperation(db, 0, [&](const Operation& o) { ops.push_back(o.op); });
    ASSERT_GT(ops.size(), 10u);
    std::ostringstream out;
    EXPECT_EQ(writeChanges(db, ops[ops.size() - 4], out), 3u);
    EXPECT_THROW(writeChanges(db, std::string("00000000-0000-4000-8000-000000000000"), out), ChangesRefused);
}
