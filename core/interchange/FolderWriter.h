// Writes InterchangeData as the nine files of an interchange folder (interchange-csv.md).
#pragma once

#include "interchange/InterchangeData.h"

#include <filesystem>
#include <stdexcept>

namespace parcours {

class FolderWriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Creates `folder` when missing (private, 0700) and writes all nine files: each first to a
// private temporary (platform/AtomicFile.h), and only once all nine are written and synced are
// they renamed over their targets. A failure (disk full, a name taken by a folder) leaves the
// folder as it was, without temporaries. Rows are identified by their external id, or their
// UUID when they have none. Values are written exactly as stored, a name such as « =1+1 » too:
// the folder is data to import again, not a spreadsheet (the files meant for spreadsheets guard
// such text, sheets/SheetFiles.h spreadsheetText). Throws FolderWriteError (French message) when
// it cannot write.
void writeInterchangeFolder(const InterchangeData& data, const std::filesystem::path& folder);

} // namespace parcours
