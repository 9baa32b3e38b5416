// The contacts journal (entretiens) in the `contacts` table.
#include "store/ContactRepository.h"

#include "domain/Rules.h"
#include "store/ChangeRecorder.h"
#include "store/EntityRows.h"
#include "store/PathwayRows.h"
#include "store/RowInserts.h"
#include "store/RowMapping.h"
#include "store/RowStore.h"
#include "store/Transaction.h"

namespace parcours {

namespace {

const std::string kSelect =
    std::string("SELECT ") + rows::kIdentityColumns + ", pathway_id, contact_date, mode, note FROM contacts";

Contact readContact(const SQLite::Statement& row)
{
    Contact c;
    c.record = rows::identity(row);
    int i = rows::kIdentityColumnCount;
    c.pathwayId = row.getColumn(i++).getInt64();
    c.date = rows::date(row.getColumn(i++));
    c.mode = rows::code<ContactMode>(row.getColumn(i++));
    c.note = rows::text(row.getColumn(i));
    return c;
}

[[noreturn]] void throwUnknown(RowId id)
{
    throw StoreError("L'entretien n° " + std::to_string(id) + " n'existe pas.");
}

void checkBeforeWriting(Database& db, const Contact& contact)
{
    const std::optional<Pathway> pathway = pathways::loadRow(db, contact.pathwayId);
    if (!pathway)
        throw RuleError(
            Violations{{"parcours_id", "Le parcours n° " + std::to_string(contact.pathwayId) + " n'existe pas."}});
    throwIfAny(checkContact(contact, *pathway));
}

// Binds the contact's fields from parameter 1 on (pathway_id ... external_id).
void bindFields(SQLite::Statement& statement, const Contact& c)
{
    statement.bind(1, c.pathwayId);
    rows::bindDate(statement, 2, c.date);
    rows::bindCode(statement, 3, c.mode);
    statement.bind(4, c.note);
    rows::bindExternalId(statement, 5, c.record.externalId);
}

nlohmann::json entityRow(Database& db, const Contact& contact)
{
    return entityrows::contact(contact, rowstore::uuidOf(db, "pathways", contact.pathwayId));
}

} // namespace

void inserts::contact(Database& db, Contact& contact)
{
    auto insert = db.statement(
        "INSERT INTO contacts (pathway_id, contact_date, mode, note, external_id, uuid, created_at, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    bindFields(*insert, contact);
    insert->bind(6, contact.record.uuid);
    insert->bind(7, contact.record.createdAt);
    insert->bind(8, contact.record.updatedAt);
    insert->exec();
    contact.record.id = db.sql().getLastInsertRowid();
}

void ContactRepository::add(Contact& contact)
{
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        Contact stored = contact;
        stored.record = rows::stamped(contact.record, m_clock);
        checkBeforeWriting(m_db, stored);
        recorder::put(m_db, m_clock, "contact", stored.record.uuid, entityRow(m_db, stored));
        stored.record.id = rowstore::idOf(m_db, "contacts", stored.record.uuid).value_or(0);
        transaction.commit();
        contact = std::move(stored);
    });
}

void ContactRepository::update(Contact& contact)
{
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        const std::optional<Contact> before = find(contact.record.id);
        if (!before)
            throwUnknown(contact.record.id);
        Contact stored = contact;
        stored.record.uuid = before->record.uuid;
        stored.record.createdAt = before->record.createdAt;
        stored.record.updatedAt = m_clock.nowUtc();
        checkBeforeWriting(m_db, stored);
        recorder::patch(m_db, m_clock, "contact", stored.record.uuid, entityRow(m_db, stored));
        transaction.commit();
        contact = std::move(stored);
    });
}

void ContactRepository::remove(RowId id)
{
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        const std::string uuid = rowstore::uuidOf(m_db, "contacts", id);
        if (uuid.empty())
            throwUnknown(id);
        recorder::remove(m_db, m_clock, "contact", uuid);
        transaction.commit();
    });
}

std::optional<Contact> ContactRepository::find(RowId id)
{
    return rows::guarded(m_db, [&]() -> std::optional<Contact> {
        auto query = m_db.statement(kSelect + " WHERE id = ?1");
        query->bind(1, id);
        if (!query->executeStep())
            return std::nullopt;
        return readContact(*query);
    });
}

std::vector<Contact> ContactRepository::forPathway(RowId pathwayId)
{
    return rows::guarded(m_db, [&] {
        std::vector<Contact> result;
        auto query = m_db.statement(kSelect + " WHERE pathway_id = ?1 ORDER BY contact_date DESC, id DESC");
        query->bind(1, pathwayId);
        while (query->executeStep())
            result.push_back(readContact(*query));
        return result;
    });
}

std::vector<Contact> ContactRepository::all()
{
    return rows::guarded(m_db, [&] {
        std::vector<Contact> result;
        auto query = m_db.statement(kSelect + " ORDER BY id");
        while (query->executeStep())
            result.push_back(readContact(*query));
        return result;
    });
}

} // namespace parcours
