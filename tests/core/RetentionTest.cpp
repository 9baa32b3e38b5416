// Retention (retention.md): who is due on a pinned day, what archiving erases and keeps.
#include "domain/Retention.h"
#include "StoreFixture.h"
#include "consolidation/Consolidation.h"
#include "consolidation/ReportWriter.h"
#include "store/ContactRepository.h"
#include "store/InterchangeStore.h"
#include "store/OperationLog.h"
#include "store/RetentionQuery.h"
#include "transfer/DemoDatabase.h"
#include "transfer/FolderDump.h"
#include "transfer/FolderImport.h"
#include "usecases/ArchiveCases.h"
#include "usecases/PlannedActionCases.h"
#include "usecases/PlieCases.h"

#include <map>
#include <set>

using namespace parcours;
using namespace parcours::test;

namespace {

std::vector<std::string> dueNames(Database& db, const char* day, int months = 24)
{
    std::vector<std::string> names;
    for (const DueFile& file : filesDueForArchiving(db, d(day), months))
        names.push_back(file.lastName);
    return names;
}

using Names = std::vector<std::string>;

class RetentionTest : public StoreTest {
protected:
    void addContact(RowId pathway, const char* day, const char* note = "")
    {
        Contact c;
        c.pathwayId = pathway;
        c.date = d(day);
        c.note = note;
        ContactRepository(db, clock).add(c);
    }
};

} // namespace

TEST(RetentionLimit, IsRMonthsBeforeClampedToTheEndOfAShorterMonth)
{
    EXPECT_EQ(retentionLimit(d("2026-11-27"), 24), d("2024-11-27"));
    EXPECT_EQ(retentionLimit(d("2026-08-31"), 6), d("2026-02-28"));
    EXPECT_EQ(retentionLimit(d("2026-03-31"), 25), d("2024-02-29"));
}

TEST_F(RetentionTest, DueWhenEveryPathwayEndedAndTheLastRecordIsBeforeTheLimit)
{
    const Participant exactly = addPerson("Exact", "Ana");
    addPathway(exactly.record.id, "2023-01-10", "2024-11-27"); // the limit day itself: not before
    const Participant before = addPerson("Avant", "Bea");
    addPathway(before.record.id, "2023-01-10", "2024-11-26");
    const Participant open = addPerson("Ouvert", "Chloe");
    addPathway(open.record.id, "2019-01-10");
    const Participant noPathway = addPerson("Sansparcours", "Dina");
    (void)noPathway;

    EXPECT_EQ(dueNames(db, "2026-11-27"), Names{"Avant"});
    EXPECT_EQ(dueNames(db, "2026-11-28"), (Names{"Avant", "Exact"}));
}

TEST_F(RetentionTest, TheLimitIsClampedToTheEndOfAShorterMonth)
{
    const Participant person = addPerson("Fevrier", "Eva");
    addPathway(person.record.id, "2020-01-10", "2026-02-28");
    // 31 August − 6 months is 28 February 2026: an exit on that day is not before it.
    EXPECT_TRUE(dueNames(db, "2026-08-31", 6).empty());
    EXPECT_EQ(dueNames(db, "2026-09-01", 6), Names{"Fevrier"});
}

TEST_F(RetentionTest, ARecentContactOrPlannedActionKeepsTheFile)
{
    const Participant contacted = addPerson("Contact", "Flo");
    const Pathway first = addPathway(contacted.record.id, "2020-01-10", "2022-05-01");
    addContact(first.record.id, "2025-03-01");
    const Participant planned = addPerson("Prevu", "Gus");
    const Pathway second = addPathway(planned.record.id, "2020-01-10", "2022-05-01");
    PlannedAction action;
    action.pathwayId = second.record.id;
    action.date = d("2025-06-01");
    planAction(db, clock, action);
    const Participant old = addPerson("Ancien", "Hugo");
    const Pathway third = addPathway(old.record.id, "2020-01-10", "2022-05-01");
    addContact(third.record.id, "2022-04-01");

    EXPECT_EQ(dueNames(db, "2026-11-27"), Names{"Ancien"});
    EXPECT_EQ(dueNames(db, "2027-06-02"), (Names{"Ancien", "Contact", "Prevu"}));
}

TEST_F(RetentionTest, ArchivingErasesTheIdentityAndFreeTextsAndKeepsTheAgeAtEntry)
{
    Participant person = newPerson("Bissextile", "Ines", "1980-02-29");
    person.phone = "06 12 34 56 78";
    person.email = "ines@example.org";
    person.city = "Rennes";
    person.record.externalId = "P-777";
    participants.add(person);
    const Pathway pathway = addPathway(person.record.id, "2006-02-28", "2022-05-01");
    addContact(pathway.record.id, "2022-04-01", "Parle de son déménagement à Brest");
    const Participant kept = addPerson("Gardee", "Jade");
    addPathway(kept.record.id, "2025-01-10");

    const std::vector<DueFile> archived = archiveDueFiles(db, clock, d("2026-11-27"), 24);
    ASSERT_EQ(archived.size(), 1u);

    const Participant stored = *participants.find(person.record.id);
    EXPECT_TRUE(stored.archived);
    EXPECT_EQ(stored.lastName, kArchivedName);
    EXPECT_EQ(stored.phone, "");
    EXPECT_EQ(stored.email, "");
    EXPECT_EQ(stored.city, "");
    EXPECT_NE(stored.record.externalId, "P-777");
    EXPECT_EQ(stored.sex, Sex::F);
    // Born on 29 February 1980: still 25 on 28 February 2006 (26 on 1 March).
    EXPECT_EQ(pathways.find(pathway.record.id)->ageAtEntry, 25);
    EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM contacts WHERE note <> ''").getInt(), 0);
    EXPECT_FALSE(participants.find(kept.record.id)->archived);
    // Archived once: not due again.
    EXPECT_TRUE(filesDueForArchiving(db, d("2026-11-27"), 24).empty());

    std::string history;
    forEachOperation(db, 0, [&](const Operation& op) { history += op.data.dump() + op.before.dump(); });
    for (const char* erased :
         {"Bissextile", "Ines", "1980-02-29", "06 12 34 56 78", "ines@example.org", "Rennes", "P-777", "déménagement"})
        EXPECT_EQ(history.find(erased), std::string::npos) << erased;
    EXPECT_NE(history.find("Gardee"), std::string::npos);
}

namespace {

std::map<int, std::string> exportsOf(Database& db, const std::vector<int>& years)
{
    std::map<int, std::string> texts;
    for (int year : years) {
        const ConsolidationReport report = computeConsolidation(db, year);
        texts[year] = reportJsonText(report, ReportProfile::warehouse(), "2026-11-27T10:00:00.000Z")
                      + reportJsonText(report, ReportProfile::forPublic(), "2026-11-27T10:00:00.000Z");
    }
    return texts;
}

struct TempFolder {
    std::filesystem::path path = std::filesystem::temp_directory_path() / ("parcours-retention-" + newUuid());
    ~TempFolder() { std::filesystem::remove_all(path); }
};

} // namespace

TEST(RetentionOfADemo, ArchivingKeepsEveryYearsExportsAndLeavesNoTraceOfTheErasedValues)
{
    const FixedClock clock(d("2026-11-27"));
    TempDatabaseFile file;
    createDemoDatabase(file.path(), clock, DemoOptions{300, 11, clock.today()});
    const std::vector<int> years{2021, 2022, 2023, 2024, 2025, 2026};
    std::map<int, std::string> before;
    std::vector<Participant> due;
    std::vector<std::string> notes;
    std::set<std::string> keptValues; // the same e-mail or note may belong to someone kept too
    {
        Database db(file.path(), OpenMode::ExistingOnly);
        before = exportsOf(db, years);
        const InterchangeData data = loadInterchangeData(db);
        std::set<std::string> dueUuids;
        for (const DueFile& f : filesDueForArchiving(db, d("2026-11-27"), 12))
            dueUuids.insert(f.uuid);
        ASSERT_GE(dueUuids.size(), 10u);
        for (const Participant& p : data.participants) {
            if (dueUuids.count(p.record.uuid))
                due.push_back(p);
            else
                keptValues.insert({p.phone, p.email});
        }
        for (const auto& [contact, pathway] : data.contacts) {
            if (!dueUuids.count(data.participants[data.pathways[pathway].participant].record.uuid))
                keptValues.insert(contact.note);
            else if (contact.note.size() > 20)
                notes.push_back(contact.note);
        }
        ASSERT_EQ(archiveDueFiles(db, clock, d("2026-11-27"), 12).size(), dueUuids.size());
        EXPECT_EQ(exportsOf(db, years), before);
    }
    const std::string bytes = fileBytes(file.path());
    std::size_t checked = 0;
    for (const Participant& p : due) {
        // Names are often shared with someone kept: the contact details are looked for.
        for (const std::string& erased : {p.phone, p.email}) {
            if (erased.size() > 5 && !keptValues.count(erased)) {
                EXPECT_EQ(bytes.find(erased), std::string::npos) << erased;
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 0u);
    EXPECT_FALSE(notes.empty());
    for (const std::string& note : notes) {
        if (!keptValues.count(note)) {
            EXPECT_EQ(bytes.find(note), std::string::npos) << note;
        }
    }

    // The dump writes them archived and imports back to the same consolidation.
    TempFolder folder;
    {
        Database db(file.path(), OpenMode::ReadOnly);
        dumpDatabase(db, folder.path);
    }
    const std::string participantsCsv = fileBytes(folder.path / "participants.csv");
    for (const Participant& p : due) {
        if (p.email.size() > 5 && !keptValues.count(p.email)) {
            EXPECT_EQ(participantsCsv.find(p.email), std::string::npos);
        }
    }
    EXPECT_EQ(participantsCsv.find(kArchivedName), std::string::npos);
    TempDatabaseFile copy;
    const ImportResult result = importFolderIntoFile(copy.path(), clock, folder.path);
    ASSERT_TRUE(result.succeeded()) << result.errors.front().text();
    Database imported(copy.path(), OpenMode::ReadOnly);
    EXPECT_EQ(exportsOf(imported, years), before);
}

TEST_F(RetentionTest, ThePeriodIsAPlieSettingWrittenAsAnOperation)
{
    EXPECT_EQ(retentionMonths(db), kDefaultRetentionMonths);
    const Change change = setRetentionMonths(db, clock, 36);
    EXPECT_EQ(retentionMonths(db), 36);
    ASSERT_EQ(change.operations.size(), 1u);
    EXPECT_EQ(change.operations[0].entity, "plie");
    EXPECT_THROW(setRetentionMonths(db, clock, 0), RuleError);
    EXPECT_THROW(setRetentionMonths(db, clock, 241), RuleError);
    EXPECT_EQ(retentionMonths(db), 36);
}
