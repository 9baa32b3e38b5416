// Version 3: CHECKs that cost the national import seconds, written so that they cost less.
//
// - Lists of codes as comparisons.
// SQLite evaluates a CHECK such as `mode IN ('presentiel', 'telephone', 'visio', 'autre')`
// by filling a temporary index with the list each time a statement writes a row: the
// national import (840,000 rows) spent four of its seconds there. Written
// `(mode = 'presentiel' OR mode = 'telephone' OR …)`, the same rule costs a few
// comparisons and refuses exactly the same values (NULL passes both, as before).
// - The operations' `json_valid(data)` and `json_valid(before)`, which parsed every
//   operation's JSON a second time (0.75 s of the national import): the data is written
//   only by SQLite's json_object or the JSON library, and `apply` checks what it reads.
//
// Each table that has such a list is rebuilt from its own definition with the lists
// rewritten, by SQLite's procedure for the changes ALTER TABLE cannot make (create
// <t>_new, copy every column, drop, rename, re-create its indexes from their own
// definitions), inside the loop's transaction with foreign keys off. Nothing else changes:
// the same columns, rows, indexes and operations.
#include "store/SchemaVersions.h"

#include <SQLiteCpp/Statement.h>

#include <regex>
#include <string>
#include <vector>

namespace parcours {

namespace {

struct TableDefinition {
    std::string name;
    std::string sql;
};

constexpr const char* kJsonChecks[] = {" CHECK (data IS NULL OR json_valid(data))",
                                       " CHECK (before IS NULL OR json_valid(before))"};

// The table as version 3 defines it.
std::string version3Definition(const TableDefinition& table)
{
    std::string sql = checkListsAsComparisons(table.sql);
    if (table.name == "operations") {
        for (const std::string check : kJsonChecks) {
            if (const auto at = sql.find(check); at != std::string::npos)
                sql.erase(at, check.size());
        }
    }
    return sql;
}

std::vector<TableDefinition> tablesToRebuild(SQLite::Database& db)
{
    std::vector<TableDefinition> tables;
    SQLite::Statement query(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table'"
                                " AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (query.executeStep()) {
        TableDefinition table{query.getColumn(0).getString(), query.getColumn(1).getString()};
        if (version3Definition(table) != table.sql)
            tables.push_back(std::move(table));
    }
    return tables;
}

std::vector<std::string> indexDefinitions(SQLite::Database& db, const std::string& table)
{
    std::vector<std::string> indexes;
    SQLite::Statement query(db, "SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1"
                                " AND sql IS NOT NULL ORDER BY name");
    query.bind(1, table);
    while (query.executeStep())
        indexes.push_back(query.getColumn(0).getString());
    return indexes;
}

std::string columnList(SQLite::Database& db, const std::string& table)
{
    std::string columns;
    SQLite::Statement query(db, "SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    query.bind(1, table);
    while (query.executeStep())
        columns += (columns.empty() ? "\"" : ", \"") + query.getColumn(0).getString() + "\"";
    return columns;
}

// `CREATE TABLE steps (` or, once renamed by SQLite, `CREATE TABLE "steps" (`: the same
// definition under the name <table>_new.
std::string renamed(const std::string& sql, const std::string& table)
{
    const std::regex head("^CREATE TABLE (\"" + table + "\"|" + table + ")\\s*\\(");
    std::string result = std::regex_replace(sql, head, "CREATE TABLE " + table + "_new (",
                                            std::regex_constants::format_first_only);
    if (result == sql)
        throw std::logic_error("unexpected definition of table " + table);
    return result;
}

void rebuild(SQLite::Database& db, const TableDefinition& table)
{
    const std::vector<std::string> indexes = indexDefinitions(db, table.name);
    const std::string columns = columnList(db, table.name);
    db.exec(renamed(version3Definition(table), table.name));
    db.exec("INSERT INTO " + table.name + "_new (" + columns + ") SELECT " + columns + " FROM " + table.name
            + " ORDER BY rowid");
    db.exec("DROP TABLE " + table.name);
    db.exec("ALTER TABLE " + table.name + "_new RENAME TO " + table.name);
    for (const std::string& index : indexes)
        db.exec(index);
}

} // namespace

std::string checkListsAsComparisons(const std::string& sql)
{
    // A column, IN, and a parenthesised list of constants: quoted words or numbers.
    static const std::regex list(R"((\w+)\s+IN\s*\(\s*((?:'[^']*'|-?\d+)(?:\s*,\s*(?:'[^']*'|-?\d+))*)\s*\))");
    static const std::regex item(R"('[^']*'|-?\d+)");
    std::string result;
    auto last = sql.cbegin();
    for (std::sregex_iterator it(sql.begin(), sql.end(), list), end; it != end; ++it) {
        const std::smatch& match = *it;
        result.append(last, match[0].first);
        const std::string column = match[1].str();
        const std::string items = match[2].str();
        std::string comparisons;
        for (std::sregex_iterator value(items.begin(), items.end(), item); value != end; ++value)
            comparisons += (comparisons.empty() ? "" : " OR ") + column + " = " + value->str();
        result += "(" + comparisons + ")";
        last = match[0].second;
    }
    result.append(last, sql.cend());
    return result;
}

void upgradeToSchemaVersion3(SQLite::Database& db, const std::string&)
{
    for (const TableDefinition& table : tablesToRebuild(db))
        rebuild(db, table);
}

} // namespace parcours
