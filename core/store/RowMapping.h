// Inside the store: reading and binding the columns of a row in the schema's conventions
// (codes as text, ISO dates, NULL for absent), and the identity every row carries.
#pragma once

#include "domain/Clock.h"
#include "domain/Codes.h"
#include "domain/Date.h"
#include "domain/RecordIdentity.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace parcours::rows {

// The five identity columns every SELECT of the store starts with, in this order.
inline constexpr const char* kIdentityColumns = "id, uuid, external_id, created_at, updated_at";
inline constexpr int kIdentityColumnCount = 5;

std::string text(const SQLite::Column& column); // NULL reads as ""
bool flag(const SQLite::Column& column);
Date date(const SQLite::Column& column); // StoreError when not a date
std::optional<Date> optionalDate(const SQLite::Column& column);
[[noreturn]] void throwUnreadable(const SQLite::Column& column, const std::string& value);

template <typename E>
E code(const SQLite::Column& column)
{
    const std::string value = text(column);
    if (const auto parsed = fromCode<E>(value))
        return *parsed;
    throwUnreadable(column, value);
}

// id, uuid, external_id, created_at, updated_at from column `first` on.
RecordIdentity identity(const SQLite::Statement& statement, int first = 0);

void bindText(SQLite::Statement& statement, int index, const std::string& value);
void bindFlag(SQLite::Statement& statement, int index, bool value);
void bindDate(SQLite::Statement& statement, int index, const Date& value);
void bindOptionalDate(SQLite::Statement& statement, int index, const std::optional<Date>& value);
void bindExternalId(SQLite::Statement& statement, int index, const std::string& externalId); // "" → NULL

template <typename E>
void bindCode(SQLite::Statement& statement, int index, E value)
{
    statement.bind(index, std::string(toCode(value)));
}

// A new row's identity: the given UUID when it carries one (a row moved between
// databases keeps it), a fresh one otherwise; both instants from the clock.
RecordIdentity stamped(const RecordIdentity& given, const Clock& clock);

// How messages name a row: « its external id », or its UUID when it has none.
std::string describe(const RecordIdentity& record);

// A failure of SQLite, in French, naming the database.
std::string sqliteFailureMessage(const Database& db, const SQLite::Exception& e);

// Throws the failure of SQLite as a StoreError naming the database: a DatabaseDamaged when
// SQLite found the file damaged (SQLITE_CORRUPT, SQLITE_NOTADB).
[[noreturn]] void throwStoreFailure(const Database& db, const SQLite::Exception& e);

// Runs `operation`, turning a failure of SQLite into a StoreError naming the database (the
// one place where the store's writes meet SQLite's errors: see throwStoreFailure).
template <typename Operation>
auto guarded(Database& db, Operation&& operation) -> decltype(operation())
{
    try {
        return std::forward<Operation>(operation)();
    } catch (const SQLite::Exception& e) {
        throwStoreFailure(db, e);
    }
}

// The external id is already held by another row of `table` (other than `exceptId`).
bool externalIdTaken(Database& db, const char* table, const std::string& externalId, RowId exceptId);

// `text` without the spaces, tabs and line breaks around it.
std::string trimmed(std::string_view text);

// True when `table` has a row of that id.
bool rowExists(Database& db, const char* table, RowId id);

} // namespace parcours::rows
