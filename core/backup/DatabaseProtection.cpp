// The base first, then its copies: a failure on a copy never undoes the base's new key.
#include "backup/DatabaseProtection.h"

#include "backup/BackupFolder.h"
#include "store/Database.h"
#include "store/DatabaseCopy.h"
#include "store/DatabaseEncryption.h"
#include "store/StoreError.h"

#include <algorithm>

namespace parcours {

namespace fs = std::filesystem;

namespace {

bool startsWith(const std::string& text, const std::string& prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A copy set aside beside the base: « suivi.parcours.avant-schema-… », « .remplacee-… »,
// « .endommagee-… », but not SQLite's companions of such a copy.
bool isCopyBeside(const std::string& fileName, const std::string& baseName)
{
    for (const char* companion : {"-wal", "-shm", "-journal"}) {
        if (endsWith(fileName, companion))
            return false;
    }
    for (const char* label : {".avant-schema-", ".remplacee-", ".endommagee-"}) {
        if (startsWith(fileName, baseName + label))
            return true;
    }
    return false;
}

} // namespace

std::vector<fs::path> keptCopiesOf(const fs::path& database)
{
    std::vector<fs::path> copies;
    for (const BackupFile& backup : listBackups(database))
        copies.push_back(backup.path);
    const fs::path absolute = fs::absolute(database);
    const std::string baseName = absolute.filename().string();
    std::error_code error;
    for (fs::directory_iterator it(absolute.parent_path(), error), end; !error && it != end; it.increment(error)) {
        if (it->is_regular_file(error) && isCopyBeside(it->path().filename().string(), baseName))
            copies.push_back(it->path());
    }
    std::sort(copies.begin(), copies.end());
    return copies;
}

ProtectionReport protectDatabase(const fs::path& database, const DatabaseKey& current, const DatabaseKey& next)
{
    reencryptDatabaseFile(database, current, next);
    ProtectionReport report;
    for (const fs::path& copy : keptCopiesOf(database)) {
        try {
            reencryptDatabaseFile(copy, keyForFile(copy, current), next);
            ++report.copiesRewritten;
        } catch (const StoreError& error) {
            report.copiesLeft.push_back(error.what());
        }
    }
    return report;
}

} // namespace parcours
