// Opening a Parcours database: refusing what is not one of ours before touching it,
// then the pragmas and the schema upgrades.
#include "store/Database.h"

#include "domain/Clock.h"
#include "store/Migrations.h"
#include "store/NameCollation.h"
#include "store/StoreError.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <array>
#include <fstream>

namespace parcours {

namespace fs = std::filesystem;

namespace {

constexpr int kBusyTimeoutMs = 5000;

bool isInMemory(const fs::path& path)
{
    return path.native() == ":memory:";
}

// A non-empty file must start with SQLite's header; an empty file is an empty database.
void requireSqliteHeader(const fs::path& path)
{
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (error)
        throw StoreError("Impossible de lire « " + displayName(path) + " » : " + error.message() + ".");
    if (size == 0)
        return;
    static constexpr std::string_view kMagic("SQLite format 3\0", 16);
    std::array<char, kMagic.size()> header{};
    std::ifstream in(path, std::ios::binary);
    in.read(header.data(), static_cast<std::streamsize>(header.size()));
    if (!in || std::string_view(header.data(), header.size()) != kMagic)
        throw StoreError("« " + displayName(path)
                         + " » n'est pas une base Parcours : ce n'est pas un fichier de base de données SQLite.");
}

int pragmaInt(SQLite::Database& db, const char* pragma)
{
    return db.execAndGet(std::string("PRAGMA ") + pragma).getInt();
}

} // namespace

std::string displayName(const fs::path& path)
{
    return path.string();
}

CachedStatement::CachedStatement(SQLite::Statement& statement, bool* inUse) : m_statement(&statement), m_inUse(inUse)
{
    *m_inUse = true;
}

CachedStatement::CachedStatement(std::unique_ptr<SQLite::Statement> owned)
    : m_owned(std::move(owned)), m_statement(m_owned.get())
{
}

CachedStatement::~CachedStatement()
{
    if (m_inUse) {
        m_statement->tryReset();
        try {
            m_statement->clearBindings();
        } catch (...) { // a destructor never throws; the next user binds every parameter anyway
        }
        *m_inUse = false;
    }
}

Database::Database(const fs::path& path, OpenMode mode) : m_path(path), m_busyTimeout(kBusyTimeoutMs)
{
    const bool inMemory = isInMemory(path);
    if (inMemory)
        mode = OpenMode::CreateIfMissing;
    m_readOnly = mode == OpenMode::ReadOnly;
    const std::string name = displayName(path);

    if (!inMemory) {
        std::error_code error;
        const auto status = fs::status(path, error);
        if (!fs::exists(status)) {
            if (mode != OpenMode::CreateIfMissing)
                throw StoreError("La base « " + name + " » n'existe pas.");
        } else if (fs::is_directory(status)) {
            throw StoreError("« " + name + " » est un dossier, pas une base Parcours.");
        } else {
            requireSqliteHeader(path);
        }
    }

    const int flags = m_readOnly
                          ? SQLite::OPEN_READONLY
                          : SQLite::OPEN_READWRITE | (mode == OpenMode::CreateIfMissing ? SQLite::OPEN_CREATE : 0);
    try {
        m_db = std::make_unique<SQLite::Database>(path.string(), flags, kBusyTimeoutMs);
        registerNameCollation(*m_db);

        // Identify the file with reads only: a refused file must be left exactly as it was.
        const int applicationId = pragmaInt(*m_db, "application_id");
        const int version = pragmaInt(*m_db, "user_version");
        const bool blank =
            applicationId == 0 && version == 0 && m_db->execAndGet("SELECT count(*) FROM sqlite_schema").getInt() == 0;
        if (blank && mode != OpenMode::CreateIfMissing)
            throw StoreError("La base « " + name + " » est vide : ce n'est pas une base Parcours.");
        if (!blank && applicationId != kApplicationId)
            throw StoreError("« " + name + " » n'est pas une base Parcours.");
        if (version > kSchemaVersion)
            throw StoreError(newerSchemaMessage(name, version, kSchemaVersion));
        if (m_readOnly && version < kSchemaVersion)
            throw StoreError("La base « " + name + " » est au schéma " + std::to_string(version)
                             + " : ouvrez-la d'abord en écriture pour la mettre à niveau (schéma "
                             + std::to_string(kSchemaVersion) + ").");

        m_db->exec("PRAGMA foreign_keys = ON");
        m_db->exec("PRAGMA synchronous = FULL");
        if (!m_readOnly) {
            m_db->exec("PRAGMA journal_mode = WAL"); // a no-op ("memory") in memory
            // Sets the application_id of a blank file, backs up an older one, then upgrades.
            static const SystemClock upgradeClock;
            migrate(*m_db, schemaSteps(), upgradeClock);
        }
    } catch (const SQLite::Exception& e) {
        m_statements.clear();
        m_db.reset();
        if (e.getErrorCode() == SQLITE_CANTOPEN || e.getErrorCode() == SQLITE_PERM)
            throw StoreError("Impossible d'ouvrir la base « " + name
                             + " » : le dossier n'existe pas ou les droits d'accès ne le permettent pas.");
        if (e.getErrorCode() == SQLITE_NOTADB)
            throw StoreError("« " + name
                             + " » n'est pas une base Parcours : ce n'est pas un fichier de base de données SQLite.");
        throw StoreError("Impossible d'ouvrir la base « " + name + " » : " + e.what() + ".");
    }
}

Database::~Database() = default;

void Database::setBusyTimeout(std::chrono::milliseconds timeout)
{
    m_db->setBusyTimeout(static_cast<int>(timeout.count()));
    m_busyTimeout = timeout;
}

bool Database::setWriteAheadLog(bool on)
{
    const char* wanted = on ? "wal" : "delete";
    try {
        return m_db->execAndGet(std::string("PRAGMA journal_mode = ") + wanted).getString() == wanted;
    } catch (const SQLite::Exception&) {
        return false; // another connection holds the file: it stays as it was
    }
}

int Database::schemaVersion()
{
    return pragmaInt(*m_db, "user_version");
}

CachedStatement Database::statement(const std::string& sql)
{
    auto [it, inserted] = m_statements.try_emplace(sql);
    CacheEntry& entry = it->second;
    if (inserted) {
        try {
            entry.statement = std::make_unique<SQLite::Statement>(*m_db, sql);
        } catch (...) {
            m_statements.erase(it);
            throw;
        }
    }
    // Borrowed again while in use (a query nested in the loop over its own results):
    // a statement of its own for this borrow.
    if (entry.inUse)
        return CachedStatement(std::make_unique<SQLite::Statement>(*m_db, sql));
    return CachedStatement(*entry.statement, &entry.inUse);
}

} // namespace parcours
