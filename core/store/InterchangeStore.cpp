// The import's single transaction, and the dump's reading of everything.
#include "store/InterchangeStore.h"

#include "store/BarrierRepository.h"
#include "store/ChangeRecorder.h"
#include "store/ContactRepository.h"
#include "store/ForeignKeysOff.h"
#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "store/PlannedActionRepository.h"
#include "store/PlieSettingsRepository.h"
#include "store/ReferentRepository.h"
#include "store/RowInserts.h"
#include "store/RowMapping.h"
#include "store/Transaction.h"

#include <sqlite3.h>

#include <optional>
#include <unordered_map>
#include <vector>

namespace parcours {

namespace {

// One instant for every row an import creates: they were all created by that import.
class InstantClock final : public Clock {
public:
    explicit InstantClock(const Clock& clock) : m_today(clock.today()), m_now(clock.nowUtc()) {}
    Date today() const override { return m_today; }
    std::string nowUtc() const override { return m_now; }

private:
    Date m_today;
    std::string m_now;
};

std::unordered_set<std::string> externalIds(Database& db, const char* table)
{
    std::unordered_set<std::string> ids;
    auto query = db.statement(std::string("SELECT external_id FROM ") + table + " WHERE external_id IS NOT NULL");
    while (query->executeStep())
        ids.insert(query->getColumn(0).getString());
    return ids;
}

// Calls `progress` every few thousand rows and at the end of each stage.
class ProgressCounter {
public:
    ProgressCounter(const Progress& progress, std::size_t total) : m_progress(progress), m_total(total) {}
    void step(std::string_view stage)
    {
        ++m_done;
        if (m_progress && (m_done % 5000 == 0 || m_done == m_total))
            m_progress(stage, m_done, m_total);
    }

private:
    const Progress& m_progress;
    std::size_t m_total;
    std::size_t m_done = 0;
};

// The indexes of the big tables, dropped while a large import inserts its rows and rebuilt
// before it commits: building an index once from all its rows is several times faster than
// keeping it up to date row by row. A unique index that cannot be rebuilt fails the
// import's transaction, so even then nothing is written.
class BulkIndexes {
public:
    static constexpr std::size_t kMinimumRows = 5000;

    explicit BulkIndexes(Database& db) : m_db(db)
    {
        auto query = db.statement("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
                                  " AND tbl_name IN ('participants', 'pathways', 'hires', 'holds', 'steps',"
                                  " 'barriers', 'contacts', 'actions', 'operations') ORDER BY name");
        std::vector<std::string> names;
        while (query->executeStep()) {
            names.push_back(query->getColumn(0).getString());
            m_definitions.push_back(query->getColumn(1).getString());
        }
        for (const std::string& name : names)
            db.sql().exec("DROP INDEX \"" + name + "\"");
    }

    // With up to four helper threads for SQLite's sorter: on two cores the national import's
    // indexes build in about 4.1 s instead of 4.9.
    void rebuild()
    {
        m_db.sql().exec("PRAGMA threads = 4");
        for (const std::string& definition : m_definitions)
            m_db.sql().exec(definition);
        m_db.sql().exec("PRAGMA threads = 0");
    }

private:
    Database& m_db;
    std::vector<std::string> m_definitions;
};

} // namespace

ExistingIds loadExistingIds(Database& db)
{
    return rows::guarded(db, [&] {
        ExistingIds existing;
        existing.participants = externalIds(db, "participants");
        existing.pathways = externalIds(db, "pathways");
        existing.steps = externalIds(db, "steps");
        existing.plie = PlieSettingsRepository(db).get();
        return existing;
    });
}

void writeInterchangeData(Database& db, const Clock& clock, InterchangeData& data, const Progress& progress)
{
    const InstantClock instant(clock);
    const std::size_t rowCount = data.participants.size() + data.pathways.size() + data.steps.size()
                                 + data.barriers.size() + data.contacts.size() + data.plannedActions.size();
    ProgressCounter counter(progress, rowCount);
    rows::guarded(db, [&] {
        // Every row the import writes refers to rows it has itself just written or found, by
        // the ids SQLite gave them: checking each reference again costs the national import
        // 1.5 s. Only when no transaction is open, where the pragma applies.
        std::optional<ForeignKeysOff> referencesKnown;
        if (rowCount >= BulkIndexes::kMinimumRows && sqlite3_get_autocommit(db.sql().getHandle()) != 0)
            referencesKnown.emplace(db.sql());
        Transaction transaction(db);
        const RowIdMarks marks = RowIdMarks::read(db.sql());
        std::optional<BulkIndexes> indexes;
        if (rowCount >= BulkIndexes::kMinimumRows)
            indexes.emplace(db);
        if (data.plie)
            PlieSettingsRepository(db, instant).set(*data.plie);
        for (Participant& participant : data.participants) {
            participant.record = rows::stamped(participant.record, instant);
            inserts::participant(db, participant);
            counter.step("Participant.e.s");
        }
        ReferentRepository referents(db, instant);
        std::unordered_map<std::string, RowId> referentIds;
        for (PathwayEntry& entry : data.pathways) {
            auto [referent, added] = referentIds.try_emplace(entry.referentName, 0);
            if (added)
                referent->second = referents.findOrCreate(entry.referentName).record.id;
            Pathway& pathway = entry.pathway;
            pathway.participantId = data.participants[entry.participant].record.id;
            pathway.referentId = referent->second;
            pathway.record = rows::stamped(pathway.record, instant);
            inserts::pathway(db, instant, pathway);
            counter.step("Parcours");
        }
        std::unordered_map<std::string, RowId> operatorIds;
        for (auto& [step, pathway] : data.steps) {
            step.operatorName = rows::trimmed(step.operatorName);
            auto [operatorRow, added] = operatorIds.try_emplace(step.operatorName, 0);
            if (added)
                operatorRow->second = inserts::operatorId(db, instant, step.operatorName);
            step.pathwayId = data.pathways[pathway].pathway.record.id;
            step.record = rows::stamped(step.record, instant);
            inserts::step(db, step, operatorRow->second);
            counter.step("Étapes");
        }
        for (auto& [barrier, pathway] : data.barriers) {
            barrier.pathwayId = data.pathways[pathway].pathway.record.id;
            barrier.record = rows::stamped(barrier.record, instant);
            inserts::barrier(db, barrier);
            counter.step("Freins");
        }
        for (auto& [contact, pathway] : data.contacts) {
            contact.pathwayId = data.pathways[pathway].pathway.record.id;
            contact.record = rows::stamped(contact.record, instant);
            inserts::contact(db, contact);
            counter.step("Entretiens");
        }
        for (auto& [action, pathway] : data.plannedActions) {
            action.pathwayId = data.pathways[pathway].pathway.record.id;
            action.record = rows::stamped(action.record, instant);
            inserts::plannedAction(db, action);
            counter.step("Actions prévues");
        }
        if (progress)
            progress("Historique", 0, 1);
        recordRowsInBulk(db.sql(), db.journal().author(), instant.nowUtc(), db.journal().changeId(), &marks);
        if (indexes) {
            if (progress)
                progress("Index", 0, 1);
            indexes->rebuild();
        }
        transaction.commit();
    });
}

InterchangeData loadInterchangeData(Database& db)
{
    const SystemClock clock;  // reading only: no row is stamped
    InterchangeData data;
    const PlieSettings plie = PlieSettingsRepository(db).get();
    if (!plie.name.empty() || !plie.code.empty())
        data.plie = plie;

    data.participants = ParticipantRepository(db, clock).all();
    std::unordered_map<RowId, std::size_t> participantIndex;
    for (std::size_t i = 0; i < data.participants.size(); ++i)
        participantIndex.emplace(data.participants[i].record.id, i);

    std::unordered_map<RowId, std::string> referentNames;
    for (Referent& referent : ReferentRepository(db, clock).all())
        referentNames.emplace(referent.record.id, std::move(referent.name));

    PathwayRepository pathways(db, clock);
    std::unordered_map<RowId, std::size_t> pathwayIndex;
    for (Pathway& pathway : pathways.all()) {
        pathwayIndex.emplace(pathway.record.id, data.pathways.size());
        const std::size_t participant = participantIndex.at(pathway.participantId);
        std::string referent = referentNames.at(pathway.referentId);
        data.pathways.push_back({std::move(pathway), participant, std::move(referent)});
    }
    for (Step& step : pathways.allSteps()) {
        const std::size_t pathway = pathwayIndex.at(step.pathwayId);
        data.steps.push_back({std::move(step), pathway});
    }
    for (Barrier& barrier : BarrierRepository(db, clock).all()) {
        const std::size_t pathway = pathwayIndex.at(barrier.pathwayId);
        data.barriers.push_back({std::move(barrier), pathway});
    }
    for (Contact& contact : ContactRepository(db, clock).all()) {
        const std::size_t pathway = pathwayIndex.at(contact.pathwayId);
        data.contacts.push_back({std::move(contact), pathway});
    }
    for (PlannedAction& action : PlannedActionRepository(db).all()) {
        const std::size_t pathway = pathwayIndex.at(action.pathwayId);
        data.plannedActions.push_back({std::move(action), pathway});
    }
    return data;
}

} // namespace parcours
