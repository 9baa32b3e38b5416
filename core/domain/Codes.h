// The coded values of the domain and their interchange codes (interchange-csv.md), written once.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace parcours {

enum class Sex { F, M, X };

// Both nomenclatures, as recorded: the 2019 levels 1 to 9 and the older VI..I.
enum class EducationLevel { Unknown, L1, L2, L3, L4, L5, L6, L7, L8, L9, VI, Vbis, V, IV, III, II, I };

// The report's four groups of education levels.
enum class EducationGroup { SansQualification, PeuQualifie, Qualifie, AutreOuInconnu };

enum class ExitReason {
    EmploiDurable, FormationQualifiante, AutrePositive,
    Abandon, Demenagement, Deces, Retraite, Reorientation, AutreSansSuite
};

enum class ContractType { Cdi, Cdd6mPlus, Interim6mPlus, CreationEntreprise };
enum class EmployerCategory { Entreprise, Association, Public, Particulier };

enum class StepType {
    Mobilisation, Formation, MediationEmploi, EmploiNonAide, ContratAide,
    Iae, LeveeFreins, AccompagnementEmploi, Autre
};

enum class StepSubtype {
    None,
    // IAE (required for type iae)
    Aci, Ei, Etti, Ai, RegieQuartier, Geiq,
    // formation (optional)
    Qualifiante, Certifiante, PreQualifiante, Linguistique, SavoirsDeBase, Permis, Numerique, AutreFormation
};

enum class BarrierCategory {
    Mobilite, SavoirsDeBase, Numerique, Langue, ConfianceEnSoi, Sante, Logement,
    Finances, Famille, EloignementEmploi, RepresentationTravail, Autre
};

enum class BarrierStatus { Identifie, EnCours, Leve };
enum class ContactMode { Presentiel, Telephone, Visio, Autre };
// What a planned action is: an appointment, a call to make, a step to take, or other.
enum class ActionKind { RendezVous, Appel, Demarche, Autre };
// The kinds of « À faire » items (agenda.md).
enum class AgendaKind { SansEntretien, PointSuivi, ValidationSixMois, FinEtape, VeilleLongue, Action };

// Where an entry recorded in the application stands when the PLIE has the coordinator validate
// entries: not subject to it (or validated), waiting, refused.
enum class EntryValidation { None, Pending, Refused };

// A pathway's state on a given day.
enum class PathwayStatus { Active, OnHold, InFollowUp, Exited };

// Interchange code of each enumerator, in enumerator order. Specialised below.
template <typename E>
struct CodeTable;

template <typename... Texts>
constexpr auto codeArray(Texts... texts)
{
    return std::array<std::string_view, sizeof...(Texts)>{texts...};
}

#define PARCOURS_CODES(E, ...)                                                                     \
    template <>                                                                                    \
    struct CodeTable<E> {                                                                          \
        static constexpr auto codes = codeArray(__VA_ARGS__);                                            \
    }

PARCOURS_CODES(Sex, "F", "M", "X");
PARCOURS_CODES(EducationLevel, "", "1", "2", "3", "4", "5", "6", "7", "8", "9", "VI", "Vbis",
               "V", "IV", "III", "II", "I");
PARCOURS_CODES(EducationGroup, "sans_qualification", "peu_qualifie", "qualifie",
               "autre_ou_inconnu");
PARCOURS_CODES(ExitReason, "emploi_durable", "formation_qualifiante", "autre_positive", "abandon",
               "demenagement", "deces", "retraite", "reorientation", "autre_sans_suite");
PARCOURS_CODES(ContractType, "cdi", "cdd_6m_plus", "interim_6m_plus", "creation_entreprise");
PARCOURS_CODES(EmployerCategory, "entreprise", "association", "public", "particulier");
PARCOURS_CODES(StepType, "mobilisation", "formation", "mediation_emploi", "emploi_non_aide",
               "contrat_aide", "iae", "levee_freins", "accompagnement_emploi", "autre");
PARCOURS_CODES(StepSubtype, "", "aci", "ei", "etti", "ai", "regie_quartier", "geiq", "qualifiante",
               "certifiante", "pre_qualifiante", "linguistique", "savoirs_de_base", "permis", "numerique", "autre");
PARCOURS_CODES(BarrierCategory, "mobilite", "savoirs_de_base", "numerique", "langue",
               "confiance_en_soi", "sante", "logement", "finances", "famille", "eloignement_emploi",
               "representation_travail", "autre");
PARCOURS_CODES(BarrierStatus, "identifie", "en_cours", "leve");
PARCOURS_CODES(ContactMode, "presentiel", "telephone", "visio", "autre");
PARCOURS_CODES(ActionKind, "rendez_vous", "appel", "demarche", "autre");
PARCOURS_CODES(AgendaKind, "sans_entretien", "point_suivi", "validation_six_mois", "fin_etape", "veille_longue",
               "action");
PARCOURS_CODES(EntryValidation, "", "en_attente", "refusee");
PARCOURS_CODES(PathwayStatus, "active", "on_hold", "in_follow_up", "exited");

#undef PARCOURS_CODES

template <typename E>
constexpr std::string_view toCode(E value)
{
    return CodeTable<E>::codes[static_cast<std::size_t>(value)];
}

// The enumerator whose code is exactly `code`, or nullopt.
template <typename E>
constexpr std::optional<E> fromCode(std::string_view code)
{
    const auto& codes = CodeTable<E>::codes;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if (codes[i] == code)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

// Every enumerator, in order (for menus, breakdowns and tests).
template <typename E>
constexpr auto allValues()
{
    std::array<E, CodeTable<E>::codes.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = static_cast<E>(i);
    return values;
}

// Education: the report's group of a level, and the 2019 level an older code maps to
// (VI and Vbis → L1 "no qualification", V → 3, IV → 4, III → 5, II → 6, I → 7).
EducationGroup educationGroup(EducationLevel level);
EducationLevel toLevel2019(EducationLevel level);

bool isPositive(ExitReason reason);
// Moving away, death, retirement: not counted against the PLIE in one rate.
bool isNeutral(ExitReason reason);

// Subtypes: IAE types need one of the IAE subtypes, formation may have a formation
// subtype, every other type has none.
bool isIaeSubtype(StepSubtype subtype);
bool isFormationSubtype(StepSubtype subtype);
bool subtypeFitsType(StepSubtype subtype, StepType type);
// The subtype of `type` written `code` ("autre" means AutreFormation for a formation).
std::optional<StepSubtype> subtypeFromCode(std::string_view code, StepType type);

// NAF sections are the letters A to U.
bool isNafSection(char section);

} // namespace parcours
