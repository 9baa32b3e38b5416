// The entries to validate, in one query.
#include "store/EntryValidationQuery.h"

#include "store/Database.h"
#include "store/NameCollation.h"
#include "store/RowMapping.h"

namespace parcours {

std::vector<EntryToValidate> loadEntriesToValidate(Database& db, bool withRefused)
{
    return rows::guarded(db, [&] {
        std::vector<EntryToValidate> entries;
        auto query = db.statement(
            std::string("SELECT p.id, pa.id, pa.last_name, pa.first_name, r.name, p.entry_date, p.entry_validation,"
                        " p.entry_validation_note FROM pathways p JOIN participants pa ON pa.id = p.participant_id"
                        " JOIN referents r ON r.id = p.referent_id"
                        " WHERE p.entry_validation = 'en_attente' OR (?1 AND p.entry_validation = 'refusee')"
                        " ORDER BY p.entry_date, pa.last_name COLLATE ")
            + kNameCollation + ", pa.first_name COLLATE " + kNameCollation + ", p.id");
        query->bind(1, withRefused ? 1 : 0);
        while (query->executeStep()) {
            EntryToValidate entry;
            entry.pathwayId = query->getColumn(0).getInt64();
            entry.participantId = query->getColumn(1).getInt64();
            entry.lastName = rows::text(query->getColumn(2));
            entry.firstName = rows::text(query->getColumn(3));
            entry.referentName = rows::text(query->getColumn(4));
            entry.entryDate = rows::date(query->getColumn(5));
            entry.state = rows::code<EntryValidation>(query->getColumn(6));
            entry.note = rows::text(query->getColumn(7));
            entries.push_back(std::move(entry));
        }
        return entries;
    });
}

} // namespace parcours
