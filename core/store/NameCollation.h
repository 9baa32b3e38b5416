// The order of people's names in lists: accents and case set aside, as a French reader expects.
#pragma once

#include <string_view>

namespace SQLite {
class Database;
} // namespace SQLite

namespace parcours {

// The collation's name, for ORDER BY clauses (never in the schema, so that other
// SQLite tools can still read and check a Parcours file).
inline constexpr const char* kNameCollation = "PARCOURS_NAME";

// Orders by foldText (domain/TextFolding.h), then by the exact text so that distinct names
// never compare equal.
int compareNames(std::string_view a, std::string_view b);

void registerNameCollation(SQLite::Database& db);

} // namespace parcours
