// Rules of the steps and contacts of a pathway.
#include "domain/Rules.h"

namespace parcours {

Violations checkStep(const Step& step, const Pathway& pathway)
{
    Violations violations = checkStepDates(step, pathway);
    Violations subtype = checkStepSubtype(step);
    violations.insert(violations.end(), subtype.begin(), subtype.end());
    return violations;
}

Violations checkStepDates(const Step& step, const Pathway& pathway)
{
    Violations violations;
    if (step.start < pathway.entryDate)
        violations.push_back({"start_date", "L'étape commence le " + toFrenchDate(step.start)
                                                + ", avant l'entrée en parcours du " + toFrenchDate(pathway.entryDate)
                                                + "."});
    if (step.end && *step.end < step.start)
        violations.push_back({"end_date", "La fin de l'étape, le " + toFrenchDate(*step.end) + ", précède son début du "
                                              + toFrenchDate(step.start) + "."});
    return violations;
}

Violations checkStepSubtype(const Step& step)
{
    Violations violations;
    if (!subtypeFitsType(step.subtype, step.type)) {
        std::string message;
        if (step.type == StepType::Iae)
            message = "Une étape IAE demande un sous-type : aci, ei, etti, ai, regie_quartier ou geiq.";
        else if (step.type == StepType::Formation)
            message = "Le sous-type d'une formation est l'un de : qualifiante, certifiante, pre_qualifiante, "
                      "linguistique, savoirs_de_base, permis, numerique, autre.";
        else
            message = "Une étape de type « " + std::string(toCode(step.type)) + " » n'a pas de sous-type.";
        violations.push_back({"subtype", message});
    }
    return violations;
}

Violations checkContact(const Contact& contact, const Pathway& pathway)
{
    Violations violations;
    if (contact.date < pathway.entryDate)
        violations.push_back({"date", "L'entretien du " + toFrenchDate(contact.date)
                                          + " précède l'entrée en parcours du " + toFrenchDate(pathway.entryDate)
                                          + "."});
    return violations;
}

Violations checkContactNotAfter(const Contact& contact, const Date& today)
{
    if (contact.date <= today)
        return {};
    return {{"date", "L'entretien est daté du " + toFrenchDate(contact.date)
                         + ", après aujourd'hui : un entretien à venir se note comme une action prévue."}};
}

Violations checkPlannedAction(const PlannedAction& action, const Pathway& pathway)
{
    Violations violations;
    if (action.date < pathway.entryDate)
        violations.push_back({"date", "L'action prévue du " + toFrenchDate(action.date)
                                          + " précède l'entrée en parcours du " + toFrenchDate(pathway.entryDate)
                                          + "."});
    return violations;
}

} // namespace parcours
