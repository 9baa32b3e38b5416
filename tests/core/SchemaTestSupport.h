// The schema tests' common ground: a temporary folder (the upgrade's backups land next to
// the file), the saved database of schema 1, and tables read whole to compare them.
#pragma once

#include "store/Uuid.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace parcours::test {

// A folder of its own in the temporary folder, removed with everything in it at the end.
class TempFolder {
public:
    TempFolder() : m_path(std::filesystem::temp_directory_path() / ("parcours-schema-test-" + newUuid()))
    {
        std::filesystem::create_directory(m_path);
    }
    ~TempFolder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

inline std::filesystem::path testDataFolder()
{
#ifdef PARCOURS_TEST_DATA_DIR
    return PARCOURS_TEST_DATA_DIR; // whatever folder ctest runs the suite in
#else
    return std::filesystem::path(__FILE__).parent_path().parent_path() / "data";
#endif
}

// A database of schema 1 full of demo data (300 participants), saved before schema 2
// existed: tests/data/schema-v1.sqlite. Copied to `target`, never used in place.
inline void copySchemaV1Database(const std::filesystem::path& target)
{
    std::filesystem::copy_file(testDataFolder() / "schema-v1.sqlite", target);
}

// A database of schema 2 full of demo data, with a patch and a delete among its operations,
// saved before schema 3 existed: tests/data/schema-v2.sqlite. Copied, never used in place.
inline void copySchemaV2Database(const std::filesystem::path& target)
{
    std::filesystem::copy_file(testDataFolder() / "schema-v2.sqlite", target);
}

// A database of schema 4 full of demo data (planned actions, employers on hires), saved before
// schema 5 existed: tests/data/schema-v4.sqlite. Copied, never used in place.
inline void copySchemaV4Database(const std::filesystem::path& target)
{
    std::filesystem::copy_file(testDataFolder() / "schema-v4.sqlite", target);
}

// The rows of each table of a saved database, from tests/data/schema-v<version>.counts.
inline std::map<std::string, int> savedCounts(int version)
{
    std::map<std::string, int> counts;
    std::ifstream in(testDataFolder() / ("schema-v" + std::to_string(version) + ".counts"));
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        const auto space = line.find(' ');
        counts[line.substr(0, space)] = std::stoi(line.substr(space + 1));
    }
    return counts;
}

inline std::map<std::string, int> schemaV1Counts()
{
    return savedCounts(1);
}

// The definitions of every table or index ("table", "index") by name.
inline std::map<std::string, std::string> schemaSql(SQLite::Database& db, const char* type)
{
    std::map<std::string, std::string> sql;
    SQLite::Statement query(db, "SELECT name, sql FROM sqlite_schema WHERE type = ?1 AND sql IS NOT NULL");
    query.bind(1, type);
    while (query.executeStep())
        sql[query.getColumn(0).getString()] = query.getColumn(1).getString();
    return sql;
}

inline int userVersion(SQLite::Database& db)
{
    return db.execAndGet("PRAGMA user_version").getInt();
}

inline int count(SQLite::Database& db, const std::string& table)
{
    return db.execAndGet("SELECT count(*) FROM " + table).getInt();
}

// The rows of `table` in the order of ids, each value as quote() writes it (so that
// 1 and '1', NULL and '' differ): equal dumps hold the same data, whatever the
// table's definition.
struct TableDump {
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows; // quote() of each value, types included
};

// Only `columns` when given (those of an older version: later ones may add columns).
inline TableDump dumpTable(SQLite::Database& db, const std::string& table,
                           const std::vector<std::string>& columns = {})
{
    TableDump dump;
    SQLite::Statement info(db, "SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    info.bind(1, table);
    while (info.executeStep())
        dump.columns.push_back(info.getColumn(0).getString());
    if (!columns.empty())
        dump.columns = columns;
    std::string select;
    for (const std::string& column : dump.columns)
        select += (select.empty() ? "quote(" : ", quote(") + column + ")";
    SQLite::Statement rows(db, "SELECT " + select + " FROM " + table + " ORDER BY rowid");
    while (rows.executeStep()) {
        std::vector<std::string> row;
        for (int i = 0; i < rows.getColumnCount(); ++i)
            row.push_back(rows.getColumn(i).getString());
        dump.rows.push_back(std::move(row));
    }
    return dump;
}

// The first difference between two dumps of `table`, or success.
inline ::testing::AssertionResult sameRows(const std::string& table, const TableDump& expected, const TableDump& actual)
{
    if (expected.columns != actual.columns)
        return ::testing::AssertionFailure() << table << ": other columns";
    if (expected.rows.size() != actual.rows.size())
        return ::testing::AssertionFailure()
               << table << ": " << actual.rows.size() << " rows instead of " << expected.rows.size();
    for (std::size_t r = 0; r < expected.rows.size(); ++r) {
        for (std::size_t c = 0; c < expected.columns.size(); ++c) {
            if (expected.rows[r][c] != actual.rows[r][c])
                return ::testing::AssertionFailure() << table << " row " << r << ", " << expected.columns[c] << ": "
                                                     << actual.rows[r][c] << " instead of " << expected.rows[r][c];
        }
    }
    return ::testing::AssertionSuccess();
}

inline std::vector<std::string> foreignKeyProblems(SQLite::Database& db)
{
    std::vector<std::string> problems;
    SQLite::Statement check(db, "PRAGMA foreign_key_check");
    while (check.executeStep())
        problems.push_back(check.getColumn(0).getString() + " -> " + check.getColumn(2).getString());
    return problems;
}

} // namespace parcours::test
