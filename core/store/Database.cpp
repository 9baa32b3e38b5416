// Opening a Parcours database: refusing what is not one of ours before touching it,
// then the pragmas and the schema upgrades.
#include "store/Database.h"

#include "platform/Platform.h"

#include "domain/Clock.h"
#include "store/Migrations.h"
#include "store/NameCollation.h"
#include "store/SqliteFileName.h"
#include "store/StoreError.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <array>
#include <fstream>
#include <optional>

namespace parcours {

namespace fs = std::filesystem;

namespace {

constexpr int kBusyTimeoutMs = 5000;

bool isInMemory(const fs::path& path)
{
    return path == fs::path(":memory:");
}

// An encrypted base is whole pages of random bytes: no header, and a size that is a multiple of
// its page size (4096 by default, never under 1024). Any other file is not a base at all.
enum class FileStart { Empty, SqliteHeader, MaybeEncrypted, Other };

FileStart fileStart(const fs::path& path)
{
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (error)
        throw StoreError("Impossible de lire « " + displayName(path) + " » : " + error.message() + ".");
    if (size == 0)
        return FileStart::Empty;
    static constexpr std::string_view kMagic("SQLite format 3\0", 16);
    std::array<char, kMagic.size()> header{};
    std::ifstream in(path, std::ios::binary);
    in.read(header.data(), static_cast<std::streamsize>(header.size()));
    if (in && std::string_view(header.data(), header.size()) == kMagic)
        return FileStart::SqliteHeader;
    return size % 1024 == 0 ? FileStart::MaybeEncrypted : FileStart::Other;
}

int pragmaInt(SQLite::Database& db, const char* pragma)
{
    return db.execAndGet(std::string("PRAGMA ") + pragma).getInt();
}

// The file SQLite keeps beside `path`: "-wal", "-shm", "-journal".
fs::path companion(const fs::path& path, const char* suffix)
{
    return fs::path(path.native() + fs::path(suffix).native());
}

// Whether a companion file (a log, a rollback journal) lies beside `path`: anything there but
// a folder, which SQLite can neither read nor create.
bool companionLies(const fs::path& path, const char* suffix)
{
    std::error_code ignored;
    const auto status = fs::symlink_status(companion(path, suffix), ignored);
    return fs::exists(status) && !fs::is_directory(status);
}

int primaryCode(const SQLite::Exception& e)
{
    return e.getErrorCode() & 0xff;
}

// A reader that failed because it could not create the companions of a WAL file: a
// read-only folder or medium, a full disk.
bool companionsRefused(const SQLite::Exception& e)
{
    const int code = primaryCode(e);
    return code == SQLITE_CANTOPEN || code == SQLITE_READONLY || code == SQLITE_IOERR || code == SQLITE_FULL
           || code == SQLITE_PERM;
}

// The URI that opens `path` as immutable: no lock, no companion file, the file alone.
std::string immutableUri(const fs::path& path)
{
    const std::u8string utf8 = fs::absolute(path).generic_u8string();
    std::string file(utf8.begin(), utf8.end());
    if (file.empty() || file.front() != '/')
        file.insert(file.begin(), '/'); // "C:/…" on Windows: file:///C:/…
    std::string uri = "file://";
    for (const char c : file) {
        if (c == '%' || c == '?' || c == '#') {
            static constexpr char kHex[] = "0123456789ABCDEF";
            uri += '%';
            uri += kHex[(static_cast<unsigned char>(c) >> 4) & 0xf];
            uri += kHex[static_cast<unsigned char>(c) & 0xf];
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}

// SQLite's own check of the file's structure (pages, indexes, constraints NOT NULL), in
// one pass without the cross-checks of integrity_check: nullopt when sound, else what it
// found first.
std::optional<std::string> quickCheckFailure(SQLite::Database& db)
{
    try {
        SQLite::Statement check(db, "PRAGMA quick_check(1)");
        if (!check.executeStep())
            return std::string("quick_check n'a rien répondu");
        const std::string first = check.getColumn(0).getString();
        if (first == "ok")
            return std::nullopt;
        return first;
    } catch (const SQLite::Exception& e) {
        const int code = primaryCode(e);
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return std::string(e.what());
        throw;
    }
}

// A base made by an older version, or copied in with another umask: the file and its companions
// become private (0600) when a writer opens it; SQLite gives the -wal and -shm it creates later
// the base's own permissions. Best effort: a file of another user stays as it is.
void makeFilesPrivate(const fs::path& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::error_code error;
        const fs::path file = fs::path(path.string() + suffix);
        if (fs::exists(file, error))
            makePrivate(file, error);
    }
}

} // namespace

std::string displayName(const fs::path& path)
{
    return path.string();
}

bool looksEncrypted(const fs::path& path)
{
    std::error_code error;
    if (!fs::is_regular_file(path, error))
        return false;
    return fileStart(path) == FileStart::MaybeEncrypted;
}

void applyKey(SQLite::Database& db, const DatabaseKey& key)
{
    if (key.empty())
        return;
    const std::string& passphrase = key.passphrase();
    const int result = sqlite3_key(db.getHandle(), passphrase.data(), static_cast<int>(passphrase.size()));
    if (result != SQLITE_OK)
        throw SQLite::Exception(db.getHandle(), result);
    // SQLCipher writes a wrong key's failures to standard error by default (the key resets the
    // level): the caller says it in French instead.
    sqlite3_exec(db.getHandle(), "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);
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

Database::Database(const fs::path& path, OpenMode mode, const DatabaseKey& key)
    : m_path(path), m_busyTimeout(kBusyTimeoutMs)
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
            m_key = key; // a new base: encrypted when a key is given
        } else if (fs::is_directory(status)) {
            throw StoreError("« " + name + " » est un dossier, pas une base Parcours.");
        } else {
            switch (fileStart(path)) {
            case FileStart::Empty: // a new base: encrypted when a key is given
                m_key = key;
                break;
            case FileStart::SqliteHeader: // a plain base: opened as it is, the key is not kept
                break;
            case FileStart::Other:
                throw StoreError("« " + name
                                 + " » n'est pas une base Parcours : ce n'est pas un fichier de base de données SQLite.");
            case FileStart::MaybeEncrypted:
                if (key.empty())
                    throw PassphraseRequired("La base « " + name
                                             + " » est protégée par une phrase de passe (ou ce n'est pas une base "
                                               "Parcours) : donnez sa phrase de passe pour l'ouvrir.");
                m_key = key;
                break;
            }
        }
    }

    // A log left by a writer that did not close (a crash): kept as it is if the file is refused.
    const bool logBefore = !inMemory && companionLies(path, "-wal");
    const int flags = m_readOnly
                          ? SQLite::OPEN_READONLY
                          : SQLite::OPEN_READWRITE | (mode == OpenMode::CreateIfMissing ? SQLite::OPEN_CREATE : 0);
    try {
        bool blank = false;
        try {
            blank = connect(sqliteFileName(path), flags, mode);
        } catch (const SQLite::Exception& e) {
            // A reader of a file left in WAL mode, that cannot create its -wal and -shm (a
            // read-only folder or medium, a full disk): with no log and no rollback journal
            // beside it, the file alone is the whole base, read as immutable.
            if (!m_readOnly || inMemory || !companionsRefused(e) || logBefore || companionLies(path, "-journal"))
                throw;
            m_statements.clear();
            m_db.reset();
            blank = connect(immutableUri(path), SQLite::OPEN_READONLY | SQLite::OPEN_URI, mode);
        }

        if (!m_readOnly && !inMemory && !blank) {
            // Before anything is written (the log, the schema, the application_id): a damaged
            // file is refused and left byte for byte as it was.
            if (const auto failure = quickCheckFailure(*m_db)) {
                if (logBefore) // closing would copy the crash's log into the file
                    sqlite3_db_config(m_db->getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
                m_statements.clear();
                m_db.reset();
                throw DatabaseDamaged(damagedMessage(name, *failure), path);
            }
        }

        m_db->exec("PRAGMA foreign_keys = ON");
        m_db->exec("PRAGMA synchronous = FULL");
        if (!m_readOnly && !inMemory)
            makeFilesPrivate(path);
        if (!m_readOnly) {
            m_db->exec("PRAGMA journal_mode = WAL"); // a no-op ("memory") in memory
            // Sets the application_id of a blank file, backs up an older one, then upgrades.
            static const SystemClock upgradeClock;
            migrate(*m_db, schemaSteps(), upgradeClock, m_key);
        }
    } catch (const SQLite::Exception& e) {
        m_statements.clear();
        m_db.reset();
        const int code = primaryCode(e);
        if (code == SQLITE_NOTADB && !m_key.empty())
            throw WrongPassphrase("La phrase de passe ne correspond pas à la base « " + name
                                  + " » (ou ce n'est pas une base Parcours). Rien n'a été modifié.");
        if (code == SQLITE_CANTOPEN || code == SQLITE_PERM)
            throw StoreError("Impossible d'ouvrir la base « " + name
                             + " » : le dossier n'existe pas ou les droits d'accès ne le permettent pas.");
        if (code == SQLITE_NOTADB)
            throw StoreError("« " + name
                             + " » n'est pas une base Parcours : ce n'est pas un fichier de base de données SQLite.");
        if (code == SQLITE_CORRUPT)
            throw DatabaseDamaged(damagedMessage(name, e.what()), path);
        if (code == SQLITE_FULL)
            throw StoreError("Impossible d'ouvrir la base « " + name
                             + " » : le disque est plein. Rien n'y a été écrit.");
        if (code == SQLITE_READONLY)
            throw StoreError("Impossible d'ouvrir la base « " + name
                             + " » en écriture : le fichier, son dossier ou son support est en lecture seule.");
        throw StoreError("Impossible d'ouvrir la base « " + name + " » : " + e.what() + ".");
    }
}

bool Database::connect(const std::string& file, int flags, OpenMode mode)
{
    const std::string name = displayName(m_path);
    m_db = std::make_unique<SQLite::Database>(file, flags, kBusyTimeoutMs);
    applyKey(*m_db, m_key);
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
    return blank;
}

Database::~Database()
{
    m_statements.clear();
    if (!m_db || m_readOnly || isInMemory(m_path))
        return;
    // Back to a rollback journal when the last writer closes, so that a reader at rest
    // needs no -wal or -shm (a read-only folder, a full disk) and leaves none. While
    // another connection has the file open this fails at once and the file stays in WAL
    // mode: the last one to close does it. Never throws.
    sqlite3_busy_timeout(m_db->getHandle(), 0);
    m_db->tryExec("PRAGMA journal_mode = DELETE");
}

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
