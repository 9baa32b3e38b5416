// `parcours-cli check`: SQLite's own checks, then the domain rules over every row, each
// problem named by the row it is about.
#include "store/IntegrityCheck.h"

#include "domain/Rules.h"
#include "store/BarrierRepository.h"
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "store/PlannedActionRepository.h"
#include "store/RowMapping.h"
#include "store/StoreError.h"

#include <SQLiteCpp/Exception.h>

#include <functional>
#include <map>
#include <unordered_map>

namespace parcours {

namespace {

// Repositories want a clock to write with; the check only reads.
class NoClock final : public Clock {
public:
    Date today() const override { return Date(); }
    std::string nowUtc() const override { return {}; }
};

void report(IntegrityReport& result, const std::string& row, const Violations& violations)
{
    for (const RuleViolation& v : violations)
        result.problems.push_back(row + " : " + v.field + " : " + v.message);
}

// Runs one part of the check; a row that cannot even be read is a problem of its own.
void runPart(IntegrityReport& result, const std::function<void()>& part)
{
    try {
        part();
    } catch (const StoreError& e) {
        result.problems.push_back(e.what());
    }
}

void sqliteChecks(Database& db, IntegrityReport& result)
{
    SQLite::Statement integrity(db.sql(), "PRAGMA integrity_check");
    while (integrity.executeStep()) {
        const std::string line = integrity.getColumn(0).getString();
        if (line != "ok")
            result.problems.push_back("Intégrité SQLite : " + line);
    }
    SQLite::Statement foreignKeys(db.sql(), "PRAGMA foreign_key_check");
    while (foreignKeys.executeStep()) {
        result.problems.push_back("La ligne n° " + foreignKeys.getColumn(1).getString() + " de la table « "
                                  + foreignKeys.getColumn(0).getString()
                                  + " » renvoie à une ligne absente de la table « "
                                  + foreignKeys.getColumn(2).getString() + " ».");
    }
}

void ruleChecks(Database& db, IntegrityReport& result)
{
    const NoClock clock;
    ParticipantRepository participantRepository(db, clock);
    PathwayRepository pathwayRepository(db, clock);
    BarrierRepository barrierRepository(db, clock);
    ContactRepository contactRepository(db, clock);
    PlannedActionRepository actionRepository(db);

    std::unordered_map<RowId, Participant> participants;
    runPart(result, [&] {
        for (Participant& p : participantRepository.all()) {
            report(result, "Participant.e " + rows::describe(p.record), checkParticipant(p));
            participants.emplace(p.record.id, std::move(p));
        }
    });

    std::vector<Pathway> pathways;
    runPart(result, [&] { pathways = pathwayRepository.all(); });
    std::map<RowId, std::vector<const Pathway*>> byParticipant;
    for (const Pathway& pathway : pathways) {
        const std::string row = "Parcours " + rows::describe(pathway.record);
        byParticipant[pathway.participantId].push_back(&pathway);
        if (const auto it = participants.find(pathway.participantId); it != participants.end())
            report(result, row, checkPathwayWhole(pathway, it->second));
        else
            result.problems.push_back(row + " : participant_id : la ou le participant.e n° "
                                      + std::to_string(pathway.participantId) + " est introuvable.");
    }
    for (const auto& [participantId, theirs] : byParticipant) {
        for (const Pathway* pathway : theirs) {
            std::vector<Pathway> others;
            for (const Pathway* other : theirs) {
                if (other != pathway)
                    others.push_back(*other);
            }
            report(result, "Parcours " + rows::describe(pathway->record), checkPathwayAmongOthers(*pathway, others));
        }
    }

    for (const Pathway& pathway : pathways) {
        const std::string of = " du parcours " + rows::describe(pathway.record);
        runPart(result, [&] {
            for (const Step& step : pathwayRepository.steps(pathway.record.id))
                report(result, "Étape " + rows::describe(step.record) + of, checkStep(step, pathway));
        });
        runPart(result, [&] {
            for (const Barrier& barrier : barrierRepository.forPathway(pathway.record.id))
                report(result, "Frein " + rows::describe(barrier.record) + of, checkBarrier(barrier, pathway));
        });
        runPart(result, [&] {
            for (const Contact& contact : contactRepository.forPathway(pathway.record.id))
                report(result, "Entretien " + rows::describe(contact.record) + of, checkContact(contact, pathway));
        });
        runPart(result, [&] { // an unknown kind cannot be read: a problem of its own
            for (const PlannedAction& action : actionRepository.forPathway(pathway.record.id))
                report(result, "Action prévue " + rows::describe(action.record) + of,
                       checkPlannedAction(action, pathway));
        });
    }
}

} // namespace

IntegrityReport checkDatabase(const std::filesystem::path& path, const DatabaseKey& key)
{
    // Refuses a missing file (never creates it), a file that is not SQLite, not ours,
    // or of a schema this version does not know, before anything else.
    Database db(path, OpenMode::ReadOnly, key);
    IntegrityReport result;
    result.schemaVersion = db.schemaVersion();
    try {
        sqliteChecks(db, result);
    } catch (const SQLite::Exception& e) {
        // Damage bad enough to stop SQLite's own check: nothing further can be trusted.
        result.problems.push_back("Intégrité SQLite : " + std::string(e.what()));
        return result;
    }
    ruleChecks(db, result);
    return result;
}

} // namespace parcours
