// The schema's steps in order, and the loop that runs them: a copy first, then each step
// in one transaction with foreign keys off, checked before it commits.
#include "store/Migrations.h"

#include "domain/Clock.h"
#include "store/Database.h"
#include "store/DatabaseCopy.h"
#include "store/ForeignKeysOff.h"
#include "store/SchemaVersions.h"
#include "store/StoreError.h"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>

namespace parcours {

namespace fs = std::filesystem;

namespace {

int pragmaInt(SQLite::Database& db, const char* pragma)
{
    return db.execAndGet(std::string("PRAGMA ") + pragma).getInt();
}

// The file behind the connection; empty in memory and for a temporary database.
std::string mainFile(SQLite::Database& db)
{
    const char* file = sqlite3_db_filename(db.getHandle(), "main");
    return file ? file : "";
}

void requireOrdered(const std::vector<SchemaStep>& steps)
{
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].toVersion != static_cast<int>(i) + 1 || steps[i].run == nullptr)
            throw std::logic_error("schema step " + std::to_string(i) + " does not bring version " + std::to_string(i)
                                   + " to " + std::to_string(i + 1));
    }
}

// BEGIN IMMEDIATE: the write lock up front, so that no other connection upgrades or
// writes between the check of user_version and the commit. Rolled back unless committed.
class StepTransaction {
public:
    explicit StepTransaction(SQLite::Database& db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }
    ~StepTransaction()
    {
        if (!m_committed)
            m_db.tryExec("ROLLBACK"); // never throws; SQLite may already have rolled back
    }
    StepTransaction(const StepTransaction&) = delete;
    StepTransaction& operator=(const StepTransaction&) = delete;

    void commit()
    {
        m_db.exec("COMMIT");
        m_committed = true;
    }

private:
    SQLite::Database& m_db;
    bool m_committed = false;
};

// The copy of the file before its upgrade, by SQLite's online backup: a consistent snapshot
// even while other connections read it, private and checked (quick_check) before it takes its
// name. Refuses the upgrade when it cannot be written or is not sound.
std::string takeBackup(SQLite::Database& db, const std::string& file, int version, int target, const DatabaseKey& key)
{
    const std::string backup = backupPathFor(file, target);
    try {
        copyDatabase(db, backup, key);
    } catch (const StoreError& e) {
        throw StoreError("La base « " + db.getFilename() + " » n'a pas été mise à niveau vers le schéma "
                         + std::to_string(target) + " : " + e.what() + " La base est restée au schéma "
                         + std::to_string(version) + ".");
    }
    return backup;
}

std::string failureMessage(const std::string& name, int target, int version, const std::string& reason,
                           const std::optional<std::string>& backup)
{
    std::string message = "La mise à niveau de la base « " + name + " » vers le schéma " + std::to_string(target)
                          + " a échoué : " + reason + ". La base est restée au schéma " + std::to_string(version)
                          + ", ses données intactes";
    if (backup)
        message += " ; sa copie d'avant la mise à niveau est dans « " + *backup + " »";
    return message + ".";
}

} // namespace

const std::vector<SchemaStep>& schemaSteps()
{
    static const std::vector<SchemaStep> steps{
        {1, createSchemaVersion1},    {2, upgradeToSchemaVersion2}, {3, upgradeToSchemaVersion3},
        {4, upgradeToSchemaVersion4}, {5, upgradeToSchemaVersion5},
        {6, upgradeToSchemaVersion6}, {7, upgradeToSchemaVersion7},
    };
    return steps;
}

void requireNoDanglingReference(SQLite::Database& db)
{
    SQLite::Statement check(db, "PRAGMA foreign_key_check");
    std::map<std::pair<std::string, std::string>, int> dangling; // (table, parent) -> rows
    while (check.executeStep())
        ++dangling[{check.getColumn(0).getString(), check.getColumn(2).getString()}];
    if (dangling.empty())
        return;
    std::string reason;
    for (const auto& [tables, rows] : dangling) {
        if (!reason.empty())
            reason += " ; ";
        reason += "la table « " + tables.first + " » a " + std::to_string(rows)
                  + (rows == 1 ? " ligne qui renvoie" : " lignes qui renvoient") + " à une ligne absente de « "
                  + tables.second + " »";
    }
    throw StoreError(reason);
}

std::string backupPathFor(const std::string& databaseFile, int targetVersion)
{
    const std::string stem = databaseFile + ".avant-schema-" + std::to_string(targetVersion);
    std::string path = stem + ".bak";
    for (int n = 2; fs::exists(path); ++n)
        path = stem + "-" + std::to_string(n) + ".bak";
    return path;
}

std::string newerSchemaMessage(const std::string& databaseName, int found, int known)
{
    return "La base « " + databaseName + " » a été créée par une version plus récente de Parcours (schéma "
           + std::to_string(found) + ", cette version connaît le schéma " + std::to_string(known) + ").";
}

void migrate(SQLite::Database& db, const std::vector<SchemaStep>& steps, const Clock& clock, const DatabaseKey& key)
{
    requireOrdered(steps);
    if (sqlite3_get_autocommit(db.getHandle()) == 0)
        throw std::logic_error("migrate() called inside a transaction, where foreign keys cannot be turned off");
    const int known = static_cast<int>(steps.size());
    const std::string name = db.getFilename();

    // Identify the file with reads only: a refused file is left exactly as it was.
    const int applicationId = pragmaInt(db, "application_id");
    const int version = pragmaInt(db, "user_version");
    const bool blank =
        applicationId == 0 && version == 0 && db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() == 0;
    if (!blank && applicationId != Database::kApplicationId)
        throw StoreError("« " + name + " » n'est pas une base Parcours.");
    if (version > known)
        throw StoreError(newerSchemaMessage(name, version, known));
    if (version == known)
        return;

    std::optional<std::string> backup;
    const std::string file = mainFile(db);
    if (version >= 1 && !file.empty())
        backup = takeBackup(db, file, version, known, key);

    const std::string at = clock.nowUtc();
    for (;;) {
        const ForeignKeysOff foreignKeysOff(db);
        StepTransaction transaction(db);
        // Read again under the lock: another connection may have upgraded meanwhile.
        const int current = pragmaInt(db, "user_version");
        if (current > known)
            throw StoreError(newerSchemaMessage(name, current, known));
        if (current == known)
            return;
        const SchemaStep& step = steps[static_cast<std::size_t>(current)];
        try {
            step.run(db, at);
            requireNoDanglingReference(db);
            if (pragmaInt(db, "application_id") != Database::kApplicationId)
                db.exec("PRAGMA application_id = " + std::to_string(Database::kApplicationId));
            db.exec("PRAGMA user_version = " + std::to_string(step.toVersion));
            transaction.commit();
        } catch (const std::exception& e) {
            std::string reason = e.what();
            while (!reason.empty() && reason.back() == '.')
                reason.pop_back();
            throw StoreError(failureMessage(name, step.toVersion, current, reason, backup));
        }
    }
}

} // namespace parcours
