// The PLIE's settings: the single row of `plie_settings`.
#include "store/PlieSettingsRepository.h"

#include "store/ChangeRecorder.h"
#include "store/RowMapping.h"
#include "store/RowStore.h"
#include "store/Transaction.h"

namespace parcours {

PlieSettings PlieSettingsRepository::get()
{
    return rows::guarded(m_db, [&] {
        PlieSettings settings;
        auto query = m_db.statement("SELECT name, code, days_without_contact, entries_need_validation, contact,"
                                    " information_notice FROM plie_settings WHERE id = 1");
        if (query->executeStep()) {
            settings.name = rows::text(query->getColumn(0));
            settings.code = rows::text(query->getColumn(1));
            settings.daysWithoutContact = query->getColumn(2).getInt();
            settings.entriesNeedValidation = rows::flag(query->getColumn(3));
            settings.contact = rows::text(query->getColumn(4));
            settings.informationNotice = rows::text(query->getColumn(5));
        }
        return settings;
    });
}

void PlieSettingsRepository::set(const PlieSettings& settings)
{
    write({{"name", settings.name}, {"code", settings.code}});
}

void PlieSettingsRepository::setDaysWithoutContact(int days)
{
    write({{"days_without_contact", days}});
}

void PlieSettingsRepository::setEntriesNeedValidation(bool on)
{
    write({{"entries_need_validation", on ? 1 : 0}});
}

void PlieSettingsRepository::setInformationNotice(const std::string& name, const std::string& contact,
                                                  const std::string& notice)
{
    write({{"name", name}, {"contact", contact}, {"information_notice", notice}});
}

void PlieSettingsRepository::setRetentionMonths(int months)
{
    write({{"retention_months", months}});
}

void PlieSettingsRepository::write(const nlohmann::json& fields)
{
    const SystemClock systemClock;
    const Clock& clock = m_clock ? *m_clock : systemClock;
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        // The UUID and creation instant are those of the first write, kept afterwards.
        const std::string uuid = rowstore::uuidOf(m_db, "plie_settings", 1);
        if (uuid.empty()) {
            const PlieSettings empty;
            nlohmann::json row{{"name", empty.name},
                               {"code", empty.code},
                               {"days_without_contact", empty.daysWithoutContact},
                               {"entries_need_validation", empty.entriesNeedValidation ? 1 : 0}};
            row.update(fields);
            recorder::put(m_db, clock, "plie", rows::stamped({}, clock).uuid, row);
        } else
            recorder::patch(m_db, clock, "plie", uuid, fields);
        transaction.commit();
    });
}

} // namespace parcours
