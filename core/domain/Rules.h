// The rules of the domain (interchange-csv.md), written once and used by every way in:
// the import, the application's forms and the repositories. Messages are in French.
#pragma once

#include "domain/Barrier.h"
#include "domain/Contact.h"
#include "domain/Participant.h"
#include "domain/Pathway.h"
#include "domain/PlannedAction.h"
#include "domain/Step.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace parcours {

// One broken rule: the field it is about, named as the interchange column
// (entry_date, exit_reason...), and what is wrong, in French.
struct RuleViolation {
    std::string field;
    std::string message;
};
using Violations = std::vector<RuleViolation>;

// Thrown by the store when asked to save something that breaks a rule.
class RuleError : public std::runtime_error {
public:
    explicit RuleError(Violations violations);
    const Violations& violations() const { return m_violations; }

private:
    Violations m_violations;
};

inline constexpr int kMinimumAgeAtEntry = 16;
inline constexpr int kMaximumAgeAtEntry = 99;

// Names present, postcode of five characters (digits; 2A/2B for Corsica).
Violations checkParticipant(const Participant& participant);

// The pathway's own fields: age at entry 16 to 99, hire on or after entry, exit on or
// after entry and hire, emploi_durable only with a hire, a valid NAF section.
Violations checkPathway(const Pathway& pathway, const Participant& participant);

// A pathway against the person's other pathways: never two overlapping (a new one
// starts the day after the previous exit at the earliest), at most one without exit.
Violations checkPathwayAmongOthers(const Pathway& pathway, const std::vector<Pathway>& others);

// A hold: starts on or after entry, ends on or after its start.
Violations checkHold(const Hold& hold, const Pathway& pathway);
// The holds of one pathway: never overlapping, at most one open.
Violations checkHoldsTogether(const std::vector<Hold>& holds);

// An earlier (broken) hire: on or after entry, with an end on or after the hire.
Violations checkEarlierHire(const Hire& hire, const Pathway& pathway);

// Everything above for one pathway with its holds and hires.
Violations checkPathwayWhole(const Pathway& pathway, const Participant& participant);

// Start on or after entry, end on or after start, subtype that fits the type.
Violations checkStep(const Step& step, const Pathway& pathway);
// The parts of checkStep: its dates against the pathway, its subtype against its type.
Violations checkStepDates(const Step& step, const Pathway& pathway);
Violations checkStepSubtype(const Step& step);
// Identified on or after entry; a lifted date exactly when lifted, on or after identification.
Violations checkBarrier(const Barrier& barrier, const Pathway& pathway);
// Dated on or after entry.
Violations checkContact(const Contact& contact, const Pathway& pathway);
// A contact is a past event: dated `today` at the latest (the next appointment is a planned
// action). For what a person records; an import keeps the dates it is given.
Violations checkContactNotAfter(const Contact& contact, const Date& today);
// Dated on or after entry (whatever its distance from today).
Violations checkPlannedAction(const PlannedAction& action, const Pathway& pathway);

// Throws RuleError when `violations` is not empty.
void throwIfAny(Violations violations);

} // namespace parcours
