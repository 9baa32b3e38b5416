// Pathways with their holds and hires: checked as a whole, written in one transaction.
#include "store/PathwayRepository.h"

#include "domain/Rules.h"
#include "store/ChangeRecorder.h"
#include "store/EntityRows.h"
#include "store/ParticipantRepository.h"
#include "store/PathwayRows.h"
#include "store/RowInserts.h"
#include "store/RowMapping.h"
#include "store/RowStore.h"
#include "store/Transaction.h"

#include <algorithm>

namespace parcours {

namespace {

[[noreturn]] void throwUnknown(RowId id)
{
    throw StoreError("Le parcours n° " + std::to_string(id) + " n'existe pas.");
}

// Every rule a pathway must meet before it is written; RuleError when one is broken.
void checkBeforeWriting(Database& db, const Clock& clock, const Pathway& pathway)
{
    const std::optional<Participant> participant = ParticipantRepository(db, clock).find(pathway.participantId);
    Violations violations;
    if (!participant)
        violations.push_back({"participant_id",
                              "La ou le participant.e n° " + std::to_string(pathway.participantId) + " n'existe pas."});
    if (!rows::rowExists(db, "referents", pathway.referentId))
        violations.push_back(
            {"referent", "Le ou la référent.e n° " + std::to_string(pathway.referentId) + " n'existe pas."});
    throwIfAny(std::move(violations));

    violations = checkPathwayWhole(pathway, *participant);
    if (rows::externalIdTaken(db, "pathways", pathway.record.externalId, pathway.record.id))
        violations.push_back(
            {"parcours_id", "L'identifiant de parcours « " + pathway.record.externalId + " » est déjà utilisé."});
    // Only the others' own rows: their dates are what overlapping is about.
    std::vector<Pathway> others = pathways::loadRowsForParticipant(db, pathway.participantId);
    std::erase_if(others, [&](const Pathway& other) { return other.record.id == pathway.record.id; });
    for (RuleViolation& v : checkPathwayAmongOthers(pathway, others))
        violations.push_back(std::move(v));
    throwIfAny(std::move(violations));
}

// The stored child a given hold or hire stands for: same UUID, or same id when it carries no UUID.
template <typename Child>
const Child* matchStored(const Child& given, const std::vector<const Child*>& stored)
{
    for (const Child* s : stored) {
        if (given.record.uuid.empty() ? (given.record.id != 0 && s->record.id == given.record.id)
                                      : s->record.uuid == given.record.uuid)
            return s;
    }
    return nullptr;
}

bool sameFields(const Hold& a, const Hold& b)
{
    return a.start == b.start && a.end == b.end && a.reason == b.reason && a.record.externalId == b.record.externalId;
}

bool sameFields(const Hire& a, const Hire& b)
{
    return a.hireDate == b.hireDate && a.contract == b.contract && a.employer == b.employer
           && a.nafSection == b.nafSection && a.endDate == b.endDate && a.endReason == b.endReason
           && a.employerName == b.employerName && a.employerContact == b.employerContact
           && a.record.externalId == b.record.externalId;
}

// The identity a child is written with: the stored one it stands for (its updatedAt
// moving only when it changed), or a new one.
template <typename Child>
RecordIdentity childIdentity(const Child& given, const Child* stored, bool sameKind, const Clock& clock)
{
    if (!stored)
        return rows::stamped(given.record, clock);
    RecordIdentity record = stored->record;
    record.externalId = given.record.externalId;
    if (!sameKind || !sameFields(given, *stored))
        record.updatedAt = clock.nowUtc();
    return record;
}

void bindOptionalId(SQLite::Statement& statement, int index, RowId id)
{
    if (id == 0)
        statement.bind(index);
    else
        statement.bind(index, id);
}

void insertIdentity(SQLite::Statement& statement, const RecordIdentity& record, RowId pathwayId)
{
    bindOptionalId(statement, 1, record.id);
    statement.bind(2, pathwayId);
    statement.bind(3, record.uuid);
    rows::bindExternalId(statement, 4, record.externalId);
    statement.bind(5, record.createdAt);
    statement.bind(6, record.updatedAt);
}

// Inserts the holds and hires of a new pathway (the import's way, recorded in bulk after);
// fills in their identities.
void insertChildren(Database& db, const Clock& clock, Pathway& pathway)
{
    const RowId pathwayId = pathway.record.id;
    const Pathway stored;
    std::vector<const Hold*> storedHolds;
    for (const Hold& h : stored.holds)
        storedHolds.push_back(&h);
    for (Hold& hold : pathway.holds) {
        hold.record = childIdentity(hold, matchStored(hold, storedHolds), true, clock);
        auto insert = db.statement("INSERT INTO holds (id, pathway_id, uuid, external_id, created_at, updated_at, "
                                   "start_date, end_date, reason)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        insertIdentity(*insert, hold.record, pathwayId);
        rows::bindDate(*insert, 7, hold.start);
        rows::bindOptionalDate(*insert, 8, hold.end);
        insert->bind(9, hold.reason);
        insert->exec();
        hold.record.id = db.sql().getLastInsertRowid();
    }

    std::vector<const Hire*> storedHires;
    if (stored.currentHire)
        storedHires.push_back(&*stored.currentHire);
    for (const Hire& h : stored.earlierHires)
        storedHires.push_back(&h);
    const auto writeHire = [&](Hire& hire, bool current) {
        const Hire* match = matchStored(hire, storedHires);
        const bool wasCurrent = match && stored.currentHire && match == &*stored.currentHire;
        hire.record = childIdentity(hire, match, wasCurrent == current, clock);
        auto insert = db.statement(
            "INSERT INTO hires (id, pathway_id, uuid, external_id, created_at, updated_at, is_current, hire_date,"
            " contract_type, employer_category, naf_section, end_date, end_reason, employer_name, employer_contact)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
        insertIdentity(*insert, hire.record, pathwayId);
        rows::bindFlag(*insert, 7, current);
        rows::bindDate(*insert, 8, hire.hireDate);
        rows::bindCode(*insert, 9, hire.contract);
        rows::bindCode(*insert, 10, hire.employer);
        insert->bind(11, std::string(1, hire.nafSection));
        rows::bindOptionalDate(*insert, 12, hire.endDate);
        insert->bind(13, hire.endReason);
        insert->bind(14, hire.employerName);
        insert->bind(15, hire.employerContact);
        insert->exec();
        hire.record.id = db.sql().getLastInsertRowid();
    };
    if (pathway.currentHire)
        writeHire(*pathway.currentHire, true);
    for (Hire& hire : pathway.earlierHires)
        writeHire(hire, false);
}

// Brings the stored holds and hires of the pathway (`stored`, empty for a new one) to those
// of `pathway`, row by row through the recorder: a vanished child is deleted first, then a
// child of the same UUID (or id) is patched and a new one put. Fills in their identities.
void writeChildren(Database& db, const Clock& clock, Pathway& pathway, const Pathway& stored)
{
    const std::string pathwayUuid = pathway.record.uuid;
    std::vector<const Hold*> storedHolds;
    for (const Hold& h : stored.holds)
        storedHolds.push_back(&h);
    std::vector<const Hire*> storedHires;
    if (stored.currentHire)
        storedHires.push_back(&*stored.currentHire);
    for (const Hire& h : stored.earlierHires)
        storedHires.push_back(&h);
    std::vector<Hire*> givenHires;
    for (Hire& h : pathway.earlierHires) // earlier ones first: the current one may be made earlier
        givenHires.push_back(&h);
    if (pathway.currentHire)
        givenHires.push_back(&*pathway.currentHire);

    const auto removeVanished = [&](const char* entity, const auto& storedChildren, const auto& givenChildren) {
        for (const auto* s : storedChildren) {
            const bool kept = std::any_of(givenChildren.begin(), givenChildren.end(),
                                          [&](const auto& given) { return matchStored(*given, storedChildren) == s; });
            if (!kept)
                recorder::remove(db, clock, entity, s->record.uuid);
        }
    };
    std::vector<Hold*> givenHolds;
    for (Hold& h : pathway.holds)
        givenHolds.push_back(&h);
    removeVanished("hold", storedHolds, givenHolds);
    removeVanished("hire", storedHires, givenHires);

    for (Hold* hold : givenHolds) {
        const Hold* match = matchStored(*hold, storedHolds);
        hold->record = childIdentity(*hold, match, true, clock);
        if (match)
            recorder::patch(db, clock, "hold", hold->record.uuid, entityrows::hold(*hold, pathwayUuid));
        else
            recorder::put(db, clock, "hold", hold->record.uuid, entityrows::hold(*hold, pathwayUuid));
        hold->record.id = rowstore::idOf(db, "holds", hold->record.uuid).value_or(0);
    }
    for (Hire* hire : givenHires) {
        const bool current = pathway.currentHire && hire == &*pathway.currentHire;
        const Hire* match = matchStored(*hire, storedHires);
        const bool wasCurrent = match && stored.currentHire && match == &*stored.currentHire;
        hire->record = childIdentity(*hire, match, wasCurrent == current, clock);
        const nlohmann::json fields = entityrows::hire(*hire, pathwayUuid, current);
        if (match)
            recorder::patch(db, clock, "hire", hire->record.uuid, fields);
        else
            recorder::put(db, clock, "hire", hire->record.uuid, fields);
        hire->record.id = rowstore::idOf(db, "hires", hire->record.uuid).value_or(0);
    }
}

nlohmann::json entityRow(Database& db, const Pathway& pathway)
{
    return entityrows::pathway(pathway, rowstore::uuidOf(db, "participants", pathway.participantId),
                               rowstore::uuidOf(db, "referents", pathway.referentId));
}

// Binds the pathway's own fields from parameter 1 on (participant_id ... external_id).
void bindFields(SQLite::Statement& statement, const Pathway& p)
{
    statement.bind(1, p.participantId);
    statement.bind(2, p.referentId);
    rows::bindDate(statement, 3, p.entryDate);
    rows::bindCode(statement, 4, p.situation.education);
    rows::bindFlag(statement, 5, p.situation.rsa);
    rows::bindFlag(statement, 6, p.situation.deld);
    rows::bindFlag(statement, 7, p.situation.rqth);
    rows::bindFlag(statement, 8, p.situation.otherDifficulty);
    if (p.exit) {
        rows::bindDate(statement, 9, p.exit->date);
        rows::bindCode(statement, 10, p.exit->reason);
    } else {
        statement.bind(9);
        statement.bind(10);
    }
    rows::bindExternalId(statement, 11, p.record.externalId);
}

} // namespace

void inserts::pathway(Database& db, const Clock& clock, Pathway& pathway)
{
    auto insert = db.statement(
        "INSERT INTO pathways (participant_id, referent_id, entry_date, education_level, rsa, deld, rqth,"
        " other_difficulty, exit_date, exit_reason, external_id, uuid, created_at, updated_at, age_at_entry)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    bindFields(*insert, pathway);
    insert->bind(12, pathway.record.uuid);
    insert->bind(13, pathway.record.createdAt);
    insert->bind(14, pathway.record.updatedAt);
    if (pathway.ageAtEntry)
        insert->bind(15, *pathway.ageAtEntry);
    else
        insert->bind(15);
    insert->exec();
    pathway.record.id = db.sql().getLastInsertRowid();
    insertChildren(db, clock, pathway);
}

void PathwayRepository::add(Pathway& pathway)
{
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        Pathway stored = pathway;
        stored.record = rows::stamped(pathway.record, m_clock);
        checkBeforeWriting(m_db, m_clock, stored);
        recorder::put(m_db, m_clock, "pathway", stored.record.uuid, entityRow(m_db, stored));
        stored.record.id = rowstore::idOf(m_db, "pathways", stored.record.uuid).value_or(0);
        writeChildren(m_db, m_clock, stored, Pathway{});
        transaction.commit();
        pathway = std::move(stored);
    });
}

void PathwayRepository::update(Pathway& pathway)
{
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        std::optional<Pathway> before = pathways::loadRow(m_db, pathway.record.id);
        if (!before)
            throwUnknown(pathway.record.id);
        pathways::loadChildren(m_db, *before);
        Pathway stored = pathway;
        stored.record.uuid = before->record.uuid;
        stored.record.createdAt = before->record.createdAt;
        stored.record.updatedAt = m_clock.nowUtc();
        checkBeforeWriting(m_db, m_clock, stored);
        recorder::patch(m_db, m_clock, "pathway", stored.record.uuid, entityRow(m_db, stored));
        writeChildren(m_db, m_clock, stored, *before);
        transaction.commit();
        pathway = std::move(stored);
    });
}

void PathwayRepository::remove(RowId id)
{
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        const std::string uuid = rowstore::uuidOf(m_db, "pathways", id);
        if (uuid.empty())
            throwUnknown(id);
        auto children = m_db.statement(
            "SELECT 'contact', uuid FROM contacts WHERE pathway_id = ?1 UNION ALL SELECT 'barrier', uuid FROM barriers"
            " WHERE pathway_id = ?1 UNION ALL SELECT 'step', uuid FROM steps WHERE pathway_id = ?1"
            " UNION ALL SELECT 'hold', uuid FROM holds WHERE pathway_id = ?1"
            " UNION ALL SELECT 'hire', uuid FROM hires WHERE pathway_id = ?1"
            " UNION ALL SELECT 'action', uuid FROM actions WHERE pathway_id = ?1");
        children->bind(1, id);
        std::vector<std::pair<std::string, std::string>> rowsToDelete;
        while (children->executeStep())
            rowsToDelete.emplace_back(children->getColumn(0).getString(), children->getColumn(1).getString());
        for (const auto& [entity, rowUuid] : rowsToDelete)
            recorder::remove(m_db, m_clock, entity, rowUuid);
        recorder::remove(m_db, m_clock, "pathway", uuid);
        transaction.commit();
    });
}

std::optional<Pathway> PathwayRepository::find(RowId id)
{
    return rows::guarded(m_db, [&] {
        std::optional<Pathway> pathway = pathways::loadRow(m_db, id);
        if (pathway)
            pathways::loadChildren(m_db, *pathway);
        return pathway;
    });
}

std::optional<Pathway> PathwayRepository::findByExternalId(const std::string& externalId)
{
    return rows::guarded(m_db, [&] {
        std::optional<Pathway> pathway = pathways::loadRowByExternalId(m_db, externalId);
        if (pathway)
            pathways::loadChildren(m_db, *pathway);
        return pathway;
    });
}

std::vector<Pathway> PathwayRepository::forParticipant(RowId participantId)
{
    return rows::guarded(m_db, [&] { return pathways::loadForParticipant(m_db, participantId); });
}

std::vector<Pathway> PathwayRepository::all()
{
    return rows::guarded(m_db, [&] { return pathways::loadAll(m_db); });
}

} // namespace parcours
