// `parcours-cli apply`: checks the whole file before opening (or creating) the database.
#include "ApplyCommand.h"

#include "changes/ApplyOperations.h"
#include "changes/ChangesFile.h"
#include "store/Database.h"

#include <ostream>

namespace parcours::cli {

ApplyCommand::ApplyCommand(CLI::App& parent)
    : Command(parent, "apply",
              "Applique un fichier d'opérations (écrit par « changes ») ; les conflits sont listés et gardés, jamais "
              "résolus en silence")
{
    addDatabaseOption(m_database, "La base où appliquer ; créée si elle manque et que le fichier est valide");
    m_app->add_option("OPERATIONS", m_changes, "Le fichier d'opérations (JSON Lines)")->required()->type_name("");
}

int ApplyCommand::run(std::ostream& out, std::ostream& err)
{
    std::vector<Operation> operations;
    try {
        operations = readChangesFile(m_changes);
    } catch (const ChangesRefused& error) {
        err << "parcours-cli apply : fichier refusé, rien n'a été appliqué :\n";
        for (const std::string& problem : error.problems())
            err << "- " << problem << '\n';
        return kExitRefused;
    }
    Database db = openDatabase(m_database, OpenMode::CreateIfMissing);
    try {
        const ApplyReport report = applyOperations(db, operations);
        for (const Conflict& conflict : report.conflicts)
            out << describeConflict(conflict) << '\n';
        out << report.applied << " appliquée(s), " << report.skipped << " ignorée(s) (déjà là), "
            << report.conflicts.size() << " en conflit.\n";
        return kExitSuccess;
    } catch (const ChangesRefused& error) {
        err << "parcours-cli apply : fichier refusé, rien n'a été appliqué :\n";
        for (const std::string& problem : error.problems())
            err << "- " << problem << '\n';
        return kExitRefused;
    }
}

} // namespace parcours::cli
