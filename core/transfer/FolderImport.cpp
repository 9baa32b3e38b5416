// Import: check everything first, write everything in one transaction, or nothing.
#include "transfer/FolderImport.h"

#include "interchange/FolderReader.h"
#include "store/Database.h"
#include "store/InterchangeStore.h"
#include "store/StoreError.h"

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

void removeDatabaseFiles(const std::filesystem::path& path)
{
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::path file = path;
        file += suffix;
        std::filesystem::remove(file, ignored);
    }
}

} // namespace

ImportResult importFolder(Database& db, const Clock& clock, const std::filesystem::path& folder,
                          const Progress& progress)
{
    return readAndWrite(loadExistingIds(db), folder, progress,
                        [&](InterchangeData& data) {
                            const ScopedAuthor author(db.journal(), "import");
                            writeInterchangeData(db, clock, data, progress);
                        });
}

ImportResult importFolderIntoFile(const std::filesystem::path& databasePath, const Clock& clock,
                                  const std::filesystem::path& folder, const Progress& progress)
{
    std::error_code code;
    if (std::filesystem::exists(databasePath, code)) {
        Database db(databasePath, OpenMode::ExistingOnly);
        return importFolder(db, clock, folder, progress);
    }
    return readAndWrite(ExistingIds{}, folder, progress, [&](InterchangeData& data) {
        try {
            Database db(databasePath, OpenMode::CreateIfMissing);
            db.journal().setAuthor("import");
            db.setWriteAheadLog(false); // a new file, filled in one transaction
            writeInterchangeData(db, clock, data, progress);
            db.setWriteAheadLog(true);
        } catch (...) {
            removeDatabaseFiles(databasePath);
            throw;
        }
    });
}

} // namespace parcours
