// `parcours-cli fiche`: reads only (a missing database is refused, never created); the one command
// that starts Qt, offscreen, to lay the fiche out and write it as a PDF with real text.
#include "FicheCommand.h"

#include "FicheOffscreen.h"

#include "store/Database.h"
#include "store/RowMapping.h"

#include <ostream>

namespace parcours::cli {

FicheCommand::FicheCommand(CLI::App& parent)
    : Command(parent, "fiche", "Écrit la fiche parcours d'un.e participant.e en PDF, à imprimer")
{
    addDatabaseOption(m_database, "La base à lire ; elle n'est jamais créée ni modifiée");
    m_app->add_option("--participant", m_participant, "Le numéro de dossier (participant_id) ou l'UUID de la personne")
        ->required()
        ->type_name("ID");
    m_app->add_option("--out", m_output, "Le fichier PDF à écrire (remplacé d'un coup)")
        ->required()
        ->type_name("FICHIER");
}

int FicheCommand::run(std::ostream&, std::ostream& err)
{
    const SystemClock clock;
    Database db = openDatabase(m_database, OpenMode::ReadOnly);
    const std::optional<Participant> person = participantNamed(db, clock, m_participant);
    if (!person) {
        err << "parcours-cli fiche : --participant : aucun.e participant.e « " << rows::trimmed(m_participant)
            << " » dans la base (numéro de dossier ou UUID).\n";
        return kExitRefused;
    }

    const std::string error =
        writeFicheOffscreen("fiche", db, clock, person->record.id, m_output, ui::FicheOutput::Trace::Impression);
    if (!error.empty()) {
        err << "parcours-cli fiche : " << error << '\n';
        return kExitRefused;
    }
    return kExitSuccess;
}

} // namespace parcours::cli
