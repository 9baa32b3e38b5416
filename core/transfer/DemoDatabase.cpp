// Demo: generate, then write through the import's single transaction.
#include "transfer/DemoDatabase.h"

#include "store/Database.h"
#include "store/InterchangeStore.h"
#include "store/ParticipantRepository.h"
#include "store/PlieSettingsRepository.h"
#include "store/StoreError.h"
#include "transfer/NewDatabaseFile.h"

namespace parcours {

namespace {

// Demo data never mixes with real data, nor takes a real PLIE's name.
void refuseRealContent(Database& db, const Clock& clock, const std::filesystem::path& databasePath)
{
    if (ParticipantRepository(db, clock).count() > 0)
        throw DemoRefused("La base « " + displayName(databasePath)
                          + " » contient déjà des participant.e.s : la démonstration se crée dans une base à part, "
                            "jamais mêlée à des données réelles.");
    const PlieSettings plie = PlieSettingsRepository(db, clock).get();
    if (!plie.name.empty() || !plie.code.empty())
        throw DemoRefused("La base « " + displayName(databasePath) + " » porte déjà l'identité d'un PLIE (« "
                          + plie.name + " », code « " + plie.code
                          + " ») : la démonstration se crée dans une base à part, jamais sous le nom d'un vrai PLIE.");
}

InterchangeCounts fill(Database& db, const Clock& clock, const DemoOptions& options, const Progress& progress)
{
    if (progress)
        progress("Génération", 0, 1);
    InterchangeData data = generateDemo(options);
    db.journal().setAuthor("demo");
    db.setWriteAheadLog(false); // an empty file, filled in one transaction
    writeInterchangeData(db, clock, data, progress);
    db.setWriteAheadLog(true);
    return data.counts();
}

} // namespace

InterchangeCounts createDemoDatabase(const std::filesystem::path& databasePath, const Clock& clock,
                                     const DemoOptions& options, const Progress& progress,
                                     const DatabaseKey& key)
{
    std::error_code code;
    if (std::filesystem::exists(databasePath, code)) {
        Database db(databasePath, OpenMode::ExistingOnly, key);
        refuseRealContent(db, clock, databasePath);
        return fill(db, clock, options, progress);
    }
    // A missing base is built aside and moved into place whole, as the import does.
    NewDatabaseFile file(databasePath);
    InterchangeCounts counts;
    {
        Database db(file.temporary(), OpenMode::CreateIfMissing, key);
        counts = fill(db, clock, options, progress);
    }
    if (!file.place())
        throw DemoRefused("La base « " + displayName(databasePath)
                          + " » a été créée par un autre programme pendant la démonstration : rien n'a été écrit, "
                            "relancez la commande.");
    return counts;
}

} // namespace parcours
