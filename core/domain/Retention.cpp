// Retention: the limit day, the age at entry, the neutral values of an archived file.
#include "domain/Retention.h"

namespace parcours {

Date archivedBirthDate()
{
    return Date(1900, 1, 1);
}

Date retentionLimit(const Date& day, int months)
{
    return addMonthsClamped(day, -months);
}

int ageAtEntry(const Pathway& pathway, const Participant& person)
{
    if (pathway.ageAtEntry && (person.archived || person.birthDate.is_not_a_date()))
        return *pathway.ageAtEntry;
    return ageAt(person.birthDate, pathway.entryDate);
}

void eraseIdentity(Participant& person)
{
    person.lastName = kArchivedName;
    person.firstName = kArchivedName;
    person.birthDate = archivedBirthDate();
    person.postcode.clear();
    person.city.clear();
    person.phone.clear();
    person.email.clear();
    person.franceTravailId.clear();
    person.archived = true;
}

} // namespace parcours
