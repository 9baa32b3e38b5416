// Reads an interchange folder file by file, then checks what spans rows: the pathways
// of one person and the holds of one pathway.
#include "interchange/FolderReader.h"

#include "interchange/FolderReadState.h"
#include "platform/AtomicFile.h"

#include <algorithm>
#include <numeric>

namespace parcours {

using interchange::FolderReadState;

namespace {

void addViolations(ImportErrors& errors, const std::string& file, int line, const Violations& violations)
{
    for (const RuleViolation& violation : violations)
        errors.push_back({file, line, violation.field, violation.message});
}

// Each pathway against the person's earlier ones: no overlap, one open at most.
void checkPathwaysOfEachPerson(FolderReadState& state)
{
    std::vector<std::vector<std::size_t>> byPerson(state.batch.participants.size());
    for (std::size_t i = 0; i < state.batch.pathways.size(); ++i) {
        if (state.pathwayDated[i])
            byPerson[state.batch.pathways[i].participant].push_back(i);
    }
    std::vector<Pathway> earlier;
    for (auto& indexes : byPerson) {
        if (indexes.size() < 2)
            continue;
        std::sort(indexes.begin(), indexes.end(), [&](std::size_t a, std::size_t b) {
            return state.batch.pathways[a].pathway.entryDate < state.batch.pathways[b].pathway.entryDate;
        });
        earlier.clear();
        for (std::size_t i : indexes) {
            const Pathway& pathway = state.batch.pathways[i].pathway;
            addViolations(state.errors, "parcours.csv", state.pathwayLine[i], checkPathwayAmongOthers(pathway, earlier));
            earlier.push_back(pathway);
        }
    }
}

// The holds of each pathway, in start order: each against the one before it.
void checkHoldsOfEachPathway(FolderReadState& state)
{
    for (std::size_t i = 0; i < state.batch.pathways.size(); ++i) {
        const std::vector<Hold>& holds = state.batch.pathways[i].pathway.holds;
        if (holds.size() < 2)
            continue;
        std::vector<std::size_t> order(holds.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return holds[a].start < holds[b].start; });
        for (std::size_t k = 1; k < order.size(); ++k) {
            const Violations violations = checkHoldsTogether({holds[order[k - 1]], holds[order[k]]});
            addViolations(state.errors, "holds.csv", state.holdLines[i][order[k]], violations);
        }
    }
}

// Why `folder` cannot be read; "" when it can. A folder that may not be entered is said once,
// rather than as nine unreadable files.
std::string unreadableFolder(const std::filesystem::path& folder)
{
    namespace fs = std::filesystem;
    std::error_code code;
    const fs::file_status status = fs::status(folder, code);
    if (status.type() == fs::file_type::not_found)
        return "Dossier introuvable.";
    if (code == std::errc::permission_denied)
        return "Dossier illisible : permission refusée.";
    if (code)
        return "Dossier illisible : " + frenchReason(code) + ".";
    if (status.type() != fs::file_type::directory)
        return "N'est pas un dossier.";
    (void)fs::symlink_status(folder / "participants.csv", code);
    if (code == std::errc::permission_denied)
        return "Dossier illisible : permission refusée.";
    return {};
}

} // namespace

InterchangeCounts InterchangeData::counts() const
{
    InterchangeCounts counts;
    counts.participants = participants.size();
    counts.pathways = pathways.size();
    counts.steps = steps.size();
    counts.barriers = barriers.size();
    counts.contacts = contacts.size();
    counts.plannedActions = plannedActions.size();
    counts.plie = plie.has_value();
    for (const PathwayEntry& entry : pathways) {
        counts.holds += entry.pathway.holds.size();
        counts.hires += entry.pathway.earlierHires.size();
    }
    return counts;
}

InterchangeData readInterchangeFolder(const std::filesystem::path& folder, const ExistingIds& existing,
                                  ImportErrors& errors)
{
    InterchangeData batch;
    if (std::string refusal = unreadableFolder(folder); !refusal.empty()) {
        errors.push_back({folder.string(), 0, {}, std::move(refusal)});
        return batch;
    }
    FolderReadState state{folder, existing, batch, errors, {}, {}, {}, {}, {}, {}, false, false, {}, 0};
    interchange::readPlieFile(state);
    interchange::readParticipantsFile(state);
    interchange::readPathwaysFile(state);
    interchange::readHoldsFile(state);
    interchange::readHiresFile(state);
    interchange::readStepsFile(state);
    interchange::readBarriersFile(state);
    interchange::readContactsFile(state);
    interchange::readActionsFile(state);
    checkPathwaysOfEachPerson(state);
    checkHoldsOfEachPathway(state);
    return batch;
}

} // namespace parcours
