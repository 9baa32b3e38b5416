// The words of the participant file for the domain's coded values, translated.
#include "ui/participant/FileLabels.h"

namespace parcours::ui {

QString FileLabels::sex(Sex value)
{
    switch (value) {
    case Sex::F: return tr("Woman");
    case Sex::M: return tr("Man");
    case Sex::X: return tr("Not stated");
    }
    return {};
}

QString FileLabels::education(EducationLevel value)
{
    switch (value) {
    case EducationLevel::Unknown: return tr("Unknown");
    case EducationLevel::L1: return tr("Level 1 (no qualification)");
    case EducationLevel::L2: return tr("Level 2 (basic skills)");
    case EducationLevel::L3: return tr("Level 3 (CAP, BEP)");
    case EducationLevel::L4: return tr("Level 4 (baccalauréat)");
    case EducationLevel::L5: return tr("Level 5 (bac + 2)");
    case EducationLevel::L6: return tr("Level 6 (bachelor)");
    case EducationLevel::L7: return tr("Level 7 (master)");
    case EducationLevel::L8: return tr("Level 8 (doctorate)");
    case EducationLevel::L9: return tr("Level 9");
    case EducationLevel::VI: return tr("Level VI (former scale)");
    case EducationLevel::Vbis: return tr("Level V bis (former scale)");
    case EducationLevel::V: return tr("Level V (former scale)");
    case EducationLevel::IV: return tr("Level IV (former scale)");
    case EducationLevel::III: return tr("Level III (former scale)");
    case EducationLevel::II: return tr("Level II (former scale)");
    case EducationLevel::I: return tr("Level I (former scale)");
    }
    return {};
}

QString FileLabels::stepType(StepType value)
{
    switch (value) {
    case StepType::Mobilisation: return tr("Mobilisation");
    case StepType::Formation: return tr("Training");
    case StepType::MediationEmploi: return tr("Job mediation");
    case StepType::EmploiNonAide: return tr("Unsubsidised job");
    case StepType::ContratAide: return tr("Subsidised contract");
    case StepType::Iae: return tr("Insertion through work (IAE)");
    case StepType::LeveeFreins: return tr("Lifting barriers");
    case StepType::AccompagnementEmploi: return tr("Support in work");
    case StepType::Autre: return tr("Other");
    }
    return {};
}

QString FileLabels::stepSubtype(StepSubtype value)
{
    switch (value) {
    case StepSubtype::None: return tr("None");
    case StepSubtype::Aci: return tr("ACI (insertion workshop)");
    case StepSubtype::Ei: return tr("EI (insertion company)");
    case StepSubtype::Etti: return tr("ETTI (temporary work insertion company)");
    case StepSubtype::Ai: return tr("AI (intermediary association)");
    case StepSubtype::RegieQuartier: return tr("Neighbourhood agency");
    case StepSubtype::Geiq: return tr("GEIQ");
    case StepSubtype::Qualifiante: return tr("Qualifying");
    case StepSubtype::Certifiante: return tr("Certifying");
    case StepSubtype::PreQualifiante: return tr("Pre-qualifying");
    case StepSubtype::Linguistique: return tr("Language");
    case StepSubtype::SavoirsDeBase: return tr("Basic skills");
    case StepSubtype::Permis: return tr("Driving licence");
    case StepSubtype::Numerique: return tr("Digital");
    case StepSubtype::AutreFormation: return tr("Other training");
    }
    return {};
}

QString FileLabels::barrierCategory(BarrierCategory value)
{
    switch (value) {
    case BarrierCategory::Mobilite: return tr("Mobility");
    case BarrierCategory::SavoirsDeBase: return tr("Basic skills");
    case BarrierCategory::Numerique: return tr("Digital");
    case BarrierCategory::Langue: return tr("Language");
    case BarrierCategory::ConfianceEnSoi: return tr("Self-confidence");
    case BarrierCategory::Sante: return tr("Health");
    case BarrierCategory::Logement: return tr("Housing");
    case BarrierCategory::Finances: return tr("Finances");
    case BarrierCategory::Famille: return tr("Family");
    case BarrierCategory::EloignementEmploi: return tr("Long away from work");
    case BarrierCategory::RepresentationTravail: return tr("Idea of work");
    case BarrierCategory::Autre: return tr("Other");
    }
    return {};
}

QString FileLabels::barrierStatus(BarrierStatus value)
{
    switch (value) {
    case BarrierStatus::Identifie: return tr("identified");
    case BarrierStatus::EnCours: return tr("in progress");
    case BarrierStatus::Leve: return tr("lifted");
    }
    return {};
}

QString FileLabels::contactMode(ContactMode value)
{
    switch (value) {
    case ContactMode::Presentiel: return tr("in person");
    case ContactMode::Telephone: return tr("phone");
    case ContactMode::Visio: return tr("video");
    case ContactMode::Autre: return tr("other");
    }
    return {};
}

QString FileLabels::exitReason(ExitReason value)
{
    switch (value) {
    case ExitReason::EmploiDurable: return tr("lasting job");
    case ExitReason::FormationQualifiante: return tr("qualifying training");
    case ExitReason::AutrePositive: return tr("other positive exit");
    case ExitReason::Abandon: return tr("drop-out");
    case ExitReason::Demenagement: return tr("moved away");
    case ExitReason::Deces: return tr("death");
    case ExitReason::Retraite: return tr("retirement");
    case ExitReason::Reorientation: return tr("referred elsewhere");
    case ExitReason::AutreSansSuite: return tr("other exit");
    }
    return {};
}

QString FileLabels::contractType(ContractType value)
{
    switch (value) {
    case ContractType::Cdi: return tr("permanent contract (CDI)");
    case ContractType::Cdd6mPlus: return tr("fixed-term contract of 6 months or more");
    case ContractType::Interim6mPlus: return tr("temporary work of 6 months or more");
    case ContractType::CreationEntreprise: return tr("business creation");
    }
    return {};
}

QString FileLabels::employerCategory(EmployerCategory value)
{
    switch (value) {
    case EmployerCategory::Entreprise: return tr("company");
    case EmployerCategory::Association: return tr("association");
    case EmployerCategory::Public: return tr("public employer");
    case EmployerCategory::Particulier: return tr("private individual");
    }
    return {};
}

QString FileLabels::actionKind(ActionKind value)
{
    switch (value) {
    case ActionKind::RendezVous: return tr("appointment");
    case ActionKind::Appel: return tr("call");
    case ActionKind::Demarche: return tr("step to take");
    case ActionKind::Autre: return tr("other");
    }
    return {};
}

std::vector<StepSubtype> subtypesOf(StepType type)
{
    std::vector<StepSubtype> subtypes;
    if (type == StepType::Formation)
        subtypes.push_back(StepSubtype::None); // a training's subtype is optional
    for (const StepSubtype subtype : allValues<StepSubtype>()) {
        if (subtype != StepSubtype::None && subtypeFitsType(subtype, type))
            subtypes.push_back(subtype);
    }
    return subtypes;
}

} // namespace parcours::ui
