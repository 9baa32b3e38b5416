// Rules of a pathway: age at entry, order of entry, hire and exit, holds, earlier hires,
// and the pathways of one person that never overlap.
#include "domain/Rules.h"

#include "domain/Retention.h"

#include <algorithm>

namespace parcours {

namespace {

std::string fr(const Date& date)
{
    return toFrenchDate(date);
}

bool overlap(const Date& startA, const std::optional<Date>& endA, const Date& startB, const std::optional<Date>& endB)
{
    const bool aBeforeB = endA && *endA < startB;
    const bool bBeforeA = endB && *endB < startA;
    return !aBeforeB && !bBeforeA;
}

void checkHireJob(const Hire& hire, Violations& violations)
{
    if (!isNafSection(hire.nafSection))
        violations.push_back({"naf_section", "La section NAF doit être une lettre de A à U."});
}

} // namespace

Violations checkPathway(const Pathway& pathway, const Participant& participant)
{
    Violations violations;
    const int age = ageAtEntry(pathway, participant);
    if (age < kMinimumAgeAtEntry || age > kMaximumAgeAtEntry) {
        violations.push_back({"entry_date", "La personne a " + std::to_string(age) + " ans à l'entrée du "
                                                + fr(pathway.entryDate) + " : l'âge à l'entrée doit être de "
                                                + std::to_string(kMinimumAgeAtEntry) + " à "
                                                + std::to_string(kMaximumAgeAtEntry) + " ans."});
    }
    if (pathway.currentHire) {
        const Hire& hire = *pathway.currentHire;
        if (hire.hireDate < pathway.entryDate)
            violations.push_back({"hire_date", "L'embauche du " + fr(hire.hireDate) + " précède l'entrée du "
                                                   + fr(pathway.entryDate) + "."});
        checkHireJob(hire, violations);
    }
    if (pathway.exit) {
        const PathwayExit& exit = *pathway.exit;
        if (exit.date < pathway.entryDate)
            violations.push_back(
                {"exit_date", "La sortie du " + fr(exit.date) + " précède l'entrée du " + fr(pathway.entryDate) + "."});
        else if (pathway.currentHire && exit.date < pathway.currentHire->hireDate)
            violations.push_back({"exit_date", "La sortie du " + fr(exit.date) + " précède l'embauche du "
                                                   + fr(pathway.currentHire->hireDate) + "."});
        if (exit.reason == ExitReason::EmploiDurable && !pathway.currentHire)
            violations.push_back({"exit_reason", "Une sortie en emploi durable demande une embauche "
                                                 "(date, type de contrat, employeur et section NAF)."});
    }
    if (pathway.entryValidation == EntryValidation::Refused && pathway.entryValidationNote.empty())
        violations.push_back({"entry_validation_note", "Une entrée refusée demande le motif du refus."});
    else if (pathway.entryValidation != EntryValidation::Refused && !pathway.entryValidationNote.empty())
        violations.push_back({"entry_validation_note", "Seule une entrée refusée porte un motif de refus."});
    return violations;
}

Violations checkPathwayAmongOthers(const Pathway& pathway, const std::vector<Pathway>& others)
{
    Violations violations;
    const auto exitOf = [](const Pathway& p) -> std::optional<Date> {
        return p.exit ? std::optional<Date>(p.exit->date) : std::nullopt;
    };
    for (const Pathway& other : others) {
        if (pathway.record.id != 0 && other.record.id == pathway.record.id)
            continue;
        if (pathway.isOpen() && other.isOpen()) {
            violations.push_back({"exit_date", "Cette personne a déjà un parcours en cours, entré le "
                                                   + fr(other.entryDate)
                                                   + " : un seul parcours sans sortie est possible."});
        } else if (overlap(pathway.entryDate, exitOf(pathway), other.entryDate, exitOf(other))) {
            std::string span = "du " + fr(other.entryDate);
            span += other.exit ? " au " + fr(other.exit->date) : std::string(", toujours en cours");
            violations.push_back({"entry_date", "Ce parcours chevauche un autre parcours de la personne (" + span
                                                    + ") : un nouveau parcours commence au plus tôt le "
                                                      "lendemain de la sortie du précédent."});
        }
    }
    return violations;
}

Violations checkHold(const Hold& hold, const Pathway& pathway)
{
    Violations violations;
    if (hold.start < pathway.entryDate)
        violations.push_back({"start_date", "La veille du " + fr(hold.start) + " commence avant l'entrée du "
                                                + fr(pathway.entryDate) + "."});
    if (hold.end && *hold.end < hold.start)
        violations.push_back(
            {"end_date", "La fin de veille du " + fr(*hold.end) + " précède son début du " + fr(hold.start) + "."});
    return violations;
}

Violations checkHoldsTogether(const std::vector<Hold>& holds)
{
    Violations violations;
    std::vector<const Hold*> sorted;
    for (const Hold& hold : holds)
        sorted.push_back(&hold);
    std::sort(sorted.begin(), sorted.end(), [](const Hold* a, const Hold* b) { return a->start < b->start; });
    const auto open = std::count_if(holds.begin(), holds.end(), [](const Hold& h) { return !h.end; });
    if (open > 1)
        violations.push_back({"end_date", "Un parcours ne peut avoir qu'une période de veille en cours."});
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        const Hold& previous = *sorted[i - 1];
        const Hold& hold = *sorted[i];
        if (overlap(previous.start, previous.end, hold.start, hold.end)) {
            const std::string until = previous.end ? " au " + fr(*previous.end) : std::string(", toujours en cours");
            violations.push_back({"start_date", "La veille du " + fr(hold.start)
                                                    + " chevauche la veille précédente, du " + fr(previous.start)
                                                    + until + "."});
        }
    }
    return violations;
}

Violations checkEarlierHire(const Hire& hire, const Pathway& pathway)
{
    Violations violations;
    if (hire.hireDate < pathway.entryDate)
        violations.push_back({"hire_date", "L'embauche du " + fr(hire.hireDate) + " précède l'entrée du "
                                               + fr(pathway.entryDate) + "."});
    if (!hire.endDate)
        violations.push_back({"end_date", "Une embauche rompue doit avoir une date de fin."});
    else if (*hire.endDate < hire.hireDate)
        violations.push_back({"end_date", "La fin du contrat, le " + fr(*hire.endDate) + ", précède l'embauche du "
                                              + fr(hire.hireDate) + "."});
    checkHireJob(hire, violations);
    return violations;
}

Violations checkPathwayWhole(const Pathway& pathway, const Participant& participant)
{
    Violations violations = checkPathway(pathway, participant);
    const auto append = [&violations](Violations more) {
        violations.insert(violations.end(), more.begin(), more.end());
    };
    for (const Hold& hold : pathway.holds)
        append(checkHold(hold, pathway));
    append(checkHoldsTogether(pathway.holds));
    for (const Hire& hire : pathway.earlierHires)
        append(checkEarlierHire(hire, pathway));
    return violations;
}

} // namespace parcours
