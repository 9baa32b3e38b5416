// Rules of a participant's identity and contact details.
#include "domain/Rules.h"

namespace parcours {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isBlank(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// Digits and spaces only ("12345", "0 6"): a number typed in the wrong field, never a name.
bool isOnlyDigits(const std::string& text)
{
    bool digit = false;
    for (const char c : text) {
        if (isDigit(c))
            digit = true;
        else if (c != ' ' && c != '\t')
            return false;
    }
    return digit;
}

// Five digits; Corsica writes 2A or 2B in the first two positions.
bool isPostcode(const std::string& code)
{
    if (code.size() != 5)
        return false;
    const bool corsica = code[0] == '2' && (code[1] == 'A' || code[1] == 'B');
    if (!corsica && !(isDigit(code[0]) && isDigit(code[1])))
        return false;
    return isDigit(code[2]) && isDigit(code[3]) && isDigit(code[4]);
}

} // namespace

Violations checkParticipant(const Participant& participant)
{
    Violations violations;
    if (isBlank(participant.lastName))
        violations.push_back({"last_name", "Le nom est obligatoire."});
    else if (isOnlyDigits(participant.lastName))
        violations.push_back({"last_name", "Le nom « " + participant.lastName
                                               + " » ne contient que des chiffres."});
    if (isBlank(participant.firstName))
        violations.push_back({"first_name", "Le prénom est obligatoire."});
    else if (isOnlyDigits(participant.firstName))
        violations.push_back({"first_name", "Le prénom « " + participant.firstName
                                                + " » ne contient que des chiffres."});
    if (!participant.postcode.empty() && !isPostcode(participant.postcode))
        violations.push_back({"postcode", "Le code postal « " + participant.postcode
                                              + " » doit compter cinq chiffres (2A ou 2B en tête pour la Corse)."});
    return violations;
}

} // namespace parcours
