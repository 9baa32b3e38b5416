// The notice's built-in text and the filling of its placeholders.
#include "domain/InformationNotice.h"

#include <string_view>

namespace parcours {

namespace {

constexpr std::string_view kBlank = "…………………………";

void replaceAll(std::string& text, std::string_view placeholder, const std::string& value)
{
    const std::string shown = value.empty() ? std::string(kBlank) : value;
    for (std::size_t at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + shown.size()))
        text.replace(at, placeholder.size(), shown);
}

} // namespace

const std::string& defaultInformationNotice()
{
    static const std::string notice = R"(Information sur vos données personnelles

Remise à : {personne}
Le : {date}

Qui est responsable de vos données ?
Le {plie} (Plan local pour l'insertion et l'emploi) est responsable du traitement de vos données personnelles.

Pourquoi vos données sont-elles recueillies ?
- pour vous accompagner vers l'emploi : suivi de votre parcours, de vos étapes, de vos entretiens et de vos démarches ;
- pour établir chaque année un bilan anonymisé de l'activité du PLIE, transmis à l'entrepôt national de données. Ce bilan ne contient ni votre nom ni aucune donnée permettant de vous reconnaître.
Ce traitement repose sur la mission d'intérêt public confiée au PLIE.

Quelles données ?
Votre identité et vos coordonnées, votre situation à l'entrée (niveau de formation, RSA, demande d'emploi de longue durée, RQTH), les étapes de votre parcours, les freins identifiés et levés, vos entretiens, vos embauches et votre sortie du parcours.
Seules les personnes du PLIE chargées de votre accompagnement y ont accès. Chaque consultation, impression ou export de votre dossier est enregistré.

Combien de temps sont-elles conservées ?
Vos données sont conservées pendant 2 ans après votre dernier contact avec le PLIE, puis archivées : ce qui permet de vous identifier est alors effacé.

Quels sont vos droits ?
- droit d'accès : obtenir une copie de vos données et de l'historique de votre dossier ;
- droit de rectification : faire corriger des données inexactes ;
- droit à l'effacement et à la limitation du traitement, dans les cas prévus par la loi ;
- droit d'opposition, lorsqu'il s'applique.
Vous pouvez aussi adresser une réclamation à la CNIL (www.cnil.fr, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07).

Pour exercer vos droits ou pour toute question, contactez :
{contact}
)";
    return notice;
}

std::string fillInformationNotice(const std::string& noticeTemplate, const NoticeFields& fields)
{
    std::string text = noticeTemplate.empty() ? defaultInformationNotice() : noticeTemplate;
    replaceAll(text, "{plie}", fields.plieName);
    replaceAll(text, "{contact}", fields.contact);
    replaceAll(text, "{personne}", fields.participantName);
    replaceAll(text, "{date}", fields.date ? toFrenchDate(*fields.date) : std::string());
    return text;
}

} // namespace parcours
