// Rules of a barrier (frein): identified within the pathway, lifted with a date.
#include "domain/Rules.h"

namespace parcours {

Violations checkBarrier(const Barrier& barrier, const Pathway& pathway)
{
    Violations violations;
    if (barrier.identifiedDate < pathway.entryDate)
        violations.push_back({"identified_date", "Le frein est identifié le " + toFrenchDate(barrier.identifiedDate)
                                                     + ", avant l'entrée en parcours du "
                                                     + toFrenchDate(pathway.entryDate) + "."});
    const bool lifted = barrier.status == BarrierStatus::Leve;
    if (lifted && !barrier.liftedDate)
        violations.push_back({"lifted_date", "Un frein levé doit avoir sa date de levée."});
    if (!lifted && barrier.liftedDate)
        violations.push_back({"lifted_date", "Seul un frein levé a une date de levée."});
    if (barrier.liftedDate && *barrier.liftedDate < barrier.identifiedDate)
        violations.push_back({"lifted_date", "La levée du " + toFrenchDate(*barrier.liftedDate)
                                                 + " précède l'identification du frein, le "
                                                 + toFrenchDate(barrier.identifiedDate) + "."});
    return violations;
}

} // namespace parcours
