// Small builders of valid entities for the rule tests, and a look-up of a violation by field.
#pragma once

#include "TestDates.h"
#include "domain/Rules.h"

#include <algorithm>
#include <string>

namespace parcours::test {

inline Participant person(const char* birth = "1985-05-10")
{
    Participant p;
    p.lastName = "N'Diaye-Lefèvre";
    p.firstName = "Anaïs";
    p.birthDate = d(birth);
    p.sex = Sex::F;
    return p;
}

inline Pathway pathwayFrom(const char* entry, const char* exit = nullptr,
                           ExitReason reason = ExitReason::Abandon)
{
    Pathway p;
    p.entryDate = d(entry);
    if (exit)
        p.exit = PathwayExit{d(exit), reason};
    return p;
}

inline Hire hireOn(const char* date)
{
    Hire h;
    h.hireDate = d(date);
    h.contract = ContractType::Cdi;
    h.employer = EmployerCategory::Entreprise;
    h.nafSection = 'G';
    return h;
}

// The message of the first violation on `field`, or "" when none.
inline std::string messageFor(const Violations& violations, const std::string& field)
{
    const auto it = std::find_if(violations.begin(), violations.end(),
                                 [&](const RuleViolation& v) { return v.field == field; });
    return it == violations.end() ? std::string() : it->message;
}

} // namespace parcours::test
