// The demo's employers and planned actions. Names are made of a trade and a family name or a
// place, all fictitious; phone numbers are Ille-et-Vilaine's (02 99, 02 23) or mobiles.
#include "demo/DemoFollowUp.h"

#include "demo/DemoCatalog.h"
#include "demo/FrenchNames.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>

namespace parcours::demo {

namespace {

using boost::gregorian::days;

// Employers' names by NAF section A..U: "{n}" is a family name, "{v}" « de » and a town.
constexpr std::string_view kAgriculture[] = {"EARL {n}", "GAEC {n}", "Maraîchage {n}", "Pépinières {v}"};
constexpr std::string_view kIndustry[] = {"Menuiserie {n}", "Conserverie {v}", "Métallerie {n}",
                                          "Imprimerie {n}", "Biscuiterie {v}", "Fonderie {v}"};
constexpr std::string_view kEnergy[] = {"Énergies {v}", "Régie électrique {v}"};
constexpr std::string_view kWaste[] = {"Recyclage {n}", "Collecte et tri {v}", "Syndicat des eaux {v}"};
constexpr std::string_view kBuilding[] = {"Maçonnerie {n}", "Bâtiment {n}", "Couverture {n}",
                                          "Peinture et décoration {n}", "Plomberie {n}", "Terrassement {v}"};
constexpr std::string_view kTrade[] = {"Boulangerie {n}", "Supermarché {v}", "Garage {n}",
                                       "Jardinerie {v}", "Primeur {n}", "Boucherie {n}", "Quincaillerie {n}"};
constexpr std::string_view kTransport[] = {"Transports {n}", "Logistique {v}", "Ambulances {n}",
                                           "Déménagements {n}", "Messagerie {v}"};
constexpr std::string_view kHospitality[] = {"Restaurant {n}", "Crêperie {n}", "Hôtel {v}", "Brasserie {n}",
                                             "Traiteur {n}", "Restaurant scolaire {v}"};
constexpr std::string_view kInformation[] = {"Éditions {n}", "Studio {n}", "Informatique {v}"};
constexpr std::string_view kFinance[] = {"Assurances {n}", "Mutuelle {v}", "Crédit {v}"};
constexpr std::string_view kRealEstate[] = {"Agence immobilière {n}", "Syndic {n}", "Office HLM {v}"};
constexpr std::string_view kProfessional[] = {"Cabinet {n}", "Bureau d'études {n}", "Expertise comptable {n}"};
constexpr std::string_view kSupport[] = {"Propreté {v}", "Nettoyage {n}", "Intérim {v}", "Sécurité {n}",
                                         "Espaces verts {n}"};
constexpr std::string_view kPublic[] = {"Mairie {v}", "Département d'Ille-et-Vilaine", "Rennes Métropole",
                                        "Centre communal d'action sociale {v}", "Services techniques {v}"};
constexpr std::string_view kEducation[] = {"Collège {v}", "Lycée professionnel {v}", "Auto-école {n}",
                                           "Centre de formation {v}"};
constexpr std::string_view kHealth[] = {"EHPAD {v}", "Centre hospitalier {v}", "Clinique {v}",
                                        "Aide à domicile {v}", "Pharmacie {n}", "Foyer de vie {v}"};
constexpr std::string_view kArts[] = {"Centre culturel {v}", "Club sportif {v}", "Cinéma {v}",
                                      "Centre de loisirs {v}"};
constexpr std::string_view kServices[] = {"Salon de coiffure {n}", "Pressing {n}", "Association {n}",
                                          "Ressourcerie {v}"};
constexpr std::string_view kOther[] = {"Entreprise {n}", "Société {n}"};

constexpr std::array<std::span<const std::string_view>, 21> kEmployersBySection{
    kAgriculture, kOther,     kIndustry,   kEnergy,   kWaste,         kBuilding,  kTrade,
    kTransport,   kHospitality, kInformation, kFinance, kRealEstate,  kProfessional, kSupport,
    kPublic,      kEducation, kHealth,     kArts,     kServices,      kOther,     kOther,
};

constexpr std::string_view kFemaleRoles[] = {"responsable RH", "gérante", "cheffe d'équipe", "directrice",
                                             "tutrice", "assistante RH"};
constexpr std::string_view kMaleRoles[] = {"responsable RH", "gérant", "chef d'équipe", "directeur", "tuteur",
                                           "conducteur de travaux"};

// The next appointment, and what else a référent.e plans.
constexpr std::string_view kAppointmentNotes[] = {
    "", "Point mensuel.", "Point sur les candidatures.", "Bilan de l'immersion.",
    "Préparer l'entretien d'embauche :\nrevoir le CV et la présentation.",
    "Rendez-vous tripartite avec la conseillère France Travail.", "Point sur la formation.",
};
constexpr std::string_view kCallNotes[] = {
    "Prendre des nouvelles.", "Relancer pour les documents manquants.", "Appeler l'organisme de formation.",
    "Confirmer l'inscription à l'atelier.", "Rappeler après le rendez-vous médical.",
};
constexpr std::string_view kEmployerCallNotes[] = {
    "Point avec l'employeur.", "Appel au tuteur : point à mi-parcours.",
    "Vérifier la fin de la période d'essai.", "Point avec la personne et son responsable.",
};
constexpr std::string_view kStepNotes[] = {
    "Envoyer le CV à l'entreprise.", "Monter le dossier d'aide au permis.", "Inscrire à l'atelier numérique.",
    "Demander la prise en charge de la formation.", "Faire la demande de logement social.",
    "Dossier de surendettement : envoyer les pièces.",
};
constexpr std::string_view kOtherNotes[] = {
    "Information collective du PLIE.", "Comité de suivi : présenter la situation.",
    "Visite d'entreprise avec le groupe.",
};

// « de Rennes », « d'Acigné », « du Rheu ».
std::string ofPlace(std::string_view city)
{
    if (city.starts_with("Le "))
        return "du " + std::string(city.substr(3));
    if (city.starts_with("Les "))
        return "des " + std::string(city.substr(4));
    constexpr std::string_view vowels[] = {"A", "E", "I", "O", "U", "É", "Î"};
    for (const std::string_view vowel : vowels) {
        if (city.starts_with(vowel))
            return "d'" + std::string(city);
    }
    return "de " + std::string(city);
}

std::string filled(std::string_view pattern, std::string_view name, std::string_view city)
{
    std::string text(pattern);
    if (const auto at = text.find("{n}"); at != std::string::npos)
        text.replace(at, 3, name);
    if (const auto at = text.find("{v}"); at != std::string::npos)
        text.replace(at, 3, ofPlace(city));
    return text;
}

std::string phoneNumber(DemoRandom& rng)
{
    constexpr const char* prefixes[] = {"02 99", "02 23", "06", "07"};
    const char* prefix = prefixes[rng.weighted({500, 250, 200, 50})];
    char buffer[32];
    if (prefix[1] == '2')
        std::snprintf(buffer, sizeof buffer, "%s %02d %02d %02d", prefix, rng.between(10, 99), rng.between(0, 99),
                      rng.between(0, 99));
    else
        std::snprintf(buffer, sizeof buffer, "%s %02d %02d %02d %02d", prefix, rng.between(10, 99),
                      rng.between(0, 99), rng.between(0, 99), rng.between(0, 99));
    return buffer;
}

// « Sophie Le Goff, responsable RH, 02 99 41 23 57 ».
std::string contactPerson(DemoRandom& rng)
{
    const bool woman = rng.chance(550);
    const std::string_view first = rng.pick(woman ? femaleFirstNames() : maleFirstNames());
    const std::string_view last = rng.pick(lastNames());
    const std::string_view role = woman ? rng.pick(kFemaleRoles) : rng.pick(kMaleRoles);
    return std::string(first) + " " + std::string(last) + ", " + std::string(role) + ", " + phoneNumber(rng);
}

void nameEmployer(DemoRandom& rng, const Participant& person, Hire& hire)
{
    if (hire.contract == ContractType::CreationEntreprise) {
        hire.employerName = rng.chance(500) ? std::string(person.lastName) + " Services"
                                            : person.firstName + " " + person.lastName + " EI";
        return; // the person is their own employer
    }
    const std::string_view city = rng.pick(places()).city;
    if (hire.employer == EmployerCategory::Particulier) {
        const std::string_view last = rng.pick(lastNames());
        hire.employerName = "Particulier employeur (famille " + std::string(last) + ")";
        if (rng.chance(850))
            hire.employerContact = (rng.chance(600) ? "Mme " : "M. ") + std::string(last) + ", " + phoneNumber(rng);
        return;
    }
    const auto section = static_cast<std::size_t>(hire.nafSection - 'A');
    std::span<const std::string_view> patterns = kEmployersBySection[std::min<std::size_t>(section, 20)];
    if (hire.employer == EmployerCategory::Public)
        patterns = kPublic;
    else if (hire.employer == EmployerCategory::Association && section != 16 && section != 17)
        patterns = kServices;
    hire.employerName = filled(rng.pick(patterns), rng.pick(lastNames()), city);
    if (rng.chance(850))
        hire.employerContact = contactPerson(rng);
}

Date dayIn(DemoRandom& rng, const Date& low, const Date& high)
{
    return low + days(rng.between(0, static_cast<int>((high - low).days())));
}

void addAction(std::vector<PlannedAction>& actions, const Date& date, ActionKind kind, std::string_view note,
               bool done)
{
    PlannedAction action;
    action.date = date;
    action.kind = kind;
    action.note = std::string(note);
    action.done = done;
    actions.push_back(std::move(action));
}

// A step or a call, planned in the past: done, or left overdue.
void addPastAction(DemoRandom& rng, const Date& low, const Date& high, bool done, std::vector<PlannedAction>& actions)
{
    if (high < low)
        return;
    switch (rng.weighted({350, 350, 200, 100})) {
    case 0: addAction(actions, dayIn(rng, low, high), ActionKind::Appel, rng.pick(kCallNotes), done); break;
    case 1: addAction(actions, dayIn(rng, low, high), ActionKind::Demarche, rng.pick(kStepNotes), done); break;
    case 2:
        addAction(actions, dayIn(rng, low, high), ActionKind::RendezVous, rng.pick(kAppointmentNotes), done);
        break;
    default: addAction(actions, dayIn(rng, low, high), ActionKind::Autre, rng.pick(kOtherNotes), done); break;
    }
}

} // namespace

void nameEmployers(DemoRandom& rng, const Participant& person, Pathway& pathway)
{
    for (Hire& hire : pathway.earlierHires)
        nameEmployer(rng, person, hire);
    if (pathway.currentHire)
        nameEmployer(rng, person, *pathway.currentHire);
}

void makePlannedActions(DemoRandom& rng, const BuiltPathway& built, const Date& today,
                        std::vector<PlannedAction>& actions)
{
    actions.clear();
    const Pathway& p = built.pathway;
    if (!p.isOpen())
        return;
    if (rng.chance(800)) {
        const Date next = today + days(rng.between(1, 35));
        if (p.currentHire && rng.chance(700))
            addAction(actions, next, ActionKind::Appel, rng.pick(kEmployerCallNotes), false);
        else if (p.holdOn(today))
            addAction(actions, next, ActionKind::Appel, "Prendre des nouvelles pendant la veille.", false);
        else if (rng.chance(800))
            addAction(actions, next, ActionKind::RendezVous, rng.pick(kAppointmentNotes), false);
        else
            addAction(actions, next, ActionKind::Demarche, rng.pick(kStepNotes), false);
    }
    const Date yesterday = today - days(1);
    if (rng.chance(450)) {
        const Date low = std::max(p.entryDate, today - days(90));
        addPastAction(rng, low, yesterday, true, actions);
        if (rng.chance(300))
            addPastAction(rng, low, yesterday, true, actions);
    }
    if (rng.chance(80))
        addPastAction(rng, std::max(p.entryDate, today - days(30)), yesterday, false, actions);
    std::stable_sort(actions.begin(), actions.end(),
                     [](const PlannedAction& a, const PlannedAction& b) { return a.date < b.date; });
}

} // namespace parcours::demo
