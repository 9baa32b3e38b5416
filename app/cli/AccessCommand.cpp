// `parcours-cli access`: opens the base for writing (the copy is recorded as an « acces » read
// trace), writes the person's files through the core, then starts Qt offscreen, as `fiche` does,
// for the fiche parcours.
#include "AccessCommand.h"

#include "CountsPrinter.h"
#include "FicheOffscreen.h"

#include "domain/Clock.h"
#include "interchange/FolderWriter.h"
#include "store/Database.h"
#include "store/RowMapping.h"
#include "transfer/ParticipantAccess.h"

#include <filesystem>
#include <iostream>
#include <ostream>
#include <system_error>
#include <vector>

namespace parcours::cli {

AccessCommand::AccessCommand(CLI::App& parent)
    : Command(parent, "access",
              "Écrit la copie des données d'un.e participant.e pour son droit d'accès : ses lignes au format "
              "d'échange, l'historique de son dossier et sa fiche parcours en PDF")
{
    addDatabaseOption(m_database, "La base à lire ; elle n'est jamais créée (la copie y est tracée)");
    m_app->add_option("--participant", m_participant, "Le numéro de dossier (participant_id) ou l'UUID de la personne")
        ->required()
        ->type_name("ID");
    m_app->add_option("--out", m_output, "Le dossier à écrire, nouveau ou vide ; créé s'il manque")
        ->required()
        ->type_name("DOSSIER");
}

int AccessCommand::run(std::ostream& out, std::ostream& err)
{
    const SystemClock clock;
    Database db = openDatabase(m_database, OpenMode::ExistingOnly);
    db.journal().setAuthor(author());
    const std::optional<Participant> person = participantNamed(db, clock, m_participant);
    if (!person) {
        err << "parcours-cli access : --participant : aucun.e participant.e « " << rows::trimmed(m_participant)
            << " » dans la base (numéro de dossier ou UUID).\n";
        return kExitRefused;
    }
    const std::filesystem::path folder(m_output);
    std::error_code code;
    if (std::filesystem::exists(folder, code) && !std::filesystem::is_directory(folder, code)) {
        err << "parcours-cli access : --out : « " << m_output << " » est un fichier, pas un dossier.\n";
        return kExitRefused;
    }
    if (std::filesystem::exists(folder, code) && !std::filesystem::is_empty(folder, code)) {
        err << "parcours-cli access : --out : le dossier « " << m_output
            << " » n'est pas vide ; choisissez un dossier vide ou nouveau.\n";
        return kExitRefused;
    }

    InterchangeCounts counts;
    try {
        counts = writeAccessCopy(db, clock, person->record.id, folder);
    } catch (const FolderWriteError& error) {
        err << "parcours-cli access : " << error.what() << '\n';
        return kExitRefused;
    }

    const std::string error = writeFicheOffscreen("access", db, clock, person->record.id,
                                                  (folder / kAccessFicheFile).string(), ui::FicheOutput::Trace::None);
    if (!error.empty()) {
        err << "parcours-cli access : " << error << '\n';
        return kExitRefused;
    }
    out << "Copie pour la personne écrite dans « " << m_output << " » : " << describeCounts(counts)
        << ", l'historique du dossier et la fiche parcours.\n";
    return kExitSuccess;
}

} // namespace parcours::cli
