// `parcours-cli check`: prints core's integrity report in French; sound is exit 0, anything else 1.
#include "CheckCommand.h"

#include "store/IntegrityCheck.h"

#include <ostream>

namespace parcours::cli {

CheckCommand::CheckCommand(CLI::App& parent)
    : Command(parent, "check", "Vérifie l'intégrité de la base et sa version de schéma (sortie 0 si elle est saine)")
{
    addDatabaseOption(m_database, "La base à vérifier ; elle n'est jamais créée ni modifiée");
}

int CheckCommand::run(std::ostream& out, std::ostream& err)
{
    const IntegrityReport report = checkDatabase(m_database, passphrase());
    out << "Version du schéma : " << report.schemaVersion << '\n';
    if (report.sound()) {
        out << "Base saine.\n";
        return kExitSuccess;
    }
    const auto count = report.problems.size();
    err << "Base non saine : " << count << (count == 1 ? " problème" : " problèmes") << " :\n";
    for (const std::string& problem : report.problems)
        err << "- " << problem << '\n';
    return kExitRefused;
}

} // namespace parcours::cli
