// Référent.e.s in the `referents` table, found or created by name.
#include "store/ReferentRepository.h"

#include "domain/Rules.h"
#include "store/NameCollation.h"
#include "store/RowMapping.h"
#include "store/Transaction.h"

namespace parcours {

namespace {

const std::string kSelect = std::string("SELECT ") + rows::kIdentityColumns + ", name FROM referents";

Referent readReferent(const SQLite::Statement& row)
{
    Referent r;
    r.record = rows::identity(row);
    r.name = rows::text(row.getColumn(rows::kIdentityColumnCount));
    return r;
}

} // namespace

Referent ReferentRepository::findOrCreate(const std::string& name)
{
    const std::string wanted = rows::trimmed(name);
    if (wanted.empty())
        throw RuleError(Violations{{"referent", "Le nom du ou de la référent.e est vide."}});
    return rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        {
            auto query = m_db.statement(kSelect + " WHERE name = ?1");
            query->bind(1, wanted);
            if (query->executeStep())
                return readReferent(*query);
        }
        Referent referent;
        referent.name = wanted;
        referent.record = rows::stamped({}, m_clock);
        auto insert =
            m_db.statement("INSERT INTO referents (uuid, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?4)");
        insert->bind(1, referent.record.uuid);
        insert->bind(2, referent.name);
        insert->bind(3, referent.record.createdAt);
        insert->bind(4, referent.record.updatedAt);
        insert->exec();
        referent.record.id = m_db.sql().getLastInsertRowid();
        transaction.commit();
        return referent;
    });
}

std::optional<Referent> ReferentRepository::find(RowId id)
{
    return rows::guarded(m_db, [&]() -> std::optional<Referent> {
        auto query = m_db.statement(kSelect + " WHERE id = ?1");
        query->bind(1, id);
        if (!query->executeStep())
            return std::nullopt;
        return readReferent(*query);
    });
}

std::vector<Referent> ReferentRepository::all()
{
    return rows::guarded(m_db, [&] {
        std::vector<Referent> result;
        auto query = m_db.statement(kSelect + " ORDER BY name COLLATE " + kNameCollation + ", id");
        while (query->executeStep())
            result.push_back(readReferent(*query));
        return result;
    });
}

} // namespace parcours
