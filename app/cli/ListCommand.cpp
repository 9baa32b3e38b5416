// `parcours-cli list`: a missing database is refused, never created; on standard output it reads
// only; with --out the file is written whole or not at all, and each person listed gets an
// « export » read trace.
#include "ListCommand.h"

#include "domain/Clock.h"
#include "sheets/CaseloadSheet.h"
#include "sheets/SheetFiles.h"
#include "store/CaseloadQuery.h"
#include "store/Database.h"
#include "store/ReadTraces.h"
#include "store/ReferentRepository.h"
#include "store/RowMapping.h"

#include <algorithm>
#include <filesystem>
#include <ostream>

namespace parcours::cli {

namespace {

CLI::Validator choiceValidator(std::vector<std::string> choices, const std::string& what)
{
    std::string list;
    for (const std::string& choice : choices)
        list += (list.empty() ? "" : "|") + choice;
    return CLI::Validator(
        [choices, what, list](std::string& text) -> std::string {
            if (std::find(choices.begin(), choices.end(), text) != choices.end())
                return {};
            return what + " « " + text + " » inconnu : " + list;
        },
        list);
}

} // namespace

ListCommand::ListCommand(CLI::App& parent)
    : Command(parent, "list", "Écrit la liste des participant.e.s (leur dernier parcours) en tableur : CSV ou XLSX")
{
    addDatabaseOption(m_database, "La base à lire ; elle n'est jamais créée ni modifiée");
    m_referentOption =
        m_app->add_option("--referent", m_referent, "Seulement les participant.e.s de ce ou cette référent.e")
            ->type_name("NOM");
    m_app
        ->add_option("--status", m_status,
                     "en_cours (par défaut : toutes et tous sauf les sorti.e.s), veille, suivi (suivi de six mois "
                     "après l'embauche), sorti ou tous")
        ->check(choiceValidator({"en_cours", "veille", "suivi", "sorti", "tous"}, "état"))
        ->type_name("ÉTAT");
    m_app
        ->add_option("--format", m_format,
                     "csv (par défaut : UTF-8 avec BOM, points-virgules, pour les tableurs français) ou xlsx "
                     "(avec --out)")
        ->check(choiceValidator({"csv", "xlsx"}, "format"))
        ->type_name("FORMAT");
    m_outputOption =
        m_app->add_option("--out", m_output, "Le fichier à écrire (remplacé d'un coup) ; la sortie standard sinon")
            ->type_name("FICHIER");
    m_app->callback([this] {
        // A workbook is binary: on a terminal it is noise, and a pipe is better served by CSV.
        if (m_format == "xlsx" && !*m_outputOption)
            throw CLI::ValidationError("--format xlsx",
                                       "demande --out FICHIER (un classeur ne s'écrit pas sur la sortie standard)");
    });
}

int ListCommand::run(std::ostream& out, std::ostream& err)
{
    const SystemClock clock;
    // A list written to a file is an export of those people's data, recorded as read traces:
    // the base is then opened for writing (never created). On standard output it only reads.
    const bool toFile = m_outputOption->count() > 0;
    Database db = openDatabase(m_database, toFile ? OpenMode::ExistingOnly : OpenMode::ReadOnly);
    db.journal().setAuthor(author());
    std::optional<RowId> referent;
    if (*m_referentOption) {
        const std::optional<Referent> known = ReferentRepository(db, clock).findByName(m_referent);
        if (!known) {
            err << "parcours-cli list : --referent : aucun.e référent.e « " << rows::trimmed(m_referent)
                << " » dans la base.\n";
            return kExitRefused;
        }
        referent = known->record.id;
    }
    const CaseloadSelection selection = caseloadSelectionFromCode(m_status).value_or(CaseloadSelection::Open);
    std::vector<CaseloadRow> rows = loadCaseload(db, clock.today());
    std::erase_if(rows, [&](const CaseloadRow& row) {
        return !isSelected(row, selection) || (referent && row.referentId != *referent);
    });
    const Sheet sheet = caseloadSheet(rows);
    if (!*m_outputOption) {
        out << csvText(sheet);
        return kExitSuccess;
    }
    try {
        if (m_format == "xlsx")
            writeXlsx(m_output, {sheet});
        else
            writeCsv(m_output, sheet);
    } catch (const SheetWriteError& error) {
        err << "parcours-cli list : " << error.what() << '\n';
        return kExitRefused;
    }
    std::vector<RowId> exported;
    exported.reserve(rows.size());
    for (const CaseloadRow& row : rows)
        exported.push_back(row.participantId);
    readtraces::recordForIds(db, clock, exported, ReadAction::Export,
                             std::filesystem::path(m_output).filename().string());
    return kExitSuccess;
}

} // namespace parcours::cli
