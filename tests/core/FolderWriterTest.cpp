// Writing an interchange folder: what is written reads back the same, quoting included.
#include "InterchangeDataComparison.h"
#include "InterchangeFolderFixture.h"
#include "interchange/CsvWriter.h"
#include "interchange/FolderReader.h"
#include "interchange/FolderWriter.h"

#include <sstream>

using namespace parcours;
using namespace parcours::test;

TEST(CsvWriter, QuotesOnlyWhenNeeded)
{
    std::ostringstream out;
    CsvWriter writer(out);
    writer.row({"simple", "a,b", "dit \"oui\"", "deux\nlignes", " espace", ""});
    EXPECT_EQ(out.str(), "simple,\"a,b\",\"dit \"\"oui\"\"\",\"deux\nlignes\",\" espace\",\r\n");
}

class FolderWriter : public InterchangeFolderFixture {};

TEST_F(FolderWriter, AFolderWrittenReadsBackTheSame)
{
    ImportErrors errors;
    const InterchangeData original = readInterchangeFolder(folder, {}, errors);
    ASSERT_TRUE(errors.empty());
    const auto copy = folder / "copie";
    writeInterchangeFolder(original, copy);
    for (const char* name : {"participants.csv", "parcours.csv", "steps.csv", "freins.csv", "contacts.csv",
                             "holds.csv", "hires.csv", "actions.csv", "plie.csv"})
        EXPECT_TRUE(std::filesystem::exists(copy / name)) << name;
    const InterchangeData again = readInterchangeFolder(copy, {}, errors);
    ASSERT_TRUE(errors.empty()) << errors.front().text();
    expectSameData(original, again);
}

TEST_F(FolderWriter, RowsWithoutExternalIdAreWrittenWithTheirUuid)
{
    ImportErrors errors;
    InterchangeData data = readInterchangeFolder(folder, {}, errors);
    data.participants[0].record.externalId.clear();
    data.participants[0].record.uuid = "5c0e8d52-9f1c-4c53-9a4e-1f2b3c4d5e6f";
    const auto copy = folder / "copie";
    writeInterchangeFolder(data, copy);
    const InterchangeData again = readInterchangeFolder(copy, {}, errors);
    ASSERT_TRUE(errors.empty());
    EXPECT_EQ(again.participants[0].record.externalId, "5c0e8d52-9f1c-4c53-9a4e-1f2b3c4d5e6f");
    EXPECT_EQ(again.pathways[0].participant, 0u) << "its pathways still point to it";
}
