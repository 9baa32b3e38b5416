// Référent.e.s in the `referents` table, found or created by name.
#include "store/ReferentRepository.h"

#include "domain/Rules.h"
#include "store/ChangeRecorder.h"
#include "store/NameCollation.h"
#include "store/RowMapping.h"
#include "store/RowStore.h"
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
        if (std::optional<Referent> known = findByName(wanted))
            return *known;
        Referent referent;
        referent.name = wanted;
        referent.record = rows::stamped({}, m_clock);
        recorder::put(m_db, m_clock, "referent", referent.record.uuid, {{"name", referent.name}});
        referent.record.id = rowstore::idOf(m_db, "referents", referent.record.uuid).value_or(0);
        transaction.commit();
        return referent;
    });
}

std::optional<Referent> ReferentRepository::findByName(const std::string& name)
{
    return rows::guarded(m_db, [&]() -> std::optional<Referent> {
        auto query = m_db.statement(kSelect + " WHERE name = ?1");
        query->bind(1, rows::trimmed(name));
        if (!query->executeStep())
            return std::nullopt;
        return readReferent(*query);
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
