// The backups folder beside a database: names sortable by instant, the online copy, the rotation.
#include "backup/BackupFolder.h"

#include "domain/Clock.h"
#include "platform/AtomicFile.h"
#include "platform/Platform.h"
#include "store/Database.h"
#include "store/DatabaseCopy.h"
#include "store/StoreError.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <utility>

namespace parcours {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kPrefix = "sauvegarde-";
constexpr std::string_view kSuffix = ".sqlite";
constexpr int kDailyKept = 7;
constexpr int kWeeklyKept = 4;

bool newerFirst(const BackupFile& a, const BackupFile& b)
{
    return std::tie(a.instant, a.sequence) > std::tie(b.instant, b.sequence);
}

// The ISO 8601 week of `day`, as (year of the week, week number).
std::pair<int, int> isoWeek(const Date& day)
{
    const int week = day.week_number();
    int year = day.year();
    if (week >= 52 && day.month() == 1)
        --year;
    else if (week == 1 && day.month() == 12)
        ++year;
    return {year, week};
}

bool allDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

fs::path backupFolderFor(const fs::path& database)
{
    return fs::path(database.string() + "-sauvegardes");
}

std::optional<BackupFile> parseBackupName(const std::string& name)
{
    // sauvegarde-YYYY-MM-DDTHH-MM-SSZ[-n].sqlite
    std::string_view text(name);
    if (!text.starts_with(kPrefix) || !text.ends_with(kSuffix))
        return std::nullopt;
    text.remove_prefix(kPrefix.size());
    text.remove_suffix(kSuffix.size());
    if (text.size() < 20)
        return std::nullopt;
    const std::string_view stamp = text.substr(0, 20);
    const auto date = parseIsoDate(stamp.substr(0, 10));
    if (!date || stamp[10] != 'T' || stamp[13] != '-' || stamp[16] != '-' || stamp[19] != 'Z'
        || !allDigits(stamp.substr(11, 2)) || !allDigits(stamp.substr(14, 2)) || !allDigits(stamp.substr(17, 2)))
        return std::nullopt;
    BackupFile file;
    const std::string_view rest = text.substr(20);
    if (!rest.empty()) {
        if (rest.size() < 2 || rest[0] != '-' || !allDigits(rest.substr(1)) || rest.size() > 6)
            return std::nullopt;
        std::from_chars(rest.data() + 1, rest.data() + rest.size(), file.sequence);
        if (file.sequence < 2)
            return std::nullopt;
    }
    file.instant = std::string(stamp.substr(0, 10)) + "T" + std::string(stamp.substr(11, 2)) + ":"
                   + std::string(stamp.substr(14, 2)) + ":" + std::string(stamp.substr(17, 2)) + "Z";
    file.day = *date;
    file.path = name;
    return file;
}

std::vector<BackupFile> listBackups(const fs::path& database)
{
    std::vector<BackupFile> backups;
    const fs::path folder = backupFolderFor(database);
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        if (!it->is_regular_file(error))
            continue;
        if (auto backup = parseBackupName(it->path().filename().string())) {
            backup->path = it->path();
            backups.push_back(std::move(*backup));
        }
    }
    std::sort(backups.begin(), backups.end(), newerFirst);
    return backups;
}

std::optional<BackupFile> newestSoundBackup(const fs::path& database, const DatabaseKey& key)
{
    for (BackupFile& backup : listBackups(database)) {
        if (checkDatabaseCopy(backup.path, key).sound)
            return std::move(backup);
    }
    return std::nullopt;
}

fs::path backupNow(const fs::path& database, const Clock& clock, const DatabaseKey& key)
{
    requireKeyOpens(database, key); // before the folder is made
    const fs::path folder = backupFolderFor(database);
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        fs::create_directories(folder, error);
        if (error)
            throw StoreError("Le dossier des sauvegardes « " + displayName(folder)
                             + " » n'a pas pu être créé : " + frenchReason(error) + ".");
    }
    makePrivate(folder, error);

    // 2026-12-01T09:14:03.512Z → sauvegarde-2026-12-01T09-14-03Z.sqlite
    std::string stamp = clock.nowUtc().substr(0, 19);
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    const std::string stem = std::string(kPrefix) + stamp + "Z";
    fs::path target = folder / (stem + std::string(kSuffix));
    for (int n = 2; fs::exists(fs::symlink_status(target, error)); ++n)
        target = folder / (stem + "-" + std::to_string(n) + std::string(kSuffix));

    copyDatabaseFile(database, target, key);
    rotateBackups(database);
    return target;
}

std::vector<BackupFile> backupsToKeep(std::vector<BackupFile> backups)
{
    std::sort(backups.begin(), backups.end(), newerFirst);
    std::vector<BackupFile> kept;
    std::set<Date> days;
    std::set<std::pair<int, int>> weeks;
    for (BackupFile& backup : backups) {
        if (days.size() < kDailyKept || days.count(backup.day) != 0) {
            if (days.insert(backup.day).second)
                kept.push_back(std::move(backup));
            continue;
        }
        // Older than the oldest day kept as daily: the weekly part.
        const auto week = isoWeek(backup.day);
        if (weeks.count(week) == 0 && weeks.size() < kWeeklyKept) {
            weeks.insert(week);
            kept.push_back(std::move(backup));
        }
    }
    return kept;
}

void rotateBackups(const fs::path& database)
{
    const std::vector<BackupFile> all = listBackups(database);
    std::set<fs::path> kept;
    for (const BackupFile& backup : backupsToKeep(all))
        kept.insert(backup.path);
    for (const BackupFile& backup : all) {
        if (kept.count(backup.path) == 0) {
            std::error_code ignored;
            fs::remove(backup.path, ignored);
        }
    }
}

} // namespace parcours
