// steps.csv, freins.csv, contacts.csv, actions.csv, holds.csv and hires.csv: the rows that belong to a pathway.
#include "interchange/FolderReadState.h"

namespace parcours::interchange {

namespace {

constexpr ColumnSpec kStepColumns[] = {
    {"step_id", true},    {"parcours_id", true}, {"type", true},      {"subtype", false},
    {"start_date", true}, {"end_date", false},   {"operator", false}, {"label", false},
};
constexpr ColumnSpec kBarrierColumns[] = {
    {"parcours_id", true}, {"category", true}, {"identified_date", true}, {"status", true}, {"lifted_date", false},
};
constexpr ColumnSpec kContactColumns[] = {
    {"parcours_id", true}, {"date", true}, {"mode", true}, {"note", false},
};
constexpr ColumnSpec kHoldColumns[] = {
    {"parcours_id", true}, {"start_date", true}, {"end_date", false}, {"reason", false},
};
constexpr ColumnSpec kHireColumns[] = {
    {"parcours_id", true},    {"hire_date", true}, {"contract_type", true}, {"employer_category", true},
    {"naf_section", true},    {"end_date", true},  {"end_reason", false},     {"employer_name", false},
    {"employer_contact", false},
};
constexpr ColumnSpec kActionColumns[] = {
    {"parcours_id", true}, {"date", true}, {"kind", true}, {"note", false}, {"done", false},
};

// The pathway of a row, when it is known and dated (so the row can be checked against it).
struct RowPathway {
    PathwayEntry* pathway = nullptr;
    std::size_t index = 0;
    bool dated = false;
};

RowPathway findPathway(FolderReadState& state, CsvRow& row, std::size_t column)
{
    const std::string id = row.text(column, true);
    if (id.empty())
        return {};
    const auto it = state.pathwayIndex.find(id);
    if (it == state.pathwayIndex.end()) {
        if (state.pathwaysRefused || state.uncheckedPathways.count(id))
            ++state.uncheckedReferences;
        else
            row.error(column, "Parcours « " + id + " » absent de parcours.csv.");
        return {};
    }
    return {&state.batch.pathways[it->second], it->second, state.pathwayDated[it->second]};
}

// The rows of `file` whose pathway could not be looked up: participants.csv or parcours.csv refused.
void reportPathwayReferences(FolderReadState& state, const std::string& file)
{
    reportUncheckedReferences(state, file, state.pathwaysRefused ? "parcours.csv" : "participants.csv");
}

} // namespace

void readStepsFile(FolderReadState& state)
{
    std::unordered_set<std::string> ids;
    readCsvTable(state.folder, "steps.csv", false, kStepColumns, state.errors, [&](CsvRow& row) {
        Step step;
        step.record.externalId = row.text(0, true);
        const RowPathway owner = findPathway(state, row, 1);
        const auto type = row.code<StepType>(2, true);
        const auto start = row.date(4, true);
        const auto end = row.date(5);
        step.operatorName = row.text(6);
        step.label = row.text(7);
        if (start)
            step.start = *start;
        step.end = end;
        const std::string subtype = row.text(3);
        const auto parsedSubtype = fromCode<StepSubtype>(subtype);
        if (!parsedSubtype)
            row.error(3, "Sous-type « " + subtype + " » inconnu.");
        if (type && parsedSubtype) {
            step.type = *type;
            step.subtype = *parsedSubtype;
            reportViolations(row, checkStepSubtype(step), kStepColumns);
        }
        if (owner.dated && start && (!row.has(5) || end))
            reportViolations(row, checkStepDates(step, owner.pathway->pathway), kStepColumns);
        if (!step.record.externalId.empty()) {
            if (state.existing.steps.count(step.record.externalId))
                row.error(0, "La base contient déjà l'étape « " + step.record.externalId + " ».");
            else if (!ids.insert(step.record.externalId).second)
                row.error(0, "Identifiant « " + step.record.externalId + " » déjà utilisé plus haut dans le fichier.");
        }
        if (owner.pathway)
            state.batch.steps.push_back({std::move(step), owner.index});
    });
    reportPathwayReferences(state, "steps.csv");
}

void readBarriersFile(FolderReadState& state)
{
    readCsvTable(state.folder, "freins.csv", false, kBarrierColumns, state.errors, [&](CsvRow& row) {
        Barrier barrier;
        const RowPathway owner = findPathway(state, row, 0);
        const auto category = row.code<BarrierCategory>(1, true);
        const auto identified = row.date(2, true);
        const auto status = row.code<BarrierStatus>(3, true);
        barrier.liftedDate = row.date(4);
        if (category)
            barrier.category = *category;
        if (identified)
            barrier.identifiedDate = *identified;
        if (status)
            barrier.status = *status;
        if (owner.dated && identified && status && (!row.has(4) || barrier.liftedDate))
            reportViolations(row, checkBarrier(barrier, owner.pathway->pathway), kBarrierColumns);
        if (owner.pathway)
            state.batch.barriers.push_back({barrier, owner.index});
    });
    reportPathwayReferences(state, "freins.csv");
}

void readContactsFile(FolderReadState& state)
{
    readCsvTable(state.folder, "contacts.csv", false, kContactColumns, state.errors, [&](CsvRow& row) {
        Contact contact;
        const RowPathway owner = findPathway(state, row, 0);
        const auto date = row.date(1, true);
        if (const auto mode = row.code<ContactMode>(2, true))
            contact.mode = *mode;
        contact.note = row.text(3);
        if (date) {
            contact.date = *date;
            if (owner.dated)
                reportViolations(row, checkContact(contact, owner.pathway->pathway), kContactColumns);
        }
        if (owner.pathway)
            state.batch.contacts.push_back({std::move(contact), owner.index});
    });
    reportPathwayReferences(state, "contacts.csv");
}

void readActionsFile(FolderReadState& state)
{
    readCsvTable(state.folder, "actions.csv", false, kActionColumns, state.errors, [&](CsvRow& row) {
        PlannedAction action;
        const RowPathway owner = findPathway(state, row, 0);
        const auto date = row.date(1, true);
        if (const auto kind = row.code<ActionKind>(2, true))
            action.kind = *kind;
        action.note = row.text(3);
        action.done = row.flag(4);
        if (date) {
            action.date = *date;
            if (owner.dated)
                reportViolations(row, checkPlannedAction(action, owner.pathway->pathway), kActionColumns);
        }
        if (owner.pathway)
            state.batch.plannedActions.push_back({std::move(action), owner.index});
    });
    reportPathwayReferences(state, "actions.csv");
}

void readHoldsFile(FolderReadState& state)
{
    readCsvTable(state.folder, "holds.csv", false, kHoldColumns, state.errors, [&](CsvRow& row) {
        Hold hold;
        const RowPathway owner = findPathway(state, row, 0);
        const auto start = row.date(1, true);
        hold.end = row.date(2);
        hold.reason = row.text(3);
        if (!start || !owner.pathway || (row.has(2) && !hold.end))
            return;
        hold.start = *start;
        if (owner.dated)
            reportViolations(row, checkHold(hold, owner.pathway->pathway), kHoldColumns);
        owner.pathway->pathway.holds.push_back(std::move(hold));
        state.holdLines[owner.index].push_back(row.line());
    });
    reportPathwayReferences(state, "holds.csv");
}

void readHiresFile(FolderReadState& state)
{
    readCsvTable(state.folder, "hires.csv", false, kHireColumns, state.errors, [&](CsvRow& row) {
        Hire hire;
        const RowPathway owner = findPathway(state, row, 0);
        const auto hireDate = row.date(1, true);
        const auto contract = row.code<ContractType>(2, true);
        const auto employer = row.code<EmployerCategory>(3, true);
        const std::string naf = row.text(4, true);
        hire.endDate = row.date(5, true);
        hire.endReason = row.text(6);
        hire.employerName = row.text(7);
        hire.employerContact = row.text(8);
        if (!naf.empty() && (naf.size() != 1 || !isNafSection(naf[0])))
            row.error(4, "Section NAF « " + naf + " » invalide : attendu une lettre de A à U.");
        if (row.hasErrors() || !owner.pathway)
            return;
        hire.hireDate = *hireDate;
        hire.contract = *contract;
        hire.employer = *employer;
        hire.nafSection = naf[0];
        if (owner.dated)
            reportViolations(row, checkEarlierHire(hire, owner.pathway->pathway), kHireColumns);
        owner.pathway->pathway.earlierHires.push_back(std::move(hire));
    });
    reportPathwayReferences(state, "hires.csv");
}

} // namespace parcours::interchange
