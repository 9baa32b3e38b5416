// The caseload: one query for the people, their latest pathway and its last contact, and
// one each for the holds and current hires that the status on `today` depends on.
#include "store/CaseloadQuery.h"

#include "store/NameCollation.h"
#include "store/PathwayRows.h"
#include "store/RowMapping.h"

namespace parcours {

namespace {

// The latest pathway of each person is the one with the latest entry (the highest id
// among entries on the same day); its last contact up to today (:today), through
// contacts_by_pathway_date: a contact dated in the future (planned, or mistyped) is not
// the last time the référent.e saw the person.
const std::string kCaseload = std::string(R"sql(
WITH latest AS (
    SELECT id, participant_id, referent_id, entry_date, exit_date, exit_reason,
           row_number() OVER (PARTITION BY participant_id ORDER BY entry_date DESC, id DESC) AS rank
    FROM pathways
)
SELECT pa.id, pa.last_name, pa.first_name, pa.birth_date, pa.city, pa.france_travail_id,
       l.id, l.referent_id, r.name, l.entry_date, l.exit_date, l.exit_reason,
       (SELECT max(c.contact_date) FROM contacts c WHERE c.pathway_id = l.id AND c.contact_date <= :today),
       (SELECT min(a.action_date) FROM actions a WHERE a.pathway_id = l.id AND a.done = 0)
FROM participants pa
LEFT JOIN latest l ON l.participant_id = pa.id AND l.rank = 1
LEFT JOIN referents r ON r.id = l.referent_id
WHERE pa.archived = 0
ORDER BY pa.last_name COLLATE )sql")
                              + kNameCollation + ", pa.first_name COLLATE " + kNameCollation + ", pa.id";

} // namespace

std::vector<CaseloadRow> loadCaseload(Database& db, const Date& today)
{
    return rows::guarded(db, [&] {
        auto holds = pathways::loadAllHolds(db);
        auto currentHires = pathways::loadAllCurrentHires(db);
        std::vector<CaseloadRow> result;
        auto query = db.statement(kCaseload);
        rows::bindDate(*query, query->getIndex(":today"), today);
        while (query->executeStep()) {
            CaseloadRow row;
            row.participantId = query->getColumn(0).getInt64();
            row.lastName = rows::text(query->getColumn(1));
            row.firstName = rows::text(query->getColumn(2));
            row.birthDate = rows::date(query->getColumn(3));
            row.city = rows::text(query->getColumn(4));
            row.franceTravailId = rows::text(query->getColumn(5));
            if (!query->isColumnNull(6)) {
                Pathway latest;
                latest.record.id = query->getColumn(6).getInt64();
                latest.entryDate = rows::date(query->getColumn(9));
                if (const auto exitDate = rows::optionalDate(query->getColumn(10)))
                    latest.exit = PathwayExit{*exitDate, rows::code<ExitReason>(query->getColumn(11))};
                if (auto it = holds.find(latest.record.id); it != holds.end())
                    latest.holds = std::move(it->second);
                if (auto it = currentHires.find(latest.record.id); it != currentHires.end())
                    latest.currentHire = std::move(it->second);

                row.pathwayId = latest.record.id;
                row.referentId = query->getColumn(7).getInt64();
                row.referentName = rows::text(query->getColumn(8));
                row.entryDate = latest.entryDate;
                if (latest.exit)
                    row.exitDate = latest.exit->date;
                row.status = latest.statusOn(today);
                row.lastContact = rows::optionalDate(query->getColumn(12));
                row.nextAction = rows::optionalDate(query->getColumn(13));
            }
            result.push_back(std::move(row));
        }
        return result;
    });
}

} // namespace parcours
