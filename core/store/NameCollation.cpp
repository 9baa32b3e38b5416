// The SQLite collation of people's names: the one folding of the domain, then the exact text.
#include "store/NameCollation.h"

#include "domain/TextFolding.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace parcours {

namespace {

int collate(void*, int lengthA, const void* a, int lengthB, const void* b)
{
    return compareNames(std::string_view(static_cast<const char*>(a), static_cast<std::size_t>(lengthA)),
                        std::string_view(static_cast<const char*>(b), static_cast<std::size_t>(lengthB)));
}

} // namespace

int compareNames(std::string_view a, std::string_view b)
{
    const int byFolding = foldText(a).compare(foldText(b));
    if (byFolding != 0)
        return byFolding < 0 ? -1 : 1;
    const int exact = a.compare(b);
    return exact < 0 ? -1 : exact > 0 ? 1 : 0;
}

void registerNameCollation(SQLite::Database& db)
{
    const int rc = sqlite3_create_collation_v2(db.getHandle(), kNameCollation, SQLITE_UTF8, nullptr, collate, nullptr);
    if (rc != SQLITE_OK)
        throw SQLite::Exception(db.getHandle(), rc);
}

} // namespace parcours
