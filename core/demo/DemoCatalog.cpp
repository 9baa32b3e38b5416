// The demo's word lists. The places are those of Ille-et-Vilaine (with a few neighbours); the
// structures are made up in the manner of real ones. Some notes hold commas, quotes and line breaks
// on purpose: they exercise the CSV writer and reader.
#include "demo/DemoCatalog.h"

namespace parcours::demo {

namespace {

constexpr Place kPlaces[] = {
    {"35000", "Rennes", 200, 300},
    {"35200", "Rennes", 150, 500},
    {"35700", "Rennes", 100, 500},
    {"35400", "Saint-Malo", 80, 300},
    {"35300", "Fougères", 50, 300},
    {"35500", "Vitré", 40, 150},
    {"35600", "Redon", 30, 250},
    {"35136", "Saint-Jacques-de-la-Lande", 30, 0},
    {"35510", "Cesson-Sévigné", 20, 0},
    {"35170", "Bruz", 20, 0},
    {"35800", "Dinard", 15, 0},
    {"35135", "Chantepie", 12, 0},
    {"35830", "Betton", 10, 0},
    {"35740", "Pacé", 10, 0},
    {"35650", "Le Rheu", 10, 0},
    {"35760", "Saint-Grégoire", 10, 0},
    {"35770", "Vern-sur-Seiche", 10, 0},
    {"35270", "Combourg", 10, 0},
    {"35160", "Montfort-sur-Meu", 10, 0},
    {"35340", "Liffré", 10, 0},
    {"35410", "Châteaugiron", 8, 0},
    {"35150", "Janzé", 8, 0},
    {"35470", "Bain-de-Bretagne", 8, 0},
    {"35580", "Guichen", 8, 0},
    {"35310", "Mordelles", 8, 0},
    {"35590", "L'Hermitage", 8, 0},
    {"35230", "Noyal-Châtillon-sur-Seiche", 8, 0},
    {"35235", "Thorigné-Fouillard", 8, 0},
    {"35690", "Acigné", 6, 0},
    {"35140", "Saint-Aubin-du-Cormier", 6, 0},
    {"35260", "Cancale", 6, 0},
    {"35120", "Dol-de-Bretagne", 6, 0},
    {"44000", "Nantes", 10, 300},
    {"53000", "Laval", 8, 200},
    {"22000", "Saint-Brieuc", 8, 200},
    {"56000", "Vannes", 5, 100},
    {"75019", "Paris", 3, 400},
};

// Mobilisation.
constexpr std::string_view kMobilisationOperators[] = {
    "AFPA Rennes",
    "Association Trajectoires 35",
    "CIDFF d'Ille-et-Vilaine",
    "Espace Emploi Maurepas",
    "Association Confiance & Emploi",
    "Ateliers Déclic Emploi",
    "Centre social Ty-Blosne",
    "Mission locale du bassin rennais",
    "Maison de l'emploi du Pays de Saint-Malo",
    "Association Cap'Avenir Fougères",
};
constexpr std::string_view kMobilisationLabels[] = {
    "Atelier CV et lettre de motivation",
    "Bilan de compétences",
    "Atelier confiance en soi",
    "Positionnement sur un projet professionnel",
    "Atelier « Savoir se présenter »",
    "Découverte des métiers de la logistique",
    "Atelier recherche d'emploi et réseaux sociaux",
    "Préparation aux entretiens d'embauche",
    "Atelier image de soi, sport et bien-être",
    "Visite d'entreprise et forum de l'emploi",
    "Atelier mobilité : lire un plan, prendre le bus",
    "Orientation vers les métiers du soin",
    "Atelier collectif \"Cap sur l'emploi\"",
    "Évaluation des compétences et capacités professionnelles",
};

// Formation, by subtype.
constexpr std::string_view kTrainingOperators[] = {
    "AFPA Rennes",
    "AFPA Saint-Malo",
    "GRETA Est Bretagne",
    "Institut Bretagne Compétences",
    "CFA de la Chambre de métiers",
    "Centre de formation Horizon Ouest",
};
constexpr std::string_view kQualifyingLabels[] = {
    "Titre professionnel Agent de propreté et d'hygiène",
    "Titre professionnel Préparateur de commandes",
    "CAP Accompagnant éducatif petite enfance",
    "Titre professionnel Assistant de vie aux familles",
    "Titre professionnel Cuisinier",
    "Titre professionnel Agent magasinier",
    "CAP Maçon, en alternance",
    "Titre professionnel Employé commercial en magasin",
};
constexpr std::string_view kCertifyingLabels[] = {
    "Certificat CléA, socle de compétences",
    "Sauveteur secouriste du travail (SST)",
    "CACES R489, chariots élévateurs",
    "Habilitation électrique",
    "Certificat de qualification professionnelle",
};
constexpr std::string_view kPreQualifyingLabels[] = {
    "Prépa Avenir, parcours préqualifiant",
    "Découverte des métiers du bâtiment",
    "Préparation opérationnelle à l'emploi (POEC) logistique",
    "Découverte des métiers de l'aide à la personne",
};
constexpr std::string_view kLanguageOperators[] = {
    "Langue et Communication",
    "CLPS Rennes",
    "Centre social Ty-Blosne",
    "Association Français pour tous",
};
constexpr std::string_view kLanguageLabels[] = {
    "Français langue étrangère, niveau A1",
    "FLE à visée professionnelle (A2)",
    "Atelier sociolinguistique",
    "Français écrit, niveau B1",
};
constexpr std::string_view kBasicSkillsLabels[] = {
    "Remise à niveau en français et calcul",
    "Compétences clés",
    "Savoirs de base à visée professionnelle",
};
constexpr std::string_view kLicenceOperators[] = {
    "Auto-école sociale Mob'In 35",
    "Auto-école solidaire de Saint-Malo",
    "Plateforme mobilité 35",
};
constexpr std::string_view kLicenceLabels[] = {
    "Permis B",
    "Code de la route",
    "Permis B, auto-école sociale",
    "Permis AM (scooter)",
};
constexpr std::string_view kDigitalOperators[] = {
    "Espace public numérique du Blosne",
    "Maison du numérique de Fougères",
    "Association Clic'Solidaire",
};
constexpr std::string_view kDigitalLabels[] = {
    "Premiers pas sur l'ordinateur",
    "Pix : compétences numériques",
    "Démarches en ligne et messagerie",
    "Utiliser son smartphone pour chercher un emploi",
};
constexpr std::string_view kOtherTrainingLabels[] = {
    "Formation hygiène alimentaire HACCP",
    "Gestes et postures",
    "Formation courte, sécurité incendie",
};

constexpr std::string_view kMediationOperators[] = {
    "France Travail Rennes Sud",
    "France Travail Saint-Malo",
    "France Travail Fougères",
    "Association Transition IOD 35",
    "Réseau de parrainage d'Ille-et-Vilaine",
    "Facilitateur clauses sociales de Rennes Métropole",
};
constexpr std::string_view kMediationLabels[] = {
    "Intermédiation active (IOD)",
    "Période de mise en situation en milieu professionnel (PMSMP)",
    "Parrainage vers l'emploi",
    "Prestation France Travail « Valoriser son image pro »",
    "Job dating du secteur logistique",
    "Clause sociale : positionnement sur un marché public",
    "Immersion en entreprise, métiers du commerce",
};

constexpr std::string_view kJobOperators[] = {
    "Intérim 35 Emploi",
    "Agence d'intérim du Colombier",
    "Supermarché du Blosne",
    "Conserverie de la Côte d'Émeraude",
    "Armor Propreté",
    "Hôtel-restaurant Les Remparts",
    "Transports Le Floch",
    "Abattoir de Vitré",
    "Plateforme logistique de Chartres-de-Bretagne",
};
constexpr std::string_view kJobLabels[] = {
    "CDD employé.e libre-service (2 mois)",
    "Mission d'intérim, préparateur.rice de commandes",
    "CDD agent.e de service",
    "Contrat saisonnier, récolte",
    "Intérim manutention",
    "CDD serveur.se, saison d'été",
    "CDD aide à domicile (3 mois)",
    "Mission d'intérim, agent.e de production",
};

// IAE, by subtype.
constexpr std::string_view kAciOperators[] = {
    "Jardins de Cocagne",       "ACI Les Ateliers du Blosne",      "ACI Bois et Bocage",
    "Ressourcerie Tri'Porteur", "Atelier chantier Vélo Solidaire", "Le Relais Bretagne",
};
constexpr std::string_view kAciLabels[] = {
    "Maraîchage biologique", "Entretien des espaces verts", "Tri et valorisation textile",
    "Réparation de vélos",   "Second œuvre du bâtiment",    "Ressourcerie : collecte et vente",
};
constexpr std::string_view kEiOperators[] = {
    "EI Bretagne Nettoyage Solidaire",
    "EI Répar'Électro",
    "EI Le Comptoir solidaire",
};
constexpr std::string_view kEiLabels[] = {
    "Agent.e de propreté",
    "Réparation d'électroménager",
    "Commis de cuisine",
};
constexpr std::string_view kEttiOperators[] = {
    "ETTI Osons l'emploi",
    "ETTI Intérim Insertion 35",
    "ETTI Tremplin Travail Temporaire",
};
constexpr std::string_view kEttiLabels[] = {
    "Mission BTP, manœuvre",
    "Mission logistique",
    "Mission agent.e d'entretien",
};
constexpr std::string_view kAiOperators[] = {
    "AI Emploi Services Vitré",
    "AI Solidarité Emploi Rennes",
    "AI Coup de main Fougères",
};
constexpr std::string_view kAiLabels[] = {
    "Mise à disposition : ménage chez des particuliers",
    "Mise à disposition : entretien de locaux",
    "Aide aux collectivités, cantine scolaire",
};
constexpr std::string_view kRegieOperators[] = {
    "Régie de quartier Maurepas",
    "Régie de quartier du Blosne",
};
constexpr std::string_view kRegieLabels[] = {
    "Entretien des parties communes",
    "Médiation et petits travaux",
};
constexpr std::string_view kGeiqOperators[] = {
    "GEIQ BTP 35",
    "GEIQ Propreté Bretagne",
};
constexpr std::string_view kGeiqLabels[] = {
    "Contrat de professionnalisation, maçon.ne",
    "Contrat de professionnalisation, agent.e de propreté",
};

constexpr std::string_view kSubsidisedOperators[] = {
    "Mairie de Rennes",      "CCAS de Saint-Malo",
    "EHPAD Les Tilleuls",    "Association sportive du Blosne",
    "Collège Les Gayeulles", "Communauté de communes du Pays de Redon",
};
constexpr std::string_view kSubsidisedLabels[] = {
    "Parcours emploi compétences (PEC), agent.e d'entretien",
    "PEC animateur.rice périscolaire",
    "PEC aide-cuisinier.e en EHPAD",
    "Contrat initiative emploi (CIE)",
};

constexpr std::string_view kBarrierOperators[] = {
    "CCAS de Rennes",
    "Point santé du PLIE",
    "Plateforme mobilité 35",
    "Point conseil budget de Rennes",
    "Agence immobilière à vocation sociale 35",
    "Centre d'examens de santé CPAM 35",
};
constexpr std::string_view kBarrierLabels[] = {
    "Accompagnement santé",           "Recherche de logement",
    "Dossier de surendettement",      "Mode de garde : inscription en crèche",
    "Location de véhicule solidaire", "Bilan de santé",
    "Soutien psychologique",          "Ouverture des droits, complémentaire santé",
};

constexpr std::string_view kInWorkOperators[] = {
    "PLIE de démonstration",
    "Association Trajectoires 35",
};
constexpr std::string_view kInWorkLabels[] = {
    "Suivi dans l'emploi",
    "Médiation avec l'employeur",
    "Point d'étape avec le tuteur en entreprise",
    "Accompagnement à la prise de poste",
};

constexpr std::string_view kOtherOperators[] = {
    "Maison de quartier La Touche",
    "Centre social Carrefour 18",
};
constexpr std::string_view kOtherLabels[] = {
    "Démarches administratives",
    "Bénévolat associatif",
    "Stage découverte",
    "Préparation à un concours",
};

constexpr std::string_view kEntryNotes[] = {
    "Entretien d'accueil : présentation du PLIE et signature du contrat d'engagement.",
    "Premier rendez-vous, diagnostic de la situation.\nFreins repérés : mobilité et garde d'enfants.",
    "Entrée en parcours. Orientation par France Travail, souhaite travailler dans la logistique.",
    "Accueil, recueil des documents (CV, attestation CAF, carte Vitale).",
    "Entretien d'entrée : projet \"aide à domicile\", à confirmer par une immersion.",
    "Premier entretien, la personne est motivée, disponible tout de suite.",
};
constexpr std::string_view kOngoingNotes[] = {
    "Point sur les candidatures : 3 envoyées, une réponse négative.",
    "Relance de l'employeur, pas de réponse pour l'instant.",
    "A postulé chez \"Boulangerie Rolland\", entretien prévu jeudi.",
    "Bilan de l'atelier CV : CV refait, à mettre en ligne.",
    "Absence au rendez-vous, rappel fait, nouveau rendez-vous fixé.",
    "Point mobilité : code obtenu, permis en cours.",
    "Difficultés de garde d'enfant, orientation vers le relais petite enfance.",
    "Échange sur le projet professionnel, piste « aide à domicile » à confirmer.\nPrévoir une PMSMP.",
    "Dossier de surendettement déposé, en attente de la commission.",
    "Point sur la formation, tout se passe bien.",
    "Pas de nouvelles depuis trois semaines, message laissé.",
    "Rendez-vous annulé par la personne, reporté à la semaine prochaine.",
    "Travail sur la lettre de motivation, \"points forts\" à mettre en avant.",
    "Préparation de l'entretien d'embauche, simulation, conseils sur la présentation.",
    "Point sur la santé : suivi médical en cours, reprise des démarches progressive.",
    "Proposition d'offre : agent.e d'entretien, 24 h par semaine, à Cesson-Sévigné.",
    "Positionnement sur l'atelier numérique.\nLa personne n'a pas d'ordinateur à la maison.",
    "Point d'étape, objectifs fixés pour le mois : 5 candidatures, 1 immersion.",
};
constexpr std::string_view kOnHoldNotes[] = {
    "Appel pendant la veille, la situation évolue bien.",
    "Nouvelles prises par téléphone, reprise du parcours à envisager dans un mois.",
    "Point pendant la veille : pas de démarches pour le moment, comme convenu.",
};
constexpr std::string_view kFollowUpNotes[] = {
    "Point à un mois dans l'emploi : bonne intégration dans l'équipe.",
    "Suivi dans l'emploi, contact avec le tuteur : satisfait.",
    "Point à trois mois, quelques difficultés d'horaires, solution trouvée avec l'employeur.",
    "Appel, contrat confirmé après la période d'essai.",
    "Suivi dans l'emploi : la personne demande une aide pour le transport, \"ticket mobilité\" accordé.",
};
constexpr std::string_view kExitNotes[] = {
    "Entretien de sortie : bilan du parcours, points forts et suites.",
    "Dernier rendez-vous, sortie validée avec la coordination.",
    "Bilan de fin de parcours.\nDocuments remis à la personne.",
    "Sortie du parcours, la personne sait qu'elle peut revenir vers le PLIE.",
};

constexpr std::string_view kHoldReasons[] = {
    "maladie",
    "maternité",
    "aidant familial",
    "hospitalisation",
    "congé parental",
    "difficultés de logement",
    "garde d'enfant",
    "soins, convalescence",
    "séjour à l'étranger, raisons familiales",
};

constexpr std::string_view kBrokenHireReasons[] = {
    "fin de période d'essai à l'initiative de l'employeur",
    "démission",
    "rupture conventionnelle",
    "fin de mission anticipée",
    "liquidation judiciaire de l'entreprise",
    "inaptitude médicale",
    "licenciement économique",
    "abandon de poste",
};

// clang-format off
//                                    A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U
constexpr NafWeights kNafEntreprise { 3, 0,10, 0, 2,10,18,11, 9, 1, 1, 1, 2,20, 0, 1, 5, 1, 4, 0, 0};
constexpr NafWeights kNafPublic     { 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0,55,15,25, 3, 0, 0, 0};
constexpr NafWeights kNafAssociation{ 2, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 7, 0,10,50, 8,20, 0, 0};
constexpr NafWeights kNafParticulier{ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,99, 0};
// clang-format on

StepCatalog trainingCatalog(StepSubtype subtype)
{
    switch (subtype) {
    case StepSubtype::Qualifiante: return {kTrainingOperators, kQualifyingLabels};
    case StepSubtype::Certifiante: return {kTrainingOperators, kCertifyingLabels};
    case StepSubtype::PreQualifiante: return {kTrainingOperators, kPreQualifyingLabels};
    case StepSubtype::Linguistique: return {kLanguageOperators, kLanguageLabels};
    case StepSubtype::SavoirsDeBase: return {kLanguageOperators, kBasicSkillsLabels};
    case StepSubtype::Permis: return {kLicenceOperators, kLicenceLabels};
    case StepSubtype::Numerique: return {kDigitalOperators, kDigitalLabels};
    default: return {kTrainingOperators, kOtherTrainingLabels};
    }
}

StepCatalog iaeCatalog(StepSubtype subtype)
{
    switch (subtype) {
    case StepSubtype::Ei: return {kEiOperators, kEiLabels};
    case StepSubtype::Etti: return {kEttiOperators, kEttiLabels};
    case StepSubtype::Ai: return {kAiOperators, kAiLabels};
    case StepSubtype::RegieQuartier: return {kRegieOperators, kRegieLabels};
    case StepSubtype::Geiq: return {kGeiqOperators, kGeiqLabels};
    default: return {kAciOperators, kAciLabels};
    }
}

} // namespace

std::span<const Place> places()
{
    return kPlaces;
}

StepCatalog stepCatalog(StepType type, StepSubtype subtype)
{
    switch (type) {
    case StepType::Mobilisation: return {kMobilisationOperators, kMobilisationLabels};
    case StepType::Formation: return trainingCatalog(subtype);
    case StepType::MediationEmploi: return {kMediationOperators, kMediationLabels};
    case StepType::EmploiNonAide: return {kJobOperators, kJobLabels};
    case StepType::ContratAide: return {kSubsidisedOperators, kSubsidisedLabels};
    case StepType::Iae: return iaeCatalog(subtype);
    case StepType::LeveeFreins: return {kBarrierOperators, kBarrierLabels};
    case StepType::AccompagnementEmploi: return {kInWorkOperators, kInWorkLabels};
    case StepType::Autre: break;
    }
    return {kOtherOperators, kOtherLabels};
}

std::span<const std::string_view> contactNotes(NoteMoment moment)
{
    switch (moment) {
    case NoteMoment::Entry: return kEntryNotes;
    case NoteMoment::Ongoing: break;
    case NoteMoment::OnHold: return kOnHoldNotes;
    case NoteMoment::FollowUp: return kFollowUpNotes;
    case NoteMoment::Exit: return kExitNotes;
    }
    return kOngoingNotes;
}

std::span<const std::string_view> holdReasons()
{
    return kHoldReasons;
}

std::span<const std::string_view> brokenHireReasons()
{
    return kBrokenHireReasons;
}

const NafWeights& nafWeights(EmployerCategory employer)
{
    switch (employer) {
    case EmployerCategory::Public: return kNafPublic;
    case EmployerCategory::Association: return kNafAssociation;
    case EmployerCategory::Particulier: return kNafParticulier;
    case EmployerCategory::Entreprise: break;
    }
    return kNafEntreprise;
}

} // namespace parcours::demo
