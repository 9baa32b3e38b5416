// The 21 sections of NAF rév. 2, as INSEE names them.
#include "domain/NafSections.h"

#include <array>

namespace parcours {

namespace {

constexpr std::array<std::string_view, 21> kNames{
    "Agriculture, sylviculture et pêche",
    "Industries extractives",
    "Industrie manufacturière",
    "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné",
    "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution",
    "Construction",
    "Commerce ; réparation d'automobiles et de motocycles",
    "Transports et entreposage",
    "Hébergement et restauration",
    "Information et communication",
    "Activités financières et d'assurance",
    "Activités immobilières",
    "Activités spécialisées, scientifiques et techniques",
    "Activités de services administratifs et de soutien",
    "Administration publique",
    "Enseignement",
    "Santé humaine et action sociale",
    "Arts, spectacles et activités récréatives",
    "Autres activités de services",
    "Activités des ménages en tant qu'employeurs",
    "Activités extra-territoriales",
};

} // namespace

std::string_view nafSectionName(char section)
{
    if (section < 'A' || section > 'U')
        return {};
    return kNames[static_cast<std::size_t>(section - 'A')];
}

} // namespace parcours
