// The name lists of the demo: common French names and names of families from elsewhere who live in
// France, so that a large demo does not look like clones and exercises accents, hyphens and apostrophes.
#include "demo/FrenchNames.h"

#include "domain/TextFolding.h"

#include <array>

namespace parcours::demo {

namespace {

// The lists read better filled line by line than in clang-format's columns.
// clang-format off
constexpr std::string_view kLastNames[] = {
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon",
    "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont",
    "Lambert", "Fontaine", "Rousseau", "Vincent", "Müller", "Lefebvre", "Faure", "André", "Mercier", "Blanc",
    "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin",
    "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis",
    "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly",
    "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martínez", "Gérard", "Roche", "Renard", "Schmitt",
    "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas",
    "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland",
    "Leclercq", "Guillaume", "Lecomte", "Le Gall", "Le Goff", "Le Roux", "Le Bihan", "Le Corre", "Le Floch",
    "Le Guen", "Le Bris", "Le Moal", "Le Gac", "Guillou", "Tanguy", "Kerjean", "Quéméner", "Hervé", "Jégou", "Riou",
    "Le Hénaff", "Cadiou", "Prigent", "Morvan", "Le Meur", "Gourvennec", "Kerbrat", "Derrien", "Le Berre", "Pichon",
    "Rault", "Lebreton", "Hamon", "N'Diaye", "Diallo", "Traoré", "Koné", "Coulibaly", "Camara", "Sow", "Bâ", "Diop",
    "Keïta", "Touré", "Cissé", "Sylla", "Kanté", "N'Guessan", "M'Bappé", "N'Dour", "Mbaye", "Fofana", "Konaté",
    "Benali", "Belkacem", "Haddad", "Bouzid", "Cherif", "Mansouri", "Benyahia", "Amrani", "El Idrissi", "Ait Ali",
    "Saïdi", "Brahimi", "Hamidi", "Ouali", "Zerrouki", "Benmoussa", "El Amrani", "Boukhari", "Meziane", "Khelifi",
    "Nguyen", "Tran", "Pham", "Lê", "Dos Santos", "Da Silva", "Pereira", "Ferreira", "Gonçalves", "Rodrigues",
    "Fernandes", "Lopes", "Sánchez", "López", "Rodríguez", "Pérez", "Kaya", "Yılmaz", "Demir", "Öztürk", "Kowalski",
    "Nowak", "Popescu", "Ivanova", "Petrović", "Rossi", "Esposito", "Bianchi", "Schneider", "Weiß", "D'Almeida",
    "D'Angelo", "De Oliveira", "Du Pont", "L'Hôte", "L'Huillier", "Saint-Hilaire", "Saint-Jean", "Lévêque",
    "Thébault", "Bréhier", "Guégan", "Pellé", "Hélary", "Ménard", "Bézier", "Chênais", "Le Dantec", "Hoarau",
    "Grondin", "Fontenay", "Besnard", "Rémy", "Léger", "Jouan", "Chauvière", "Bouvier", "Jacquet",
};

constexpr std::string_view kFemaleFirstNames[] = {
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Valérie", "Christine", "Sandrine",
    "Véronique", "Stéphanie", "Céline", "Sophie", "Aurélie", "Émilie", "Julie", "Élodie", "Caroline", "Virginie",
    "Laetitia", "Karine", "Delphine", "Audrey", "Mélanie", "Séverine", "Hélène", "Patricia", "Martine", "Nadia",
    "Fatima", "Aïcha", "Amina", "Khadija", "Samira", "Leïla", "Yasmine", "Inès", "Sarah", "Léa", "Chloé", "Manon",
    "Camille", "Emma", "Zoé", "Anaïs", "Éloïse", "Océane", "Clémence", "Maëlle", "Gwenaëlle", "Nolwenn", "Morgane",
    "Soizic", "Annaïg", "Maïwenn", "Rozenn", "Enora", "Awa", "Fatoumata", "Aminata", "Mariam", "Binta", "Adja",
    "Ngozi", "Thi Lan", "Mai", "Ana", "Maria", "Joana", "Agnieszka", "Elena", "Ioana", "Ayşe", "Elif", "Marie-Claire",
    "Anne-Sophie", "Marie-Laure", "Marie-Hélène", "Anne-Laure", "Marie-Noëlle", "Jeanne", "Thérèse", "Monique",
    "Brigitte", "Josiane", "Chantal", "Danielle", "Ghislaine", "Noëlle", "Bérénice", "Lucie", "Pauline", "Margaux",
    "Justine", "Laura", "Marion", "Charlotte", "Alice", "Agathe", "Louise", "Jade", "Lina", "Rose", "Ambre",
    "Héloïse", "Romane", "Mégane", "Coralie", "Jessica", "Cindy", "Priscilla", "Sabrina", "Vanessa", "Wendy", "Kelly",
    "Naïma", "Malika", "Houria", "Djamila", "Sonia", "Linda", "Rachida", "Mélissa", "Noémie", "Estelle", "Solène",
    "Marine", "Gaëlle", "Annick", "Yvette", "Odile", "Régine", "Armelle", "Maëva", "Loïse", "Salomé", "Cécile",
};

constexpr std::string_view kMaleFirstNames[] = {
    "Jean", "Pierre", "Michel", "Philippe", "Alain", "Patrick", "Nicolas", "Christophe", "Stéphane", "Laurent",
    "Frédéric", "Éric", "David", "Sébastien", "Olivier", "Thierry", "Pascal", "Franck", "Jérôme", "Didier", "Bruno",
    "Gilles", "Fabrice", "Cédric", "Julien", "Mickaël", "Grégory", "Ludovic", "Vincent", "Yannick", "Jean-Baptiste",
    "Jean-Pierre", "Jean-Luc", "Jean-François", "Jean-Marc", "Pierre-Yves", "Jean-Michel", "Loïc", "Gaël", "Maël",
    "Erwan", "Yann", "Ronan", "Goulven", "Tanguy", "Gwénolé", "Brieuc", "Mathéo", "Noé", "Noël", "Léo", "Hugo",
    "Théo", "Lucas", "Enzo", "Maxime", "Kévin", "Jérémy", "Anthony", "Dylan", "Jordan", "Florian", "Romain", "Benoît",
    "Aurélien", "Clément", "Thibault", "Mohamed", "Ahmed", "Karim", "Mehdi", "Rachid", "Samir", "Youssef", "Bilal",
    "Hocine", "Saïd", "Mamadou", "Moussa", "Ibrahima", "Ousmane", "Abdoulaye", "Boubacar", "Seydou", "Cheikh",
    "Aliou", "Modibo", "Minh", "Duc", "João", "José", "Manuel", "António", "Piotr", "Andrei", "Mehmet", "Emre",
    "François", "Gérard", "René", "Joël", "Hervé", "Régis", "Raphaël", "Gaétan", "Jérémie", "Quentin", "Adrien",
    "Bastien", "Damien", "Guillaume", "Mathieu", "Arnaud", "Vivien", "Rémi", "Antoine", "Steven", "Teddy", "Killian",
    "Nathan", "Ethan", "Timothée", "Joachim", "Élie", "Anaël", "Titouan", "Yvon", "Gwenaël", "Alexis", "Valentin",
    "Victor", "Simon", "Marc", "Luc", "Paul", "André", "Henri",
};

constexpr std::string_view kEpiceneFirstNames[] = {
    "Camille", "Dominique", "Claude", "Alex", "Sacha", "Charlie", "Lou", "Eden", "Noa", "Andréa", "Morgan", "Maxence",
    "Ange", "Loan", "Élie", "Sasha", "Ariel", "Swann", "Yaël", "Jules",
};

// clang-format on

} // namespace

std::span<const std::string_view> lastNames()
{
    return kLastNames;
}

std::span<const std::string_view> femaleFirstNames()
{
    return kFemaleFirstNames;
}

std::span<const std::string_view> maleFirstNames()
{
    return kMaleFirstNames;
}

std::span<const std::string_view> epiceneFirstNames()
{
    return kEpiceneFirstNames;
}

std::string asciiLetters(std::string_view name)
{
    std::string letters;
    for (const char c : foldText(name)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            letters += c;
    }
    return letters;
}

} // namespace parcours::demo
