// Import into a database: all or nothing, the database exactly as before when refused,
// and a dump that imports back to the same rows.
#include "InterchangeDataComparison.h"
#include "InterchangeFolderFixture.h"
#include "StoreFixture.h"
#include "store/InterchangeStore.h"
#include "store/PlannedActionRepository.h"
#include "store/PlieSettingsRepository.h"
#include "transfer/FolderDump.h"
#include "transfer/FolderImport.h"

#include <SQLiteCpp/Statement.h>

using namespace parcours;
using namespace parcours::test;

namespace {

// Every row of every table, as text: equal fingerprints mean not one row changed.
std::string fingerprint(const std::filesystem::path& path)
{
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    std::string text;
    SQLite::Statement tables(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (tables.executeStep()) {
        const std::string table = tables.getColumn(0).getString();
        text += "#" + table + "\n";
        SQLite::Statement rows(db, "SELECT * FROM \"" + table + "\" ORDER BY rowid");
        while (rows.executeStep()) {
            for (int c = 0; c < rows.getColumnCount(); ++c)
                text += rows.getColumn(c).getString() + "|";
            text += "\n";
        }
    }
    return text;
}

class FolderImport : public InterchangeFolderFixture {
protected:
    ImportResult importInto(const std::filesystem::path& path)
    {
        return importFolderIntoFile(path, clock, folder);
    }

    FixedClock clock{d("2026-11-27")};
    TempDatabaseFile database;
};

} // namespace

TEST_F(FolderImport, AValidFolderIsImportedWhole)
{
    const ImportResult result = importInto(database.path());
    ASSERT_TRUE(result.succeeded()) << result.errors.front().text();
    EXPECT_EQ(result.summary.participants, 3u);
    EXPECT_EQ(result.summary.pathways, 4u);
    EXPECT_EQ(result.summary.steps, 3u);
    EXPECT_EQ(result.summary.barriers, 2u);
    EXPECT_EQ(result.summary.contacts, 2u);
    EXPECT_EQ(result.summary.holds, 2u);
    EXPECT_EQ(result.summary.hires, 1u);
    EXPECT_EQ(result.summary.plannedActions, 3u);

    Database db(database.path(), OpenMode::ReadOnly);
    const auto anais = ParticipantRepository(db, clock).findByExternalId("P1");
    ASSERT_TRUE(anais);
    EXPECT_EQ(anais->firstName, "Anaïs");
    EXPECT_EQ(anais->record.createdAt, clock.nowUtc());
    EXPECT_EQ(anais->record.uuid.size(), 36u);
    const auto c2 = PathwayRepository(db, clock).findByExternalId("C2");
    ASSERT_TRUE(c2);
    EXPECT_EQ(c2->statusOn(d("2021-03-15")), PathwayStatus::OnHold);
    EXPECT_EQ(ReferentRepository(db, clock).all().size(), 2u);
    EXPECT_EQ(PlieSettingsRepository(db).get().name, "PLIE de Rennes Métropole");
    // The planned actions of a pathway by date, and each recorded as a put of the import's change.
    const std::vector<PlannedAction> actions = PlannedActionRepository(db).forPathway(c2->record.id);
    ASSERT_EQ(actions.size(), 2u);
    EXPECT_EQ(actions[0].date, d("2020-10-15"));
    EXPECT_TRUE(actions[0].done);
    EXPECT_EQ(actions[1].kind, ActionKind::Appel);
    EXPECT_EQ(actions[1].record.createdAt, clock.nowUtc());
    EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM operations WHERE entity = 'action' AND kind = 'put'"
                                  " AND author = 'import'").getInt(), 3);
    // Filled with a rollback journal, the new file is left at rest in rollback-journal mode (its
    // next writer has the write-ahead log again), with nothing beside it.
    EXPECT_EQ(db.sql().execAndGet("PRAGMA journal_mode").getString(), "delete");
}

TEST_F(FolderImport, APathwaysPlannedActionsComeByDateThenInTheirOrder)
{
    appendLine("actions.csv", "C2,2020-09-01,autre,deuxième du jour,1");
    appendLine("actions.csv", "C2,2020-09-01,appel,troisième du jour,0");
    appendLine("actions.csv", "C3,2020-01-02,appel,autre parcours,0");
    ASSERT_TRUE(importInto(database.path()).succeeded());
    Database db(database.path(), OpenMode::ReadOnly);
    const auto c2 = PathwayRepository(db, clock).findByExternalId("C2");
    ASSERT_TRUE(c2);
    std::vector<std::string> notes;
    for (const PlannedAction& action : PlannedActionRepository(db).forPathway(c2->record.id))
        notes.push_back(toIsoDate(action.date) + " " + action.note);
    EXPECT_EQ(notes, (std::vector<std::string>{"2020-09-01 deuxième du jour", "2020-09-01 troisième du jour",
                                               "2020-10-15 Point formation\nà mi-parcours", "2027-01-05 "}));
    EXPECT_EQ(PlannedActionRepository(db).all().size(), 6u);
}

TEST_F(FolderImport, AnImportedPathwayWithPlannedActionsCanBeDeleted)
{
    ASSERT_TRUE(importInto(database.path()).succeeded());
    Database db(database.path(), OpenMode::ExistingOnly);
    const auto c2 = PathwayRepository(db, clock).findByExternalId("C2");
    ASSERT_TRUE(c2);
    PathwayRepository(db, clock).remove(c2->record.id);
    EXPECT_TRUE(PlannedActionRepository(db).forPathway(c2->record.id).empty());
    EXPECT_EQ(PlannedActionRepository(db).all().size(), 1u);
    EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM operations WHERE entity = 'action' AND kind = 'delete'").getInt(),
              2);
}

TEST_F(FolderImport, ARefusedFolderCreatesNoDatabase)
{
    replaceLine("parcours.csv", 5, "C4,P3,Marc Petit,2020-02-28,9,,,,,,,,,2020-12-31,abandon");
    const ImportResult result = importInto(database.path());
    ASSERT_FALSE(result.succeeded());
    EXPECT_EQ(result.errors.front().text().substr(0, 28), "parcours.csv:5: entry_date: ");
    EXPECT_FALSE(std::filesystem::exists(database.path()));
}

TEST_F(FolderImport, ARefusedFolderLeavesTheDatabaseExactlyAsItWas)
{
    ASSERT_TRUE(importInto(database.path()).succeeded());
    const std::string before = fingerprint(database.path());

    // New ids, but one bad row at the very end of the last file read.
    for (auto& [name, content] : files) {
        for (const char* id : {"P1", "P2", "P3", "C1", "C2", "C3", "C4", "S1", "S2", "S3"}) {
            std::string::size_type at = 0;
            while ((at = content.find(id, at)) != std::string::npos) {
                content.replace(at, 2, std::string("N") + id);
                at += 3;
            }
        }
    }
    writeAll();
    appendLine("contacts.csv", "NC1,2019-01-01,presentiel,avant l'entrée");
    const ImportResult refused = importInto(database.path());
    ASSERT_EQ(refused.errors.size(), 1u) << refused.errors.front().text();
    EXPECT_EQ(refused.errors.front().file, "contacts.csv");
    EXPECT_EQ(fingerprint(database.path()), before);

    // The same folder without the bad row goes in.
    write("contacts.csv", joinLines([&] {
              auto lines = splitLines(files["contacts.csv"]);
              lines.pop_back();
              return lines;
          }()));
    const ImportResult accepted = importInto(database.path());
    ASSERT_TRUE(accepted.succeeded()) << accepted.errors.front().text();
    Database db(database.path(), OpenMode::ReadOnly);
    EXPECT_EQ(ParticipantRepository(db, clock).count(), 6);
}

TEST_F(FolderImport, ImportingTheSameFolderTwiceIsRefused)
{
    ASSERT_TRUE(importInto(database.path()).succeeded());
    const std::string before = fingerprint(database.path());
    const ImportResult again = importInto(database.path());
    ASSERT_FALSE(again.succeeded());
    EXPECT_EQ(again.errors.front().text(), "participants.csv:2: participant_id: La base contient déjà le participant « P1 ».");
    EXPECT_EQ(fingerprint(database.path()), before);
}

TEST_F(FolderImport, AnotherPliesFileIsRefused)
{
    ASSERT_TRUE(importInto(database.path()).succeeded());
    for (const char* name : {"participants.csv", "parcours.csv", "steps.csv", "freins.csv", "contacts.csv",
                             "holds.csv", "hires.csv", "actions.csv"})
        remove(name);
    write("participants.csv", "participant_id,last_name,first_name,birth_date,sex\n");
    write("parcours.csv", "parcours_id,participant_id,referent,entry_date\n");
    write("plie.csv", "name,code\nPLIE du Pays de Brest,029\n");
    const ImportResult result = importInto(database.path());
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors.front().file, "plie.csv");
}

TEST_F(FolderImport, DumpThenImportGivesBackTheSameRowsAndASecondDumpTheSameFiles)
{
    // With the employers' columns, in an order of their own.
    write("parcours.csv",
          "parcours_id,participant_id,referent,entry_date,employer_name,hire_date,contract_type,employer_category,"
          "naf_section,exit_date,exit_reason,employer_contact\n"
          "C1,P1,Claire Dubois,2019-03-01,\"Boulangerie \"\"Rolland\"\"\",2020-01-15,cdi,entreprise,G,2020-07-15,"
          "emploi_durable,\"Léa Morel, gérante\n02 99 00 11 22\"\n"
          "C2,P1,Claire Dubois,2020-09-01,,,,,,,,\n"
          "C3,P2,Marc Petit,2020-01-02,Mairie de Bruz,2020-06-01,cdd_6m_plus,public,O,,,\n"
          "C4,P3,Marc Petit,2020-03-01,,,,,,2020-12-31,abandon,\n");
    write("hires.csv", "parcours_id,hire_date,contract_type,employer_category,naf_section,end_date,end_reason,"
                       "employer_name,employer_contact\n"
                       "C3,2020-03-01,interim_6m_plus,entreprise,N,2020-04-15,,Intérim 35,Paul Roux\n");
    ASSERT_TRUE(importInto(database.path()).succeeded());
    const auto first = folder / "dump1";
    const auto second = folder / "dump2";
    InterchangeData original;
    {
        Database db(database.path(), OpenMode::ReadOnly);
        original = loadInterchangeData(db);
        dumpDatabase(db, first);
    }
    TempDatabaseFile copy;
    const ImportResult result = importFolderIntoFile(copy.path(), clock, first);
    ASSERT_TRUE(result.succeeded()) << result.errors.front().text();
    Database db(copy.path(), OpenMode::ReadOnly);
    expectSameData(original, loadInterchangeData(db));
    dumpDatabase(db, second);
    for (const char* name : {"participants.csv", "parcours.csv", "steps.csv", "freins.csv", "contacts.csv",
                             "holds.csv", "hires.csv", "actions.csv", "plie.csv"})
        EXPECT_EQ(fileBytes(first / name), fileBytes(second / name)) << name;
    EXPECT_NE(fileBytes(second / "parcours.csv").find("Léa Morel, gérante\n02 99 00 11 22"), std::string::npos);
    EXPECT_NE(fileBytes(second / "hires.csv").find("Intérim 35,Paul Roux"), std::string::npos);
    EXPECT_EQ(original.plannedActions.size(), 3u);
}
