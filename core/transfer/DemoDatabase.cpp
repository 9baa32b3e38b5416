// Demo: generate, then write through the import's single transaction.
#include "transfer/DemoDatabase.h"

#include "store/Database.h"
#include "store/InterchangeStore.h"
#include "store/ParticipantRepository.h"

namespace parcours {

InterchangeCounts createDemoDatabase(const std::filesystem::path& databasePath, const Clock& clock, const DemoOptions& options,
                        const Progress& progress)
{
    Database db(databasePath, OpenMode::CreateIfMissing);
    if (ParticipantRepository(db, clock).count() > 0)
        throw DemoRefused("La base « " + displayName(databasePath)
                          + " » contient déjà des participant.e.s : la démonstration se crée dans une base à part, "
                            "jamais mêlée à des données réelles.");
    if (progress)
        progress("Génération", 0, 1);
    InterchangeData data = generateDemo(options);
    db.journal().setAuthor("demo");
    db.setWriteAheadLog(false); // an empty file, filled in one transaction
    writeInterchangeData(db, clock, data, progress);
    db.setWriteAheadLog(true);
    return data.counts();
}

} // namespace parcours
