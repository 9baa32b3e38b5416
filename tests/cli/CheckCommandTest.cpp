// `parcours-cli check`: exit 0 for a sound database, 1 otherwise, and never a created or modified file.
#include "CliRunner.h"

#include "domain/Clock.h"
#include "store/Database.h"
#include "usecases/EntryValidationCases.h"
#include "usecases/ParticipantCases.h"
#include "usecases/PlieCases.h"

#include <SQLiteCpp/Database.h>
#include <gmock/gmock.h>

namespace parcours::test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

using CheckCommandTest = CliTest;

TEST_F(CheckCommandTest, MissingFileIsRefusedAndNotCreated)
{
    const CliResult result = run({"check", "--db", pathIn("absente.db").string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("absente.db"));
    EXPECT_THAT(folderEntries(), IsEmpty());
}

TEST_F(CheckCommandTest, FreshDatabaseIsSound)
{
    const auto db = pathIn("parcours.db");
    {
        Database created(db, OpenMode::CreateIfMissing);
    }

    const CliResult result = run({"check", "--db", db.string()});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("Version du schéma : " + std::to_string(Database::kSchemaVersion)));
    EXPECT_THAT(result.out, HasSubstr("Base saine."));
    EXPECT_THAT(result.err, IsEmpty());
}

TEST_F(CheckCommandTest, TextFileIsRefusedAndLeftAsItWas)
{
    const auto file = pathIn("notes.db");
    const std::string content = "Ceci n'est pas une base Parcours.\n";
    writeFile(file, content);

    const CliResult result = run({"check", "--db", file.string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, Not(IsEmpty()));
    EXPECT_THAT(result.out, Not(HasSubstr("Base saine.")));
    EXPECT_EQ(readFile(file), content);
    EXPECT_THAT(folderEntries(), ElementsAre("notes.db"));
}

TEST_F(CheckCommandTest, DatabaseNewerThanThisVersionIsRefused)
{
    const auto db = pathIn("parcours.db");
    {
        Database created(db, OpenMode::CreateIfMissing);
    }
    const int newer = Database::kSchemaVersion + 41;
    {
        SQLite::Database tampered(db.string(), SQLite::OPEN_READWRITE);
        tampered.exec("PRAGMA user_version = " + std::to_string(newer));
    }

    const CliResult result = run({"check", "--db", db.string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr(std::to_string(newer))) << "the message should name the database's version";
    EXPECT_THAT(result.out, Not(HasSubstr("Base saine.")));
}

TEST_F(CheckCommandTest, EntriesWaitingOrRefusedWithAReasonAreSoundARefusalWithoutOneIsNot)
{
    const auto db = pathIn("parcours.db");
    {
        Database created(db, OpenMode::CreateIfMissing);
        const FixedClock clock(Date(2026, 11, 27));
        setEntriesNeedValidation(created, clock, true);
        for (const char* name : {"Martin", "Durand"}) {
            Participant person;
            person.lastName = name;
            person.firstName = "Léa";
            person.birthDate = Date(1990, 4, 2);
            Pathway pathway;
            pathway.entryDate = Date(2026, 11, 2);
            createParticipant(created, clock, person, pathway, "Alice N'Diaye");
            if (std::string(name) == "Durand")
                refuseEntry(created, clock, pathway.record.id, "Hors territoire");
        }
    }
    CliResult result = run({"check", "--db", db.string()});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("Base saine."));

    {
        SQLite::Database tampered(db.string(), SQLite::OPEN_READWRITE);
        tampered.exec("UPDATE pathways SET entry_validation_note = '' WHERE entry_validation = 'refusee'");
    }
    result = run({"check", "--db", db.string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.out + result.err, HasSubstr("motif du refus"));
}

} // namespace
} // namespace parcours::test
