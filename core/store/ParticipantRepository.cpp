// Participants in the `participants` table.
#include "store/ParticipantRepository.h"

#include "domain/Rules.h"
#include "store/ChangeRecorder.h"
#include "store/EntityRows.h"
#include "store/NameCollation.h"
#include "store/PathwayRepository.h"
#include "store/PathwayRows.h"
#include "store/RowInserts.h"
#include "store/RowMapping.h"
#include "store/RowStore.h"
#include "store/Transaction.h"

#include <algorithm>

namespace parcours {

namespace {

const std::string kSelect = std::string("SELECT ") + rows::kIdentityColumns
                            + ", last_name, first_name, birth_date, sex, postcode, city, qpv, phone, email,"
                              " france_travail_id, information_date, archived FROM participants";

Participant readParticipant(const SQLite::Statement& row)
{
    Participant p;
    p.record = rows::identity(row);
    int c = rows::kIdentityColumnCount;
    p.lastName = rows::text(row.getColumn(c++));
    p.firstName = rows::text(row.getColumn(c++));
    p.birthDate = rows::date(row.getColumn(c++));
    p.sex = rows::code<Sex>(row.getColumn(c++));
    p.postcode = rows::text(row.getColumn(c++));
    p.city = rows::text(row.getColumn(c++));
    p.qpv = rows::flag(row.getColumn(c++));
    p.phone = rows::text(row.getColumn(c++));
    p.email = rows::text(row.getColumn(c++));
    p.franceTravailId = rows::text(row.getColumn(c++));
    p.informationDate = rows::optionalDate(row.getColumn(c++));
    p.archived = rows::flag(row.getColumn(c));
    return p;
}

// Binds the person's fields from parameter 1 on (last_name ... france_travail_id, external_id,
// information_date).
void bindFields(SQLite::Statement& statement, const Participant& p)
{
    statement.bind(1, p.lastName);
    statement.bind(2, p.firstName);
    rows::bindDate(statement, 3, p.birthDate);
    rows::bindCode(statement, 4, p.sex);
    statement.bind(5, p.postcode);
    statement.bind(6, p.city);
    rows::bindFlag(statement, 7, p.qpv);
    statement.bind(8, p.phone);
    statement.bind(9, p.email);
    statement.bind(10, p.franceTravailId);
    rows::bindExternalId(statement, 11, p.record.externalId);
    rows::bindOptionalDate(statement, 12, p.informationDate);
}

void checkExternalId(Database& db, const Participant& p)
{
    if (rows::externalIdTaken(db, "participants", p.record.externalId, p.record.id))
        throw RuleError(Violations{{"participant_id", "L'identifiant « " + p.record.externalId
                                                          + " » est déjà celui d'un.e autre participant.e."}});
}

[[noreturn]] void throwUnknown(RowId id)
{
    throw StoreError("La ou le participant.e n° " + std::to_string(id) + " n'existe pas.");
}

// The rules a change of the person breaks in their stored pathways (the age at each
// entry): those that did not hold with the stored person already.
Violations newPathwayViolations(Database& db, const Participant& before, const Participant& after)
{
    Violations added;
    for (const Pathway& pathway : pathways::loadForParticipant(db, after.record.id)) {
        const Violations old = checkPathway(pathway, before);
        for (const RuleViolation& v : checkPathway(pathway, after)) {
            const bool known = std::any_of(old.begin(), old.end(), [&](const RuleViolation& o) {
                return o.field == v.field && o.message == v.message;
            });
            // The person's form is what changed: its birth date is the field to correct.
            if (!known)
                added.push_back({"birth_date", v.message});
        }
    }
    return added;
}

} // namespace

void inserts::participant(Database& db, Participant& p)
{
    auto insert = db.statement(
        "INSERT INTO participants (last_name, first_name, birth_date, sex, postcode, city, qpv, phone, email,"
        " france_travail_id, external_id, information_date, uuid, created_at, updated_at, archived)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    bindFields(*insert, p);
    insert->bind(13, p.record.uuid);
    insert->bind(14, p.record.createdAt);
    insert->bind(15, p.record.updatedAt);
    rows::bindFlag(*insert, 16, p.archived);
    insert->exec();
    p.record.id = db.sql().getLastInsertRowid();
}

void ParticipantRepository::add(Participant& participant)
{
    throwIfAny(checkParticipant(participant));
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        Participant stored = participant;
        stored.record = rows::stamped(participant.record, m_clock);
        checkExternalId(m_db, stored);
        recorder::put(m_db, m_clock, "participant", stored.record.uuid, entityrows::participant(stored));
        stored.record.id = rowstore::idOf(m_db, "participants", stored.record.uuid).value_or(0);
        transaction.commit();
        participant.record = stored.record;
    });
}

void ParticipantRepository::update(Participant& participant)
{
    throwIfAny(checkParticipant(participant));
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        const std::optional<Participant> before = find(participant.record.id);
        if (!before)
            throwUnknown(participant.record.id);
        Participant stored = participant;
        stored.record.uuid = before->record.uuid;
        stored.record.createdAt = before->record.createdAt;
        stored.record.updatedAt = m_clock.nowUtc();
        checkExternalId(m_db, stored);
        throwIfAny(newPathwayViolations(m_db, *before, stored));
        recorder::patch(m_db, m_clock, "participant", stored.record.uuid, entityrows::participant(stored));
        transaction.commit();
        participant.record = stored.record;
    });
}

void ParticipantRepository::remove(RowId id)
{
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        const std::string uuid = rowstore::uuidOf(m_db, "participants", id);
        if (uuid.empty())
            throwUnknown(id);
        // Row by row, each with its operation: each pathway with what hangs from it, then the person.
        std::vector<RowId> pathwayIds;
        {
            auto query = m_db.statement("SELECT id FROM pathways WHERE participant_id = ?1 ORDER BY entry_date, id");
            query->bind(1, id);
            while (query->executeStep())
                pathwayIds.push_back(query->getColumn(0).getInt64());
        }
        for (const RowId pathwayId : pathwayIds)
            PathwayRepository(m_db, m_clock).remove(pathwayId);
        recorder::remove(m_db, m_clock, "participant", uuid);
        transaction.commit();
    });
}

std::optional<Participant> ParticipantRepository::find(RowId id)
{
    return rows::guarded(m_db, [&]() -> std::optional<Participant> {
        auto query = m_db.statement(kSelect + " WHERE id = ?1");
        query->bind(1, id);
        if (!query->executeStep())
            return std::nullopt;
        return readParticipant(*query);
    });
}

std::optional<Participant> ParticipantRepository::findByUuid(const std::string& uuid)
{
    return rows::guarded(m_db, [&]() -> std::optional<Participant> {
        auto query = m_db.statement(kSelect + " WHERE uuid = ?1");
        query->bind(1, uuid);
        if (!query->executeStep())
            return std::nullopt;
        return readParticipant(*query);
    });
}

std::optional<Participant> ParticipantRepository::findByExternalId(const std::string& externalId)
{
    return rows::guarded(m_db, [&]() -> std::optional<Participant> {
        if (externalId.empty())
            return std::nullopt;
        auto query = m_db.statement(kSelect + " WHERE external_id = ?1");
        query->bind(1, externalId);
        if (!query->executeStep())
            return std::nullopt;
        return readParticipant(*query);
    });
}

std::vector<Participant> ParticipantRepository::all()
{
    return rows::guarded(m_db, [&] {
        std::vector<Participant> result;
        auto query = m_db.statement(kSelect + " ORDER BY last_name COLLATE " + kNameCollation + ", first_name COLLATE "
                                    + kNameCollation + ", id");
        while (query->executeStep())
            result.push_back(readParticipant(*query));
        return result;
    });
}

int ParticipantRepository::count()
{
    return rows::guarded(m_db, [&] {
        auto query = m_db.statement("SELECT count(*) FROM participants");
        query->executeStep();
        return query->getColumn(0).getInt();
    });
}

} // namespace parcours
