// The interchange format of archived files (retention.md): participants.csv's `archived` flag
// with empty name and birth date, parcours.csv's `age_at_entry`, and their refusals.
#include "InterchangeFolderFixture.h"
#include "TestDates.h"
#include "domain/Retention.h"
#include "interchange/FolderReader.h"

#include <algorithm>

using namespace parcours;
using namespace parcours::test;

namespace {

const char* const kParticipantsHeader =
    "participant_id,last_name,first_name,birth_date,sex,postcode,city,qpv,phone,email,france_travail_id,archived";
const char* const kPathwaysHeader =
    "parcours_id,participant_id,referent,entry_date,education_level,rsa,deld,rqth,other_difficulty,"
    "hire_date,contract_type,employer_category,naf_section,exit_date,exit_reason,age_at_entry";

class ArchivedInterchange : public InterchangeFolderFixture {
protected:
    void SetUp() override
    {
        InterchangeFolderFixture::SetUp();
        // P3 (line 4) archived; its pathway C4 (line 5) with its age at entry.
        for (const char* name : {"participants.csv", "parcours.csv"}) {
            std::vector<std::string> lines = splitLines(files[name]);
            for (std::string& line : lines)
                line += ","; // the new column, empty
            write(name, joinLines(lines));
        }
        replaceLine("participants.csv", 1, kParticipantsHeader);
        replaceLine("participants.csv", 4, "P3,,,,X,,,,,,,1");
        replaceLine("parcours.csv", 1, kPathwaysHeader);
        replaceLine("parcours.csv", 5, "C4,P3,Marc Petit,2020-03-01,9,,,,,,,,,2020-12-31,abandon,16");
    }

    InterchangeData read()
    {
        errors.clear();
        return readInterchangeFolder(folder, {}, errors);
    }

    void expectError(const std::string& file, int line, const std::string& column, const std::string& fragment)
    {
        read();
        const bool found = std::any_of(errors.begin(), errors.end(), [&](const ImportError& e) {
            return e.file == file && e.line == line && e.column == column
                   && e.message.find(fragment) != std::string::npos;
        });
        std::string got;
        for (const ImportError& e : errors)
            got += e.text() + "\n";
        EXPECT_TRUE(found) << "expected " << file << ":" << line << ": " << column << ": …" << fragment << "…\ngot:\n"
                           << got;
    }

    ImportErrors errors;
};

} // namespace

TEST_F(ArchivedInterchange, AnArchivedRowIsReadWithItsAgesAtEntry)
{
    const InterchangeData batch = read();
    ASSERT_TRUE(errors.empty()) << errors.front().text();
    ASSERT_EQ(batch.participants.size(), 3u);
    EXPECT_TRUE(batch.participants[2].archived);
    EXPECT_EQ(batch.participants[2].lastName, kArchivedName);
    EXPECT_EQ(batch.participants[2].sex, Sex::X);
    EXPECT_FALSE(batch.participants[0].archived);
    EXPECT_EQ(batch.participants[0].lastName, "N'Diaye");
    ASSERT_EQ(batch.pathways.size(), 4u);
    EXPECT_EQ(batch.pathways[3].pathway.ageAtEntry, 16);
    EXPECT_FALSE(batch.pathways[0].pathway.ageAtEntry);
}

TEST_F(ArchivedInterchange, AnArchivedRowWithANameOrABirthDateIsRefused)
{
    replaceLine("participants.csv", 4, "P3,Martin,,,X,,,,,,,1");
    expectError("participants.csv", 4, "last_name", "archivé.e");
    replaceLine("participants.csv", 4, "P3,,,2004-02-29,X,,,,,,,1");
    expectError("participants.csv", 4, "birth_date", "archivé.e");
}

TEST_F(ArchivedInterchange, TheAgeAtEntryIsFrom16To99AndOnlyForArchivedPeople)
{
    replaceLine("parcours.csv", 5, "C4,P3,Marc Petit,2020-03-01,9,,,,,,,,,2020-12-31,abandon,15");
    expectError("parcours.csv", 5, "age_at_entry", "16 à 99");
    replaceLine("parcours.csv", 5, "C4,P3,Marc Petit,2020-03-01,9,,,,,,,,,2020-12-31,abandon,100");
    expectError("parcours.csv", 5, "age_at_entry", "16 à 99");
    replaceLine("parcours.csv", 5, "C4,P3,Marc Petit,2020-03-01,9,,,,,,,,,2020-12-31,abandon,");
    expectError("parcours.csv", 5, "age_at_entry", "Obligatoire");
    replaceLine("parcours.csv", 5, "C4,P3,Marc Petit,2020-03-01,9,,,,,,,,,2020-12-31,abandon,16");
    replaceLine("parcours.csv", 3, "C2,P1,Claire Dubois,2020-09-01,V,1,1,0,0,,,,,,,40");
    expectError("parcours.csv", 3, "age_at_entry", "Réservé");
}

TEST_F(ArchivedInterchange, ANonArchivedRowIsCheckedAsBefore)
{
    replaceLine("participants.csv", 2, "P1,,Anaïs,1985-05-10,F,35000,Rennes,1,0601020304,anais@example.fr,FT123,0");
    expectError("participants.csv", 2, "last_name", "");
}
