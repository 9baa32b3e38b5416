// The catalogue of opérateurs in two queries: the opérateurs with their counts, then the
// distinct actions of all of them.
#include "store/OperatorCatalogQuery.h"

#include "store/Database.h"
#include "store/NameCollation.h"
#include "store/RowMapping.h"

#include <map>

namespace parcours {

std::vector<OperatorEntry> loadOperatorCatalog(Database& db)
{
    return rows::guarded(db, [&] {
        std::vector<OperatorEntry> entries;
        std::map<RowId, std::size_t> byId;
        {
            auto query = db.statement(std::string("SELECT o.id, o.uuid, o.name, count(s.id) FROM operators o"
                                                  " LEFT JOIN steps s ON s.operator_id = o.id GROUP BY o.id"
                                                  " ORDER BY o.name COLLATE ")
                                      + kNameCollation + ", o.id");
            while (query->executeStep()) {
                OperatorEntry entry;
                entry.id = query->getColumn(0).getInt64();
                entry.uuid = query->getColumn(1).getString();
                entry.name = query->getColumn(2).getString();
                entry.stepCount = query->getColumn(3).getInt();
                byId[entry.id] = entries.size();
                entries.push_back(std::move(entry));
            }
        }
        auto query = db.statement(std::string("SELECT DISTINCT operator_id, label, type, subtype FROM steps"
                                              " WHERE operator_id IS NOT NULL ORDER BY operator_id, label COLLATE ")
                                  + kNameCollation + ", label, type, subtype");
        while (query->executeStep()) {
            const auto found = byId.find(query->getColumn(0).getInt64());
            if (found == byId.end())
                continue;
            OperatorAction action;
            action.label = rows::text(query->getColumn(1));
            action.type = rows::code<StepType>(query->getColumn(2));
            const std::string subtype = rows::text(query->getColumn(3));
            action.subtype = subtypeFromCode(subtype, action.type).value_or(StepSubtype::None);
            entries[found->second].actions.push_back(std::move(action));
        }
        return entries;
    });
}

} // namespace parcours
