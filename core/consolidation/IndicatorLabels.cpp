// The labels of the indicators: the totals written out, the breakdowns composed from one label per
// code so that a code's wording is the same in every breakdown.
#include "consolidation/IndicatorLabels.h"

#include "domain/NafSections.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace parcours {

namespace {

using Labels = std::vector<std::pair<std::string_view, std::string_view>>;

const Labels kSingleLabels{
    {"stock.in_parcours_start", "En parcours au 1er janvier"},
    {"stock.entries", "Entrées de l'année"},
    {"stock.present", "Présent.e.s dans l'année (en parcours au 1er janvier et entrées)"},
    {"stock.exits", "Sorties de l'année"},
    {"stock.in_parcours_end", "En parcours au 31 décembre"},
    {"entries.total", "Entrées – total"},
    {"entries.qpv", "Entrées – résidant en quartier prioritaire (QPV)"},
    {"exits.total", "Sorties – total"},
    {"exits.positive.total", "Sorties positives – total"},
    {"exits.sans_suite.total", "Sorties sans suite – total"},
    {"steps.total", "Étapes – total"},
    {"steps.per_participant", "Étapes par participant.e présent.e"},
    {"rates.positive_over_exits", "Taux de sorties positives (sur les sorties)"},
    {"rates.positive_over_exits_excluding_neutral", "Taux de sorties positives hors déménagement, décès et retraite"},
    {"rates.positive_over_entries", "Sorties positives rapportées aux entrées"},
};

// Each breakdown: the prefix of its keys, the start of its labels, and its codes' labels.
struct Breakdown {
    std::string_view prefix;
    std::string_view lead;
    Labels codes;
};

const Labels kGroups{
    {"F", "femmes"},
    {"M", "hommes"},
    {"X", "sexe X"},
    {"rsa", "bénéficiaires du RSA"},
    {"deld", "demandeur.se.s d'emploi de longue durée (DELD)"},
    {"rqth", "travailleur.se.s handicapé.e.s (RQTH)"},
    {"sans_qualification", "sans qualification"},
};

const Labels kBarrierCategories{
    {"mobilite", "mobilité"},
    {"savoirs_de_base", "savoirs de base"},
    {"numerique", "numérique"},
    {"langue", "langue"},
    {"confiance_en_soi", "confiance en soi"},
    {"sante", "santé"},
    {"logement", "logement"},
    {"finances", "finances"},
    {"famille", "famille"},
    {"eloignement_emploi", "éloignement de l'emploi"},
    {"representation_travail", "représentation du travail"},
    {"autre", "autre"},
};

const std::vector<Breakdown>& breakdowns()
{
    static const std::vector<Breakdown> all{
        {"entries.sex", "Entrées – ", {{"F", "femmes"}, {"M", "hommes"}, {"X", "sexe X"}}},
        {"entries.age",
         "Entrées – ",
         {{"under_26", "moins de 26 ans"}, {"26_44", "26 à 44 ans"}, {"45_plus", "45 ans et plus"}}},
        {"entries.education",
         "Entrées – ",
         {{"sans_qualification", "sans qualification (niveaux 1 et 2, VI, Vbis)"},
          {"peu_qualifie", "peu qualifiées (niveau 3, V)"},
          {"qualifie", "qualifiées (niveaux 4 à 8, IV à I)"},
          {"autre_ou_inconnu", "niveau autre ou inconnu (9 ou non renseigné)"}}},
        {"entries.public",
         "Entrées – ",
         {{"rsa", "bénéficiaires du RSA"},
          {"deld", "demandeur.se.s d'emploi de longue durée (DELD)"},
          {"rqth", "travailleur.se.s handicapé.e.s (RQTH)"},
          {"other_difficulty", "autre difficulté"}}},
        {"exits.positive",
         "Sorties positives – ",
         {{"emploi_durable", "emploi durable"},
          {"formation_qualifiante", "formation qualifiante"},
          {"autre_positive", "autre sortie positive"}}},
        {"exits.sans_suite",
         "Sorties sans suite – ",
         {{"abandon", "abandon"},
          {"demenagement_deces_retraite", "déménagement, décès ou retraite"},
          {"autre", "autre (réorientation, autre motif)"}}},
        {"exits.job.contract",
         "Sorties en emploi durable – contrat : ",
         {{"cdi", "CDI"},
          {"cdd_6m_plus", "CDD de six mois et plus"},
          {"interim_6m_plus", "intérim de six mois et plus"},
          {"creation_entreprise", "création d'entreprise"}}},
        {"exits.job.employer",
         "Sorties en emploi durable – employeur : ",
         {{"entreprise", "entreprise"},
          {"association", "association"},
          {"public", "employeur public"},
          {"particulier", "particulier"}}},
        {"steps.type",
         "Étapes – ",
         {{"mobilisation", "mobilisation"},
          {"formation", "formation"},
          {"mediation_emploi", "médiation vers l'emploi"},
          {"emploi_non_aide", "emploi non aidé"},
          {"contrat_aide", "contrat aidé"},
          {"iae", "insertion par l'activité économique (IAE)"},
          {"levee_freins", "levée des freins"},
          {"accompagnement_emploi", "accompagnement dans l'emploi"},
          {"autre", "autre"}}},
        {"steps.iae",
         "Étapes IAE – ",
         {{"aci", "atelier et chantier d'insertion (ACI)"},
          {"ei", "entreprise d'insertion (EI)"},
          {"etti", "entreprise de travail temporaire d'insertion (ETTI)"},
          {"ai", "association intermédiaire (AI)"},
          {"regie_quartier", "régie de quartier"},
          {"geiq", "groupement d'employeurs pour l'insertion et la qualification (GEIQ)"}}},
        {"freins.identified", "Freins identifiés – ", kBarrierCategories},
        {"freins.lifted", "Freins levés – ", kBarrierCategories},
        {"rates.positive_over_exits_by_group", "Taux de sorties positives – ", kGroups},
    };
    return all;
}

std::map<std::string, std::string, std::less<>> makeLabels()
{
    std::map<std::string, std::string, std::less<>> labels;
    for (const auto& [key, label] : kSingleLabels)
        labels.emplace(key, label);
    for (const Breakdown& breakdown : breakdowns()) {
        for (const auto& [code, label] : breakdown.codes)
            labels.emplace(std::string(breakdown.prefix) + "." + std::string(code),
                           std::string(breakdown.lead) + std::string(label));
    }
    for (const auto& [code, label] : kGroups) {
        const std::string prefix = "exits.by_group." + std::string(code);
        labels.emplace(prefix + ".exits", "Sorties – " + std::string(label));
        labels.emplace(prefix + ".positive", "Sorties positives – " + std::string(label));
    }
    for (char section = 'A'; section <= 'U'; ++section)
        labels.emplace(std::string("exits.job.naf.") + section, std::string("Sorties en emploi durable – secteur ")
                                                                    + section + " : "
                                                                    + std::string(nafSectionName(section)));
    return labels;
}

} // namespace

std::string_view indicatorLabel(std::string_view key)
{
    static const std::map<std::string, std::string, std::less<>> labels = makeLabels();
    const auto it = labels.find(key);
    return it == labels.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view sectionLabel(std::string_view section)
{
    if (section == "stock")
        return "Stock";
    if (section == "entries")
        return "Entrées";
    if (section == "exits")
        return "Sorties";
    if (section == "rates")
        return "Taux";
    if (section == "steps")
        return "Étapes";
    if (section == "freins")
        return "Freins";
    return {};
}

} // namespace parcours
