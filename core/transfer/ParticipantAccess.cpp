// One person's copy: their rows filtered out of the whole base, the history of their file.
#include "transfer/ParticipantAccess.h"

#include "interchange/FolderWriter.h"
#include "platform/AtomicFile.h"
#include "sheets/Sheet.h"
#include "sheets/SheetFiles.h"
#include "store/EntityTables.h"
#include "store/InterchangeStore.h"
#include "store/OperationLog.h"
#include "store/ReadTraces.h"
#include "store/RowStore.h"
#include "store/StoreError.h"

#include <algorithm>
#include <map>
#include <system_error>

namespace parcours {

namespace {

template <typename T>
std::vector<PathwayItem<T>> itemsOf(const std::vector<PathwayItem<T>>& all,
                                    const std::map<std::size_t, std::size_t>& pathways)
{
    std::vector<PathwayItem<T>> mine;
    for (const PathwayItem<T>& item : all) {
        if (const auto found = pathways.find(item.pathway); found != pathways.end())
            mine.push_back({item.item, found->second});
    }
    return mine;
}

std::string entityLabel(const std::string& entity)
{
    static const std::map<std::string, std::string> labels{
        {"participant", "Identité"}, {"pathway", "Parcours"},     {"step", "Étape"},      {"barrier", "Frein"},
        {"contact", "Entretien"},    {"action", "Action prévue"}, {"hold", "Suspension"}, {"hire", "Embauche"},
    };
    const auto found = labels.find(entity);
    return found == labels.end() ? entity : found->second;
}

std::string kindLabel(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Put: return "Création";
    case OperationKind::Patch: return "Modification";
    case OperationKind::Delete: return "Suppression";
    }
    return "Modification";
}

std::string readLabel(ReadAction action)
{
    switch (action) {
    case ReadAction::Consultation: return "Consultation du dossier";
    case ReadAction::Impression: return "Impression de la fiche";
    case ReadAction::Export: return "Export d'une liste";
    case ReadAction::Access: return "Copie remise à la personne";
    }
    return "Consultation du dossier";
}

// 2026-12-01T09:14:03.512Z → 2026-12-01 09:14:03
std::string shownInstant(const std::string& at)
{
    return at.size() >= 19 ? at.substr(0, 10) + " " + at.substr(11, 8) : at;
}

// « champ : valeur » for each field a person can read (not the UUIDs that link the rows).
std::string valuesText(const Operation& operation)
{
    const nlohmann::json& values = operation.kind == OperationKind::Delete ? operation.before : operation.data;
    if (!values.is_object())
        return {};
    const EntityTable* table = findEntityTable(operation.entity);
    std::string text;
    for (const auto& [name, value] : values.items()) {
        const EntityField* field = table ? table->field(name) : nullptr;
        if (field && (field->type == FieldType::Reference || field->type == FieldType::OptionalReference))
            continue;
        if (!text.empty())
            text += " ; ";
        text += name + " : "
                + (value.is_null()     ? std::string("(vide)")
                   : value.is_string() ? value.get<std::string>()
                                       : value.dump());
    }
    return text;
}

struct HistoryLine {
    std::string at;
    std::vector<Cell> cells;
};

} // namespace

InterchangeData dataOfParticipant(const InterchangeData& all, const std::string& participantUuid)
{
    const auto person = std::find_if(all.participants.begin(), all.participants.end(),
                                     [&](const Participant& p) { return p.record.uuid == participantUuid; });
    if (person == all.participants.end())
        throw StoreError("La ou le participant.e " + participantUuid + " n'est pas dans la base.");
    const auto index = static_cast<std::size_t>(person - all.participants.begin());

    InterchangeData mine;
    mine.plie = all.plie;
    mine.participants.push_back(*person);
    std::map<std::size_t, std::size_t> pathways; // index in all → index in mine
    for (std::size_t i = 0; i < all.pathways.size(); ++i) {
        if (all.pathways[i].participant != index)
            continue;
        pathways.emplace(i, mine.pathways.size());
        PathwayEntry entry = all.pathways[i];
        entry.participant = 0;
        mine.pathways.push_back(std::move(entry));
    }
    mine.steps = itemsOf(all.steps, pathways);
    mine.barriers = itemsOf(all.barriers, pathways);
    mine.contacts = itemsOf(all.contacts, pathways);
    mine.plannedActions = itemsOf(all.plannedActions, pathways);
    return mine;
}

std::string fileHistoryCsv(Database& db, const std::string& participantUuid)
{
    std::vector<HistoryLine> lines;
    for (const Operation& operation : operationsOfFile(db, participantUuid)) {
        lines.push_back({operation.at,
                         {shownInstant(operation.at), operation.author, kindLabel(operation.kind),
                          entityLabel(operation.entity), valuesText(operation)}});
    }
    for (const ReadTrace& trace : readtraces::ofParticipant(db, participantUuid)) {
        lines.push_back(
            {trace.at,
             {shownInstant(trace.at), trace.author, readLabel(trace.action), std::string("Dossier"), trace.detail}});
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const HistoryLine& a, const HistoryLine& b) { return a.at < b.at; });
    Sheet sheet;
    sheet.title = "Historique";
    sheet.header = {"Date et heure (UTC)", "Auteur", "Action", "Élément", "Valeurs"};
    for (HistoryLine& line : lines)
        sheet.rows.push_back(std::move(line.cells));
    return csvText(sheet);
}

InterchangeCounts writeAccessCopy(Database& db, const Clock& clock, RowId participantId,
                                  const std::filesystem::path& folder)
{
    const std::string uuid = rowstore::uuidOf(db, "participants", participantId);
    if (uuid.empty())
        throw StoreError("La ou le participant.e n° " + std::to_string(participantId) + " n'existe pas.");
    std::error_code code;
    if (std::filesystem::exists(folder, code) && !std::filesystem::is_empty(folder, code))
        throw StoreError("Le dossier « " + folder.string()
                         + " » n'est pas vide : choisissez un dossier vide ou un nouveau dossier.");

    const InterchangeData mine = dataOfParticipant(loadInterchangeData(db), uuid);
    writeInterchangeFolder(mine, folder);
    try {
        AtomicFile history(folder / kAccessHistoryFile);
        history.write(fileHistoryCsv(db, uuid));
        history.commit();
    } catch (const FileWriteError& error) {
        throw FolderWriteError(error.what());
    }
    readtraces::record(db, clock, uuid, ReadAction::Access, folder.filename().string());
    return mine.counts();
}

} // namespace parcours
