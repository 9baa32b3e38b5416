// The PLIE's settings: the single row of `plie_settings`.
#include "store/PlieSettingsRepository.h"

#include "store/RowMapping.h"
#include "store/Transaction.h"

namespace parcours {

PlieSettings PlieSettingsRepository::get()
{
    return rows::guarded(m_db, [&] {
        PlieSettings settings;
        auto query = m_db.statement("SELECT name, code FROM plie_settings WHERE id = 1");
        if (query->executeStep()) {
            settings.name = rows::text(query->getColumn(0));
            settings.code = rows::text(query->getColumn(1));
        }
        return settings;
    });
}

void PlieSettingsRepository::set(const PlieSettings& settings)
{
    const SystemClock systemClock;
    const Clock& clock = m_clock ? *m_clock : systemClock;
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        const RecordIdentity record = rows::stamped({}, clock);
        // The UUID and creation instant are those of the first set, kept afterwards.
        auto upsert = m_db.statement(
            "INSERT INTO plie_settings (id, uuid, name, code, created_at, updated_at) VALUES (1, ?1, ?2, ?3, ?4, ?4)"
            " ON CONFLICT (id) DO UPDATE SET name = excluded.name, code = excluded.code,"
            " updated_at = excluded.updated_at");
        upsert->bind(1, record.uuid);
        upsert->bind(2, settings.name);
        upsert->bind(3, settings.code);
        upsert->bind(4, record.createdAt);
        upsert->exec();
        transaction.commit();
    });
}

} // namespace parcours
