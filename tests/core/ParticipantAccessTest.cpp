// The right of access: the person's copy holds exactly their rows of the full dump, the history
// of their file, and is traced.
#include "StoreFixture.h"

#include "demo/DemoGenerator.h"
#include "interchange/CsvReader.h"
#include "store/InterchangeStore.h"
#include "store/ReadTraces.h"
#include "store/StoreError.h"
#include "transfer/FolderDump.h"
#include "transfer/ParticipantAccess.h"

#include <algorithm>
#include <set>

namespace parcours::test {
namespace {

using Records = std::vector<std::vector<std::string>>;

Records readCsv(const std::filesystem::path& path)
{
    Records records;
    CsvReader reader(fileBytes(path));
    reader.read([&](const CsvRecord& record) { records.emplace_back(record.fields.begin(), record.fields.end()); });
    return records;
}

std::size_t columnOf(const Records& records, const std::string& name)
{
    const auto& header = records.at(0);
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
}

// The header and the rows whose `column` is one of `ids`.
Records filtered(const Records& records, const std::string& column, const std::set<std::string>& ids)
{
    const std::size_t k = columnOf(records, column);
    Records kept{records.at(0)};
    for (std::size_t i = 1; i < records.size(); ++i) {
        if (k < records[i].size() && ids.count(records[i][k]))
            kept.push_back(records[i]);
    }
    return kept;
}

class TempFolder {
public:
    TempFolder() : m_path(std::filesystem::temp_directory_path() / ("parcours-access-test-" + newUuid())) {}
    ~TempFolder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

class ParticipantAccessTest : public StoreTest {
protected:
    void SetUp() override
    {
        InterchangeData demo = generateDemo({40, 11, clock.today(), 4});
        writeInterchangeData(db, clock, demo);
    }
};

TEST_F(ParticipantAccessTest, theCopyHoldsExactlyThePersonsRowsOfTheFullDump)
{
    TempFolder full;
    TempFolder copy;
    dumpDatabase(db, full.path());
    const std::vector<Participant> everyone = participants.all();
    // Someone with a pathway, steps and contacts: the one with the most parcours rows.
    const Records allPathways = readCsv(full.path() / "parcours.csv");
    std::map<std::string, int> pathwayCount;
    for (std::size_t i = 1; i < allPathways.size(); ++i)
        ++pathwayCount[allPathways[i][columnOf(allPathways, "participant_id")]];
    const auto most = std::max_element(pathwayCount.begin(), pathwayCount.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    const auto person = std::find_if(everyone.begin(), everyone.end(),
                                     [&](const Participant& p) { return p.record.externalId == most->first; });
    ASSERT_NE(person, everyone.end());
    db.journal().setAuthor("Claire Dubois");
    readtraces::record(db, clock, person->record.uuid, ReadAction::Consultation);

    const InterchangeCounts counts = writeAccessCopy(db, clock, person->record.id, copy.path());

    EXPECT_EQ(counts.participants, 1u);
    EXPECT_GE(counts.pathways, 1u);
    const std::set<std::string> personId{person->record.externalId};
    std::set<std::string> pathwayIds;
    for (const auto& row : filtered(allPathways, "participant_id", personId))
        pathwayIds.insert(row[0]);
    pathwayIds.erase("parcours_id");
    EXPECT_EQ(readCsv(copy.path() / "participants.csv"),
              filtered(readCsv(full.path() / "participants.csv"), "participant_id", personId));
    EXPECT_EQ(readCsv(copy.path() / "parcours.csv"), filtered(allPathways, "participant_id", personId));
    std::size_t itemRows = 0;
    for (const char* file : {"steps.csv", "freins.csv", "contacts.csv", "actions.csv", "holds.csv", "hires.csv"}) {
        if (!std::filesystem::exists(full.path() / file))
            continue;
        SCOPED_TRACE(file);
        const Records mine = readCsv(copy.path() / file);
        EXPECT_EQ(mine, filtered(readCsv(full.path() / file), "parcours_id", pathwayIds));
        itemRows += mine.size() - 1;
    }
    EXPECT_GT(itemRows, 0u);
    EXPECT_EQ(readCsv(copy.path() / "plie.csv"), readCsv(full.path() / "plie.csv"));

    // Nobody else's name in any file of the copy.
    for (const Participant& other : everyone) {
        if (other.record.id == person->record.id || other.lastName == person->lastName)
            continue;
        for (const auto& entry : std::filesystem::directory_iterator(copy.path())) {
            const std::string text = fileBytes(entry.path());
            EXPECT_FALSE(contains(text, other.lastName + "," + other.firstName)) << entry.path();
            EXPECT_FALSE(contains(text, "last_name : " + other.lastName)) << entry.path();
        }
    }

    // The history of the file, in French, with the consultation, and the copy traced.
    const std::string history = fileBytes(copy.path() / kAccessHistoryFile);
    EXPECT_TRUE(contains(history, "Date et heure (UTC);Auteur;Action;Élément;Valeurs"));
    EXPECT_TRUE(contains(history, "2026-11-27 09:00:00;Claire Dubois;Consultation du dossier;Dossier;"));
    EXPECT_TRUE(contains(history, ";Création;Identité;"));
    const std::vector<ReadTrace> traces = readtraces::ofParticipant(db, person->record.uuid);
    ASSERT_EQ(traces.size(), 2u);
    EXPECT_EQ(traces[1].action, ReadAction::Access);
    EXPECT_EQ(traces[1].author, "Claire Dubois");
}

TEST_F(ParticipantAccessTest, aFolderNotEmptyOrAnUnknownPersonIsRefusedAndNothingIsTraced)
{
    TempFolder copy;
    std::filesystem::create_directories(copy.path());
    {
        std::ofstream(copy.path() / "autre.txt") << "x";
    }
    const Participant someone = participants.all().front();

    EXPECT_THROW(writeAccessCopy(db, clock, someone.record.id, copy.path()), StoreError);
    EXPECT_THROW(writeAccessCopy(db, clock, RowId{999999}, copy.path() / "neuf"), StoreError);
    EXPECT_FALSE(std::filesystem::exists(copy.path() / "neuf"));
    EXPECT_EQ(rowCount(db, "read_traces"), 0);
}

} // namespace
} // namespace parcours::test
