// Archiving: erasing what identifies a person, keeping what the consolidation counts.
#include "usecases/ArchiveCases.h"

#include "domain/Retention.h"
#include "store/Database.h"
#include "store/RowMapping.h"
#include "store/Transaction.h"
#include "store/Uuid.h"

#include <SQLiteCpp/Statement.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <utility>

namespace parcours {

namespace {

// The free texts of the records of a file: the entity as operations name it, its table, and the
// fields (column and operation field alike).
struct FreeTexts {
    const char* entity;
    const char* table;
    std::vector<const char*> fields;
};

const std::vector<FreeTexts> kFreeTexts{
    {"pathway", "pathways", {"entry_validation_note"}},
    {"hire", "hires", {"end_reason", "employer_name", "employer_contact"}},
    {"hold", "holds", {"reason"}},
    {"step", "steps", {"label"}},
    {"contact", "contacts", {"note"}},
    {"action", "actions", {"note"}},
};

// The participant's contact details, erased with the names and the birth date.
const std::vector<const char*> kContactFields{"postcode", "city", "phone", "email", "france_travail_id"};

// The fields emptied in the values of an operation about `entity`.
const std::vector<const char*>* erasedTextFields(const std::string& entity)
{
    if (entity == "participant")
        return &kContactFields;
    for (const FreeTexts& texts : kFreeTexts) {
        if (entity == texts.entity)
            return &texts.fields;
    }
    return nullptr;
}

// "a = '', b = ''": the SET clause that empties `fields`.
std::string emptied(const std::vector<const char*>& fields)
{
    std::string set;
    for (const char* field : fields)
        set += std::string(set.empty() ? "" : ", ") + field + " = ''";
    return set;
}

// The values an operation of the archived file holds instead of the erased ones.
void eraseFields(nlohmann::json& values, const std::string& entity, const std::string& externalId)
{
    if (!values.is_object())
        return;
    if (entity == "participant") {
        for (const char* name : {"last_name", "first_name"}) {
            if (values.contains(name))
                values[name] = kArchivedName;
        }
        if (values.contains("birth_date"))
            values["birth_date"] = toIsoDate(archivedBirthDate());
        if (values.contains("participant_id") && !values["participant_id"].is_null())
            values["participant_id"] = externalId;
    }
    const std::vector<const char*>* fields = erasedTextFields(entity);
    if (!fields)
        return;
    for (const char* name : *fields) {
        if (values.contains(name) && values[name].is_string())
            values[name] = "";
    }
}

void rewriteOperations(Database& db, const std::string& participantUuid, const std::string& externalId)
{
    struct Rewrite {
        std::int64_t seq;
        std::optional<std::string> data;
        std::optional<std::string> before;
    };
    std::vector<Rewrite> rewrites;
    std::set<std::string> rows;
    {
        SQLite::Statement query(db.sql(), "SELECT seq, entity, row_uuid, data, before FROM operations WHERE file = ?1");
        query.bind(1, participantUuid);
        while (query.executeStep()) {
            const std::string entity = query.getColumn(1).getString();
            rows.insert(query.getColumn(2).getString());
            Rewrite rewrite{query.getColumn(0).getInt64(), std::nullopt, std::nullopt};
            for (int column : {3, 4}) {
                if (query.getColumn(column).isNull())
                    continue;
                nlohmann::json values = nlohmann::json::parse(query.getColumn(column).getString());
                eraseFields(values, entity, externalId);
                (column == 3 ? rewrite.data : rewrite.before) = values.dump();
            }
            rewrites.push_back(std::move(rewrite));
        }
    }
    SQLite::Statement update(db.sql(), "UPDATE operations SET data = ?2, before = ?3 WHERE seq = ?1");
    for (const Rewrite& rewrite : rewrites) {
        update.bind(1, rewrite.seq);
        if (rewrite.data)
            update.bind(2, *rewrite.data);
        else
            update.bind(2);
        if (rewrite.before)
            update.bind(3, *rewrite.before);
        else
            update.bind(3);
        update.exec();
        update.reset();
    }
    // A conflict about one of these rows holds the operation as it came, erased values included.
    SQLite::Statement conflicts(db.sql(), "DELETE FROM conflicts WHERE row_uuid = ?1");
    for (const std::string& row : rows) {
        conflicts.bind(1, row);
        conflicts.exec();
        conflicts.reset();
    }
}

void keepAgesAtEntry(Database& db, RowId participantId)
{
    std::vector<std::pair<std::int64_t, int>> ages;
    {
        SQLite::Statement query(db.sql(), "SELECT w.id, w.entry_date, p.birth_date FROM pathways w"
                                          " JOIN participants p ON p.id = w.participant_id"
                                          " WHERE w.participant_id = ?1 AND w.age_at_entry IS NULL");
        query.bind(1, participantId);
        while (query.executeStep()) {
            const Date entry = rows::date(query.getColumn(1));
            const Date birth = rows::date(query.getColumn(2));
            // The rules keep ages at entry from 16 to 99; a value outside (an old import) is
            // brought to the nearest bound, which stays in the same age band.
            ages.emplace_back(query.getColumn(0).getInt64(), std::clamp(ageAt(birth, entry), 16, 99));
        }
    }
    SQLite::Statement update(db.sql(), "UPDATE pathways SET age_at_entry = ?2 WHERE id = ?1");
    for (const auto& [pathway, age] : ages) {
        update.bind(1, pathway);
        update.bind(2, age);
        update.exec();
        update.reset();
    }
}

void eraseIdentityRow(Database& db, const Clock& clock, RowId participantId, const std::string& externalId)
{
    SQLite::Statement update(db.sql(), "UPDATE participants SET last_name = ?2, first_name = ?2, birth_date = ?3, "
                                           + emptied(kContactFields)
                                           + ", external_id = ?4, archived = 1, updated_at = ?5 WHERE id = ?1");
    update.bind(1, participantId);
    update.bind(2, kArchivedName);
    update.bind(3, toIsoDate(archivedBirthDate()));
    update.bind(4, externalId);
    update.bind(5, clock.nowUtc());
    update.exec();
    for (const FreeTexts& texts : kFreeTexts) {
        const std::string table = texts.table;
        const std::string owner = table == "pathways"
                                      ? "participant_id = ?1"
                                      : "pathway_id IN (SELECT id FROM pathways WHERE participant_id = ?1)";
        SQLite::Statement erase(db.sql(), "UPDATE " + table + " SET " + emptied(texts.fields) + " WHERE " + owner);
        erase.bind(1, participantId);
        erase.exec();
    }
}

// secure_delete on for the connection while it archives: SQLite overwrites with zeros the
// content it deletes or replaces, so that the erased values do not stay in free space.
class SecureDelete {
public:
    explicit SecureDelete(Database& db) : m_db(db)
    {
        m_previous = m_db.sql().execAndGet("PRAGMA secure_delete").getInt();
        m_db.sql().exec("PRAGMA secure_delete = ON");
    }
    ~SecureDelete()
    {
        try {
            m_db.sql().exec("PRAGMA secure_delete = " + std::to_string(m_previous));
        } catch (...) { // the connection keeps it on: safer, not wrong
        }
    }
    SecureDelete(const SecureDelete&) = delete;
    SecureDelete& operator=(const SecureDelete&) = delete;

private:
    Database& m_db;
    int m_previous = 0;
};

} // namespace

std::vector<DueFile> archiveFiles(Database& db, const Clock& clock, const Date& day, int months,
                                  const std::vector<DueFile>& files)
{
    return rows::guarded(db, [&] {
        const SecureDelete secure(db);
        std::vector<DueFile> archived;
        {
            Transaction transaction(db);
            // Read again inside the transaction: only what is due now is archived.
            std::set<RowId> dueNow;
            for (const DueFile& file : filesDueForArchiving(db, day, months))
                dueNow.insert(file.participantId);
            for (const DueFile& file : files) {
                if (dueNow.count(file.participantId) == 0)
                    continue;
                const std::string externalId = newUuid();
                keepAgesAtEntry(db, file.participantId);
                eraseIdentityRow(db, clock, file.participantId, externalId);
                rewriteOperations(db, file.uuid, externalId);
                archived.push_back(file);
            }
            transaction.commit();
        }
        // Until a checkpoint the file keeps the pages as they were (the write-ahead log holds
        // the new ones): the log is copied into the file and emptied now.
        if (!archived.empty())
            db.sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        return archived;
    });
}

std::vector<DueFile> archiveDueFiles(Database& db, const Clock& clock, const Date& day, int months)
{
    return archiveFiles(db, clock, day, months, filesDueForArchiving(db, day, months));
}

} // namespace parcours
