// The error a repository throws when asked to save something that breaks a rule.
#include "domain/Rules.h"

namespace parcours {

namespace {

std::string joinMessages(const Violations& violations)
{
    std::string text;
    for (const RuleViolation& violation : violations) {
        if (!text.empty())
            text += '\n';
        text += violation.field + " : " + violation.message;
    }
    return text;
}

} // namespace

RuleError::RuleError(Violations violations)
    : std::runtime_error(joinMessages(violations))
    , m_violations(std::move(violations))
{
}

void throwIfAny(Violations violations)
{
    if (!violations.empty())
        throw RuleError(std::move(violations));
}

} // namespace parcours
