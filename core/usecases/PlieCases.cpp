// The PLIE's identity.
#include "usecases/PlieCases.h"

#include "domain/InformationNotice.h"
#include "domain/Rules.h"
#include "store/PlieSettingsRepository.h"
#include "store/RowMapping.h"
#include "usecases/UseCase.h"

#include <string>

namespace parcours {

Change setPlieIdentity(Database& db, const Clock& clock, const PlieSettings& settings)
{
    return inOneTransaction(db, [&] { PlieSettingsRepository(db, clock).set(settings); });
}

Change setDaysWithoutContact(Database& db, const Clock& clock, int days)
{
    if (days < 1 || days > 365)
        throw RuleError(
            Violations{{"days_without_contact",
                        "Le nombre de jours sans entretien doit être entre 1 et 365 (" + std::to_string(days) + ")."}});
    return inOneTransaction(db, [&] { PlieSettingsRepository(db, clock).setDaysWithoutContact(days); });
}

Change setEntriesNeedValidation(Database& db, const Clock& clock, bool on)
{
    return inOneTransaction(db, [&] { PlieSettingsRepository(db, clock).setEntriesNeedValidation(on); });
}

Change setInformationNotice(Database& db, const Clock& clock, const std::string& plieName, const std::string& contact,
                            const std::string& noticeTemplate)
{
    const std::string name = rows::trimmed(plieName);
    if (name.empty())
        throw RuleError(Violations{{"name", "Le nom du PLIE est vide : la notice d'information le nomme."}});
    const std::string notice =
        rows::trimmed(noticeTemplate) == rows::trimmed(defaultInformationNotice()) ? std::string() : noticeTemplate;
    return inOneTransaction(
        db, [&] { PlieSettingsRepository(db, clock).setInformationNotice(name, rows::trimmed(contact), notice); });
}

} // namespace parcours
