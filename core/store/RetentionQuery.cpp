// The files due for archiving: one query over every dated record of each person.
#include "store/RetentionQuery.h"

#include "domain/Retention.h"
#include "store/Database.h"
#include "store/NameCollation.h"
#include "store/RowMapping.h"

namespace parcours {

namespace {

// Every date of every record of a person, by participant: entries and exits, hires, holds,
// steps' start and end, barriers identified and lifted, contacts, planned actions. max()
// leaves out the NULL ends.
const std::string kDue = std::string(R"sql(
WITH dates (participant_id, day) AS (
    SELECT participant_id, entry_date FROM pathways
    UNION ALL SELECT participant_id, exit_date FROM pathways
    UNION ALL SELECT p.participant_id, h.hire_date FROM hires h JOIN pathways p ON p.id = h.pathway_id
    UNION ALL SELECT p.participant_id, h.end_date FROM hires h JOIN pathways p ON p.id = h.pathway_id
    UNION ALL SELECT p.participant_id, h.start_date FROM holds h JOIN pathways p ON p.id = h.pathway_id
    UNION ALL SELECT p.participant_id, h.end_date FROM holds h JOIN pathways p ON p.id = h.pathway_id
    UNION ALL SELECT p.participant_id, s.start_date FROM steps s JOIN pathways p ON p.id = s.pathway_id
    UNION ALL SELECT p.participant_id, s.end_date FROM steps s JOIN pathways p ON p.id = s.pathway_id
    UNION ALL SELECT p.participant_id, b.identified_date FROM barriers b JOIN pathways p ON p.id = b.pathway_id
    UNION ALL SELECT p.participant_id, b.lifted_date FROM barriers b JOIN pathways p ON p.id = b.pathway_id
    UNION ALL SELECT p.participant_id, c.contact_date FROM contacts c JOIN pathways p ON p.id = c.pathway_id
    UNION ALL SELECT p.participant_id, a.action_date FROM actions a JOIN pathways p ON p.id = a.pathway_id
)
SELECT pa.id, pa.uuid, pa.last_name, pa.first_name, max(d.day) AS last_day,
       (SELECT r.name FROM pathways w JOIN referents r ON r.id = w.referent_id
        WHERE w.participant_id = pa.id ORDER BY w.entry_date DESC, w.id DESC LIMIT 1)
FROM participants pa JOIN dates d ON d.participant_id = pa.id
WHERE pa.archived = 0
  AND NOT EXISTS (SELECT 1 FROM pathways o WHERE o.participant_id = pa.id AND o.exit_date IS NULL)
GROUP BY pa.id
HAVING max(d.day) < :limit
ORDER BY pa.last_name COLLATE )sql")
                         + kNameCollation + ", pa.first_name COLLATE " + kNameCollation + ", pa.id";

} // namespace

int retentionMonths(Database& db)
{
    return rows::guarded(db, [&] {
        auto query = db.statement("SELECT retention_months FROM plie_settings WHERE id = 1");
        return query->executeStep() ? query->getColumn(0).getInt() : kDefaultRetentionMonths;
    });
}

std::vector<DueFile> filesDueForArchiving(Database& db, const Date& day, int months)
{
    return rows::guarded(db, [&] {
        std::vector<DueFile> files;
        auto query = db.statement(kDue);
        query->bind(":limit", toIsoDate(retentionLimit(day, months)));
        while (query->executeStep()) {
            DueFile file;
            file.participantId = query->getColumn(0).getInt64();
            file.uuid = query->getColumn(1).getString();
            file.lastName = rows::text(query->getColumn(2));
            file.firstName = rows::text(query->getColumn(3));
            file.lastDate = rows::date(query->getColumn(4));
            file.referentName = rows::text(query->getColumn(5));
            files.push_back(std::move(file));
        }
        return files;
    });
}

} // namespace parcours
