// Dump: load everything, write the eight files.
#include "transfer/FolderDump.h"

#include "interchange/FolderWriter.h"
#include "store/InterchangeStore.h"

namespace parcours {

void dumpDatabase(Database& db, const std::filesystem::path& folder)
{
    writeInterchangeFolder(loadInterchangeData(db), folder);
}

} // namespace parcours
