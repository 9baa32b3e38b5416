// `parcours-cli demo`: fills a new database, and with --csv also writes it as an interchange folder.
#include "DemoCommand.h"

#include "CountsPrinter.h"
#include "ProgressPrinter.h"

#include "domain/Clock.h"
#include "interchange/FolderWriter.h"
#include "store/Database.h"
#include "transfer/DemoDatabase.h"
#include "transfer/FolderDump.h"

#include <ostream>

namespace parcours::cli {

DemoCommand::DemoCommand(CLI::App& parent)
    : Command(parent, "demo", "Remplit une nouvelle base avec un PLIE de démonstration réaliste (données fictives)")
{
    addDatabaseOption(m_database, "La base à remplir ; créée si elle manque, refusée si elle a déjà des participant.e.s");
    m_app->add_option("--participants", m_participants, "Nombre de participant.e.s (300 par défaut)")
        ->check(CLI::Range(1, 2'000'000))
        ->type_name("N");
    m_app->add_option("--seed", m_seed, "Graine : la même graine, le même jour, donne les mêmes données (1 par défaut)")
        ->type_name("S");
    m_app->add_option("--csv", m_csvFolder, "Écrit aussi les données dans ce dossier, au format d'échange CSV")
        ->type_name("DOSSIER");
    m_app->add_flag("-q,--quiet", m_quiet, "N'affiche pas la progression");
}

int DemoCommand::run(std::ostream& out, std::ostream& err)
{
    const SystemClock clock;
    try {
        InterchangeCounts counts;
        {
            ProgressPrinter progress(err, m_quiet);
            counts = createDemoDatabase(m_database, clock, DemoOptions{m_participants, m_seed, clock.today()},
                                        progress.callback(), passphrase());
        }
        out << "Démonstration créée dans « " << m_database << " » : " << describeCounts(counts) << ".\n";
        if (!m_csvFolder.empty()) {
            Database db = openDatabase(m_database, OpenMode::ReadOnly);
            dumpDatabase(db, m_csvFolder);
            out << "Écrite aussi dans « " << m_csvFolder << " ».\n";
        }
        return kExitSuccess;
    } catch (const DemoRefused& error) {
        err << "parcours-cli demo : " << error.what() << '\n';
    } catch (const FolderWriteError& error) {
        err << "parcours-cli demo : " << error.what() << '\n';
    }
    return kExitRefused;
}

} // namespace parcours::cli
