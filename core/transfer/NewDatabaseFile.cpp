// A new database: built in a private temporary, moved into place without ever replacing a file.
#include "transfer/NewDatabaseFile.h"

#include "platform/AtomicFile.h"
#include "platform/Platform.h"
#include "store/Database.h"
#include "store/StoreError.h"

namespace parcours {

namespace fs = std::filesystem;

namespace {

void removeWithCompanions(const fs::path& path)
{
    std::error_code ignored;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
        fs::path file = path;
        file += suffix;
        fs::remove(file, ignored);
    }
}

[[noreturn]] void refuse(const fs::path& target, const std::error_code& error)
{
    throw StoreError("Impossible de créer la base « " + displayName(target) + " » : " + frenchReason(error) + ".");
}

} // namespace

NewDatabaseFile::NewDatabaseFile(const fs::path& target) : m_target(target)
{
    removeStaleTemporaries(m_target);
    std::error_code error;
    ExclusiveFile file;
    for (int attempt = 0; attempt < 16; ++attempt) {
        m_temporary = temporaryPathFor(m_target);
        if (file.create(m_temporary, error) || error != std::errc::file_exists)
            break;
    }
    if (error) {
        m_temporary.clear();
        refuse(m_target, error);
    }
    file.close(error);
}

NewDatabaseFile::~NewDatabaseFile()
{
    if (!m_placed && !m_temporary.empty())
        removeWithCompanions(m_temporary);
}

bool NewDatabaseFile::place()
{
    std::error_code error;
    ExclusiveFile file;
    if (!file.openExisting(m_temporary, error) || !file.sync(error) || !file.close(error))
        refuse(m_target, error);
    if (!renameNoReplace(m_temporary, m_target, error)) {
        if (error == std::errc::file_exists)
            return false; // the destructor removes the temporary, and only it
        refuse(m_target, error);
    }
    m_placed = true;
    removeWithCompanions(m_temporary); // a closed SQLite database leaves none; a stray one is ours
    syncFolder(m_target.parent_path(), error);
    return true;
}

} // namespace parcours
