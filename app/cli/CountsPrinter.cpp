// French counts with their plurals.
#include "CountsPrinter.h"

namespace parcours::cli {

namespace {

std::string count(std::size_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n > 1 ? many : one);
}

} // namespace

std::string describeCounts(const InterchangeCounts& c)
{
    return count(c.participants, "participant.e", "participant.e.s") + ", " + count(c.pathways, "parcours", "parcours")
           + ", " + count(c.steps, "étape", "étapes") + ", " + count(c.barriers, "frein", "freins") + ", "
           + count(c.contacts, "entretien", "entretiens") + ", "
           + count(c.plannedActions, "action prévue", "actions prévues") + ", "
           + count(c.holds, "période de veille", "périodes de veille")
           + ", " + count(c.hires, "embauche rompue", "embauches rompues");
}

} // namespace parcours::cli
