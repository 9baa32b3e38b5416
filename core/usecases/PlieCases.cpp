// The PLIE's identity.
#include "usecases/PlieCases.h"

#include "store/PlieSettingsRepository.h"
#include "usecases/UseCase.h"

namespace parcours {

Change setPlieIdentity(Database& db, const Clock& clock, const PlieSettings& settings)
{
    return inOneTransaction(db, [&] { PlieSettingsRepository(db, clock).set(settings); });
}

} // namespace parcours
