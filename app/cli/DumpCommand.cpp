// `parcours-cli dump`: reads only (a missing database is refused, never created).
#include "DumpCommand.h"

#include "CountsPrinter.h"

#include "interchange/FolderWriter.h"
#include "store/Database.h"
#include "transfer/FolderDump.h"

#include <ostream>

namespace parcours::cli {

DumpCommand::DumpCommand(CLI::App& parent)
    : Command(parent, "dump", "Écrit toute la base dans un dossier au format d'échange CSV (les huit fichiers)")
{
    addDatabaseOption(m_database, "La base à écrire ; elle n'est jamais créée ni modifiée");
    m_app->add_option("DOSSIER", m_folder, "Le dossier où écrire les fichiers ; créé s'il manque")
        ->required()
        ->type_name("");
}

int DumpCommand::run(std::ostream& out, std::ostream& err)
{
    Database db = openDatabase(m_database, OpenMode::ReadOnly);
    try {
        const InterchangeCounts counts = dumpDatabase(db, m_folder);
        out << "Écrit dans « " << m_folder << " » : " << describeCounts(counts) << ".\n";
        return kExitSuccess;
    } catch (const FolderWriteError& error) {
        err << "parcours-cli dump : " << error.what() << '\n';
        return kExitRefused;
    }
}

} // namespace parcours::cli
