// `parcours-cli import`: prints every error as file:line: column: message, or what was imported.
#include "ImportCommand.h"

#include "CountsPrinter.h"
#include "ProgressPrinter.h"

#include "domain/Clock.h"
#include "transfer/FolderImport.h"

#include <ostream>

namespace parcours::cli {

ImportCommand::ImportCommand(CLI::App& parent)
    : Command(parent, "import", "Importe un dossier au format d'échange CSV, tout ou rien")
{
    addDatabaseOption(m_database, "La base où importer ; créée si elle manque (et seulement si l'import réussit)");
    m_app->add_option("DOSSIER", m_folder, "Le dossier des fichiers CSV (participants.csv, parcours.csv…)")
        ->required()
        ->type_name("");
    m_app->add_flag("-q,--quiet", m_quiet, "N'affiche pas la progression");
}

int ImportCommand::run(std::ostream& out, std::ostream& err)
{
    const SystemClock clock;
    ImportResult result;
    {
        ProgressPrinter progress(err, m_quiet);
        result = importFolderIntoFile(m_database, clock, m_folder, progress.callback(), passphrase());
    }
    if (result.succeeded()) {
        out << "Import réussi : " << describeCounts(result.summary) << ".\n";
        return kExitSuccess;
    }
    // The errors kept (the first ImportErrors::kKept), then the count of the others.
    for (const ImportError& error : result.errors)
        err << error.text() << '\n';
    if (result.errors.unlisted() > 0)
        err << result.errors.unlistedText() << '\n';
    const std::size_t total = result.errors.total();
    err << "Import refusé : " << total << (total > 1 ? " erreurs" : " erreur")
        << " ; la base n'a pas été modifiée.\n";
    return kExitRefused;
}

} // namespace parcours::cli
