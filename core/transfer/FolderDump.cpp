// Dump: load everything, write the nine files.
#include "transfer/FolderDump.h"

#include "interchange/FolderWriter.h"
#include "store/InterchangeStore.h"

namespace parcours {

InterchangeCounts dumpDatabase(Database& db, const std::filesystem::path& folder)
{
    const InterchangeData data = loadInterchangeData(db);
    writeInterchangeFolder(data, folder);
    return data.counts();
}

} // namespace parcours
