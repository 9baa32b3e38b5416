// Column conventions of the store, written once.
#include "store/RowMapping.h"

#include "store/Uuid.h"

#include <sqlite3.h>

namespace parcours::rows {

std::string sqliteFailureMessage(const Database& db, const SQLite::Exception& e)
{
    const std::string name = displayName(db.path());
    switch (e.getErrorCode() & 0xff) {
    case SQLITE_READONLY: return "La base « " + name + " » est ouverte en lecture seule : rien n'a été enregistré.";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "La base « " + name + " » est occupée par un autre programme : réessayez dans un instant.";
    case SQLITE_FULL: return "Le disque de la base « " + name + " » est plein : rien n'a été enregistré.";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return damagedMessage(name, e.what());
    default: return "Erreur de la base « " + name + " » : " + e.what() + ".";
    }
}

void throwStoreFailure(const Database& db, const SQLite::Exception& e)
{
    const int code = e.getErrorCode() & 0xff;
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        throw DatabaseDamaged(sqliteFailureMessage(db, e), db.path());
    throw StoreError(sqliteFailureMessage(db, e));
}

std::string text(const SQLite::Column& column)
{
    return column.isNull() ? std::string() : column.getString();
}

bool flag(const SQLite::Column& column)
{
    return column.getInt() != 0;
}

void throwUnreadable(const SQLite::Column& column, const std::string& value)
{
    throw StoreError("Valeur illisible « " + value + " » dans la colonne « " + column.getName() + " ».");
}

Date date(const SQLite::Column& column)
{
    const std::string value = text(column);
    if (const auto parsed = parseIsoDate(value))
        return *parsed;
    throwUnreadable(column, value);
}

std::optional<Date> optionalDate(const SQLite::Column& column)
{
    if (column.isNull())
        return std::nullopt;
    return date(column);
}

RecordIdentity identity(const SQLite::Statement& statement, int first)
{
    RecordIdentity record;
    record.id = statement.getColumn(first).getInt64();
    record.uuid = text(statement.getColumn(first + 1));
    record.externalId = text(statement.getColumn(first + 2));
    record.createdAt = text(statement.getColumn(first + 3));
    record.updatedAt = text(statement.getColumn(first + 4));
    return record;
}

void bindText(SQLite::Statement& statement, int index, const std::string& value)
{
    statement.bind(index, value);
}

void bindFlag(SQLite::Statement& statement, int index, bool value)
{
    statement.bind(index, value ? 1 : 0);
}

void bindDate(SQLite::Statement& statement, int index, const Date& value)
{
    statement.bind(index, toIsoDate(value));
}

void bindOptionalDate(SQLite::Statement& statement, int index, const std::optional<Date>& value)
{
    if (value)
        statement.bind(index, toIsoDate(*value));
    else
        statement.bind(index);
}

void bindExternalId(SQLite::Statement& statement, int index, const std::string& externalId)
{
    if (externalId.empty())
        statement.bind(index);
    else
        statement.bind(index, externalId);
}

RecordIdentity stamped(const RecordIdentity& given, const Clock& clock)
{
    RecordIdentity record = given;
    record.id = 0;
    if (record.uuid.empty())
        record.uuid = newUuid();
    record.createdAt = clock.nowUtc();
    record.updatedAt = record.createdAt;
    return record;
}

std::string describe(const RecordIdentity& record)
{
    return "« " + (record.externalId.empty() ? record.uuid : record.externalId) + " »";
}

bool externalIdTaken(Database& db, const char* table, const std::string& externalId, RowId exceptId)
{
    if (externalId.empty())
        return false;
    auto query = db.statement(std::string("SELECT 1 FROM ") + table + " WHERE external_id = ?1 AND id <> ?2");
    query->bind(1, externalId);
    query->bind(2, exceptId);
    return query->executeStep();
}

std::string trimmed(std::string_view text)
{
    constexpr std::string_view kSpace = " \t\r\n\v\f";
    const auto first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos)
        return {};
    return std::string(text.substr(first, text.find_last_not_of(kSpace) - first + 1));
}

bool rowExists(Database& db, const char* table, RowId id)
{
    auto query = db.statement(std::string("SELECT 1 FROM ") + table + " WHERE id = ?1");
    query->bind(1, id);
    return query->executeStep();
}

} // namespace parcours::rows
