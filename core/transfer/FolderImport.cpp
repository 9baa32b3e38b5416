// Import: check everything first, write everything in one transaction, or nothing.
#include "transfer/FolderImport.h"

#include "interchange/FolderReader.h"
#include "store/DataVersion.h"
#include "store/Database.h"
#include "store/InterchangeStore.h"
#include "store/StoreError.h"
#include "transfer/NewDatabaseFile.h"

namespace parcours {

namespace {

ImportResult readAndWrite(const ExistingIds& existing, const std::filesystem::path& folder, const Progress& progress,
                          const std::function<void(InterchangeData&)>& write)
{
    ImportResult result;
    if (progress)
        progress("Lecture des fichiers", 0, 1);
    InterchangeData data = readInterchangeFolder(folder, existing, result.errors);
    if (!result.succeeded())
        return result;
    write(data);
    result.summary = data.counts();
    return result;
}

} // namespace

ImportResult importFolder(Database& db, const Clock& clock, const std::filesystem::path& folder,
                          const Progress& progress)
{
    // The folder is checked against the ids the base holds before it is read, without holding
    // the write lock all that time: another program that writes the same rows meanwhile (a
    // second import of the folder) makes the write fail on SQLite's unique keys, whose English
    // words are not for the user.
    OutsideChanges changes(db);
    return readAndWrite(loadExistingIds(db), folder, progress, [&](InterchangeData& data) {
        const ScopedAuthor author(db.journal(), "import");
        try {
            writeInterchangeData(db, clock, data, progress);
        } catch (const DatabaseDamaged&) {
            throw;
        } catch (const StoreError&) {
            if (!changes.happened())
                throw;
            throw StoreError("La base « " + displayName(db.path())
                             + " » a été modifiée par un autre programme pendant l'import : rien n'a été importé, "
                               "relancez l'import.");
        }
    });
}

ImportResult importFolderIntoFile(const std::filesystem::path& databasePath, const Clock& clock,
                                  const std::filesystem::path& folder, const Progress& progress,
                                  const DatabaseKey& key)
{
    std::error_code code;
    if (std::filesystem::exists(databasePath, code)) {
        Database db(databasePath, OpenMode::ExistingOnly, key);
        return importFolder(db, clock, folder, progress);
    }
    return readAndWrite(ExistingIds{}, folder, progress, [&](InterchangeData& data) {
        // Built aside and moved into place whole: another program creating the same file
        // meanwhile loses nothing, and a kill leaves no empty base under that name.
        NewDatabaseFile file(databasePath);
        {
            Database db(file.temporary(), OpenMode::CreateIfMissing, key);
            db.journal().setAuthor("import");
            db.setWriteAheadLog(false); // a new file, filled in one transaction
            writeInterchangeData(db, clock, data, progress);
            db.setWriteAheadLog(true);
        }
        if (!file.place())
            throw StoreError("La base « " + displayName(databasePath)
                             + " » a été créée par un autre programme pendant l'import : rien n'a été importé, "
                               "relancez l'import.");
    });
}

} // namespace parcours
