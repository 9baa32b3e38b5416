// The RGPD information notice: the built-in text and the PLIE's own, filled in; the information
// date of a participant.e saved as an operation and carried by the interchange folder.
#include "StoreFixture.h"

#include "domain/InformationNotice.h"
#include "store/OperationLog.h"
#include "store/PlieSettingsRepository.h"
#include "transfer/FolderDump.h"
#include "transfer/FolderImport.h"
#include "usecases/ParticipantCases.h"
#include "usecases/PlieCases.h"

namespace parcours::test {
namespace {

TEST(InformationNotice, theBuiltInNoticeIsFilledWithThePlieAndThePerson)
{
    const std::string text = fillInformationNotice(
        "", {"PLIE du Pays de Brest", "dpo@plie-brest.fr, 02 98 00 00 00", "Léa MARTIN", d("2026-11-27")});

    EXPECT_TRUE(contains(text, "Le PLIE du Pays de Brest (Plan local"));
    EXPECT_TRUE(contains(text, "dpo@plie-brest.fr, 02 98 00 00 00"));
    EXPECT_TRUE(contains(text, "Remise à : Léa MARTIN"));
    EXPECT_TRUE(contains(text, "Le : 27/11/2026"));
    EXPECT_TRUE(contains(text, "CNIL"));
    EXPECT_TRUE(contains(text, "2 ans après votre dernier contact"));
    EXPECT_TRUE(contains(text, "entrepôt national"));
    EXPECT_EQ(text.find('{'), std::string::npos) << text;
}

TEST(InformationNotice, thePliesTemplateReplacesTheBuiltInOne)
{
    const std::string text =
        fillInformationNotice("{plie} informe {personne} le {date}. Écrire à {contact} ou à {contact}.",
                              {"PLIE de Rennes", "rgpd@plie.fr", "Karim BENALI", d("2026-01-05")});
    EXPECT_EQ(text, "PLIE de Rennes informe Karim BENALI le 05/01/2026. Écrire à rgpd@plie.fr ou à rgpd@plie.fr.");
}

TEST(InformationNotice, aBlankNoticeLeavesLinesToFillInByHand)
{
    const std::string text = fillInformationNotice("{personne} / {date}", {"PLIE", "", "", std::nullopt});
    EXPECT_EQ(text, "………………………… / …………………………");
}

class InformationNoticeStoreTest : public StoreTest {};

TEST_F(InformationNoticeStoreTest, thePlieSavesItsContactAndTemplateThroughTheWritePath)
{
    const std::int64_t before = operationCount(db);
    const Change change = setInformationNotice(db, clock, " PLIE de Rennes ", "rgpd@plie.fr", "Mon texte {plie}");

    const PlieSettings settings = PlieSettingsRepository(db, clock).get();
    EXPECT_EQ(settings.name, "PLIE de Rennes");
    EXPECT_EQ(settings.contact, "rgpd@plie.fr");
    EXPECT_EQ(settings.informationNotice, "Mon texte {plie}");
    EXPECT_FALSE(change.empty());
    EXPECT_EQ(operationCount(db), before + 1);
    EXPECT_EQ(fillInformationNotice(settings.informationNotice, {settings.name, settings.contact, "", {}}),
              "Mon texte PLIE de Rennes");

    // The built-in text saved as it is stays the built-in one ("").
    setInformationNotice(db, clock, "PLIE de Rennes", "rgpd@plie.fr", defaultInformationNotice());
    EXPECT_EQ(PlieSettingsRepository(db, clock).get().informationNotice, "");
    EXPECT_THROW(setInformationNotice(db, clock, "  ", "x", ""), RuleError);
}

TEST_F(InformationNoticeStoreTest, theInformationDateIsAnOperationOfThePersonsFile)
{
    Participant lea = addPerson("Martin", "Léa");
    EXPECT_FALSE(participants.find(lea.record.id)->informationDate.has_value());
    db.journal().setAuthor("Claire Dubois");

    lea.informationDate = d("2026-11-20");
    const Change change = editIdentity(db, clock, lea);

    ASSERT_EQ(change.operations.size(), 1u);
    const Operation& operation = change.operations[0];
    EXPECT_EQ(operation.entity, "participant");
    EXPECT_EQ(operation.kind, OperationKind::Patch);
    EXPECT_EQ(operation.data, nlohmann::json({{"information_date", "2026-11-20"}}));
    EXPECT_EQ(operation.before, nlohmann::json({{"information_date", nullptr}}));
    EXPECT_EQ(operation.author, "Claire Dubois");
    EXPECT_EQ(participants.find(lea.record.id)->informationDate, d("2026-11-20"));
    // In the history that `changes` writes out.
    const std::vector<Operation> history = operationsOfFile(db, lea.record.uuid);
    ASSERT_FALSE(history.empty());
    EXPECT_EQ(history.back().data.value("information_date", ""), "2026-11-20");
}

TEST_F(InformationNoticeStoreTest, theInformationDateTravelsThroughTheInterchangeFolder)
{
    Participant lea = addPerson("Martin", "Léa");
    lea.record.externalId = "P-1";
    lea.informationDate = d("2026-11-20");
    editIdentity(db, clock, lea);
    addPerson("Benali", "Karim", "1999-11-28");

    const std::filesystem::path folder = std::filesystem::temp_directory_path() / ("parcours-notice-" + newUuid());
    dumpDatabase(db, folder);
    EXPECT_TRUE(contains(fileBytes(folder / "participants.csv"), "france_travail_id,information_date"));
    EXPECT_TRUE(contains(fileBytes(folder / "participants.csv"), ",2026-11-20"));

    Database copy(":memory:", OpenMode::CreateIfMissing);
    const ImportResult result = importFolder(copy, clock, folder);
    std::filesystem::remove_all(folder);
    ASSERT_TRUE(result.succeeded());
    const std::optional<Participant> back = ParticipantRepository(copy, clock).findByExternalId("P-1");
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->informationDate, d("2026-11-20"));
    for (const Participant& other : ParticipantRepository(copy, clock).all()) {
        if (other.lastName == "Benali") {
            EXPECT_FALSE(other.informationDate.has_value());
        }
    }
}

} // namespace
} // namespace parcours::test
