// Loads a stored row with what it depends on, and checks it with the domain's rules.
#include "store/StoredRowRules.h"

#include "store/BarrierRepository.h"
#include "store/ContactRepository.h"
#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "store/PathwayRows.h"
#include "store/PlannedActionRepository.h"
#include "store/RowStore.h"

#include <algorithm>

namespace parcours {

namespace {

const SystemClock kReadingClock; // the repositories below only read

Violations checkParticipantRow(Database& db, RowId id)
{
    const std::optional<Participant> participant = ParticipantRepository(db, kReadingClock).find(id);
    if (!participant)
        return {};
    Violations violations = checkParticipant(*participant);
    for (const Pathway& pathway : pathways::loadForParticipant(db, id)) {
        for (RuleViolation& v : checkPathway(pathway, *participant))
            violations.push_back({"birth_date", std::move(v.message)});
    }
    return violations;
}

Violations checkPathwayRow(Database& db, RowId id)
{
    std::optional<Pathway> pathway = pathways::loadRow(db, id);
    if (!pathway)
        return {};
    pathways::loadChildren(db, *pathway);
    const std::optional<Participant> participant = ParticipantRepository(db, kReadingClock).find(pathway->participantId);
    if (!participant)
        return {};
    Violations violations = checkPathwayWhole(*pathway, *participant);
    std::vector<Pathway> others = pathways::loadRowsForParticipant(db, pathway->participantId);
    std::erase_if(others, [&](const Pathway& other) { return other.record.id == id; });
    for (RuleViolation& v : checkPathwayAmongOthers(*pathway, others))
        violations.push_back(std::move(v));
    return violations;
}

// A row that hangs from a pathway: the pathway's id.
RowId pathwayOf(Database& db, const char* table, RowId id)
{
    auto query = db.statement(std::string("SELECT pathway_id FROM ") + table + " WHERE id = ?1");
    query->bind(1, id);
    return query->executeStep() ? query->getColumn(0).getInt64() : 0;
}

template <typename Record, typename Check>
Violations checkAgainstPathway(Database& db, const std::optional<Record>& record, Check check)
{
    if (!record)
        return {};
    const std::optional<Pathway> pathway = pathways::loadRow(db, record->pathwayId);
    return pathway ? check(*record, *pathway) : Violations{};
}

// A planned action, found among its pathway's (the repository reads them by pathway).
std::optional<PlannedAction> findPlannedAction(Database& db, RowId id)
{
    for (PlannedAction& action : PlannedActionRepository(db).forPathway(pathwayOf(db, "actions", id))) {
        if (action.record.id == id)
            return std::move(action);
    }
    return std::nullopt;
}

} // namespace

Violations checkStoredRow(Database& db, std::string_view entity, const std::string& uuid)
{
    const EntityTable* table = findEntityTable(entity);
    if (!table)
        return {};
    const std::optional<RowId> id = rowstore::idOf(db, table->table, uuid);
    if (!id)
        return {};
    if (entity == "participant")
        return checkParticipantRow(db, *id);
    if (entity == "pathway")
        return checkPathwayRow(db, *id);
    if (entity == "hold" || entity == "hire")
        return checkPathwayRow(db, pathwayOf(db, table->table, *id));
    if (entity == "step")
        return checkAgainstPathway(db, PathwayRepository(db, kReadingClock).findStep(*id),
                                   [](const Step& s, const Pathway& p) { return checkStep(s, p); });
    if (entity == "barrier")
        return checkAgainstPathway(db, BarrierRepository(db, kReadingClock).find(*id),
                                   [](const Barrier& b, const Pathway& p) { return checkBarrier(b, p); });
    if (entity == "contact")
        return checkAgainstPathway(db, ContactRepository(db, kReadingClock).find(*id),
                                   [](const Contact& c, const Pathway& p) { return checkContact(c, p); });
    if (entity == "action")
        return checkAgainstPathway(db, findPlannedAction(db, *id),
                                   [](const PlannedAction& a, const Pathway& p) { return checkPlannedAction(a, p); });
    return {}; // référent.e.s, opérateurs, the PLIE: the schema's checks are theirs
}

} // namespace parcours
