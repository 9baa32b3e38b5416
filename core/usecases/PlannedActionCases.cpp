// Planned actions, written field by field through the recording store (EntityTables'
// `action`): the pathway referred to by its UUID.
#include "usecases/PlannedActionCases.h"

#include "domain/Rules.h"
#include "store/ChangeRecorder.h"
#include "store/PathwayRepository.h"
#include "store/RowMapping.h"
#include "store/RowStore.h"
#include "usecases/UseCase.h"

namespace parcours {

namespace {

constexpr const char* kTable = "actions";

nlohmann::json fieldsOf(const PlannedAction& action, const std::string& pathwayUuid)
{
    return {{"pathway", pathwayUuid},
            {"date", toIsoDate(action.date)},
            {"kind", std::string(toCode(action.kind))},
            {"note", action.note},
            {"done", action.done ? 1 : 0}};
}

// The action's pathway, checked against it; its UUID.
std::string checkedPathwayUuid(Database& db, const Clock& clock, const PlannedAction& action)
{
    const std::optional<Pathway> pathway = PathwayRepository(db, clock).find(action.pathwayId);
    if (!pathway)
        throw RuleError(Violations{{"parcours_id", "Ce parcours n'existe plus."}});
    throwIfAny(checkPlannedAction(action, *pathway));
    return pathway->record.uuid;
}

std::string uuidOfAction(Database& db, RowId actionId)
{
    const std::string uuid = rowstore::uuidOf(db, kTable, actionId);
    if (uuid.empty())
        throw RuleError(Violations{{"action", "Cette action prévue n'existe plus."}});
    return uuid;
}

} // namespace

Change planAction(Database& db, const Clock& clock, PlannedAction& action)
{
    return inOneTransaction(db, [&] {
        const std::string pathway = checkedPathwayUuid(db, clock, action);
        const RecordIdentity record = rows::stamped(action.record, clock);
        recorder::put(db, clock, "action", record.uuid, fieldsOf(action, pathway));
        action.record = record;
        action.record.id = rowstore::idOf(db, kTable, record.uuid).value_or(0);
    });
}

Change editPlannedAction(Database& db, const Clock& clock, const PlannedAction& action)
{
    return inOneTransaction(db, [&] {
        const std::string uuid = uuidOfAction(db, action.record.id);
        const std::string pathway = checkedPathwayUuid(db, clock, action);
        recorder::patch(db, clock, "action", uuid, fieldsOf(action, pathway));
    });
}

Change setPlannedActionDone(Database& db, const Clock& clock, RowId actionId, bool done)
{
    return inOneTransaction(db, [&] {
        recorder::patch(db, clock, "action", uuidOfAction(db, actionId), {{"done", done ? 1 : 0}});
    });
}

Change deletePlannedAction(Database& db, const Clock& clock, RowId actionId)
{
    return inOneTransaction(db, [&] { recorder::remove(db, clock, "action", uuidOfAction(db, actionId)); });
}

} // namespace parcours
