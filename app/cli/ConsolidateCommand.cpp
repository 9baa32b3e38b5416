// `parcours-cli consolidate`: a refused file is named on standard error (exit 1) and nothing is written.
#include "ConsolidateCommand.h"

#include "consolidation/ConsolidateExports.h"
#include "consolidation/ReportWriter.h"
#include "domain/Clock.h"

#include <ostream>

namespace parcours::cli {

ConsolidateCommand::ConsolidateCommand(CLI::App& parent)
    : Command(parent, "consolidate", "Additionne les exports « warehouse » de plusieurs PLIE pour une même année")
{
    m_app->add_option("FICHIER", m_files, "Les exports JSON à additionner (parcours-cli export --profile warehouse)")
        ->required()
        ->type_name("");
    m_app->add_option("--out", m_out, "Le fichier à écrire (remplacé d'un coup) ; la sortie standard sinon")
        ->type_name("FICHIER");
}

int ConsolidateCommand::run(std::ostream& out, std::ostream& err)
{
    const SystemClock clock;
    std::string text;
    try {
        const ConsolidatedExports consolidated =
            consolidateExportFiles(std::vector<std::filesystem::path>(m_files.begin(), m_files.end()));
        for (const std::string& warning : consolidated.warnings)
            err << "parcours-cli consolidate : attention : " << warning << '\n';
        text = consolidatedJsonText(consolidated, clock.nowUtc());
    } catch (const ConsolidationInputError& error) {
        err << "parcours-cli consolidate : refusé : " << error.what() << '\n';
        return kExitRefused;
    }
    if (m_out.empty()) {
        out << text;
        return kExitSuccess;
    }
    try {
        writeReportFile(m_out, text);
    } catch (const ReportWriteError& error) {
        err << "parcours-cli consolidate : " << error.what() << '\n';
        return kExitRefused;
    }
    out << m_files.size() << (m_files.size() > 1 ? " exports additionnés" : " export repris") << " dans « " << m_out
        << " ».\n";
    return kExitSuccess;
}

} // namespace parcours::cli
