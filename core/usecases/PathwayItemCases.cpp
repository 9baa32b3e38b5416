// Contacts, barriers and steps of a pathway.
#include "usecases/PathwayItemCases.h"

#include "domain/Rules.h"
#include "store/BarrierRepository.h"
#include "store/ContactRepository.h"
#include "store/PathwayRepository.h"
#include "usecases/UseCase.h"

namespace parcours {

Change logContact(Database& db, const Clock& clock, Contact& contact)
{
    throwIfAny(checkContactNotAfter(contact, clock.today()));
    return inOneTransaction(db, [&] { ContactRepository(db, clock).add(contact); });
}

Change editContact(Database& db, const Clock& clock, Contact& contact)
{
    throwIfAny(checkContactNotAfter(contact, clock.today()));
    return inOneTransaction(db, [&] { ContactRepository(db, clock).update(contact); });
}

Change deleteContact(Database& db, const Clock& clock, RowId contactId)
{
    return inOneTransaction(db, [&] { ContactRepository(db, clock).remove(contactId); });
}

Change addBarrier(Database& db, const Clock& clock, Barrier& barrier)
{
    return inOneTransaction(db, [&] { BarrierRepository(db, clock).add(barrier); });
}

Change editBarrier(Database& db, const Clock& clock, Barrier& barrier)
{
    return inOneTransaction(db, [&] { BarrierRepository(db, clock).update(barrier); });
}

Change deleteBarrier(Database& db, const Clock& clock, RowId barrierId)
{
    return inOneTransaction(db, [&] { BarrierRepository(db, clock).remove(barrierId); });
}

Change addStep(Database& db, const Clock& clock, Step& step)
{
    return inOneTransaction(db, [&] { PathwayRepository(db, clock).addStep(step); });
}

Change editStep(Database& db, const Clock& clock, Step& step)
{
    return inOneTransaction(db, [&] { PathwayRepository(db, clock).updateStep(step); });
}

Change deleteStep(Database& db, const Clock& clock, RowId stepId)
{
    return inOneTransaction(db, [&] { PathwayRepository(db, clock).removeStep(stepId); });
}

} // namespace parcours
