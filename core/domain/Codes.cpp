// Groupings of the coded values: education groups, exit categories, step subtypes.
#include "domain/Codes.h"

namespace parcours {

EducationLevel toLevel2019(EducationLevel level)
{
    switch (level) {
    case EducationLevel::VI:
    case EducationLevel::Vbis: return EducationLevel::L1;
    case EducationLevel::V: return EducationLevel::L3;
    case EducationLevel::IV: return EducationLevel::L4;
    case EducationLevel::III: return EducationLevel::L5;
    case EducationLevel::II: return EducationLevel::L6;
    case EducationLevel::I: return EducationLevel::L7;
    default: return level;
    }
}

EducationGroup educationGroup(EducationLevel level)
{
    switch (toLevel2019(level)) {
    case EducationLevel::L1:
    case EducationLevel::L2: return EducationGroup::SansQualification;
    case EducationLevel::L3: return EducationGroup::PeuQualifie;
    case EducationLevel::L4:
    case EducationLevel::L5:
    case EducationLevel::L6:
    case EducationLevel::L7:
    case EducationLevel::L8: return EducationGroup::Qualifie;
    default: return EducationGroup::AutreOuInconnu;
    }
}

bool isPositive(ExitReason reason)
{
    return reason == ExitReason::EmploiDurable || reason == ExitReason::FormationQualifiante
        || reason == ExitReason::AutrePositive;
}

bool isNeutral(ExitReason reason)
{
    return reason == ExitReason::Demenagement || reason == ExitReason::Deces || reason == ExitReason::Retraite;
}

bool isIaeSubtype(StepSubtype subtype)
{
    return subtype >= StepSubtype::Aci && subtype <= StepSubtype::Geiq;
}

bool isFormationSubtype(StepSubtype subtype)
{
    return subtype >= StepSubtype::Qualifiante && subtype <= StepSubtype::AutreFormation;
}

bool subtypeFitsType(StepSubtype subtype, StepType type)
{
    switch (type) {
    case StepType::Iae: return isIaeSubtype(subtype);
    case StepType::Formation: return subtype == StepSubtype::None || isFormationSubtype(subtype);
    default: return subtype == StepSubtype::None;
    }
}

std::optional<StepSubtype> subtypeFromCode(std::string_view code, StepType type)
{
    const auto subtype = fromCode<StepSubtype>(code);
    if (!subtype || !subtypeFitsType(*subtype, type))
        return std::nullopt;
    return subtype;
}

bool isNafSection(char section)
{
    return section >= 'A' && section <= 'U';
}

} // namespace parcours
