// `parcours-cli changes`: reads only (a missing database is refused, never created).
#include "ChangesCommand.h"

#include "changes/ChangesFile.h"
#include "platform/AtomicFile.h"
#include "store/Database.h"

#include <ostream>

namespace parcours::cli {

ChangesCommand::ChangesCommand(CLI::App& parent)
    : Command(parent, "changes", "Écrit les opérations de la base, dans l'ordre où elles ont été faites (JSON Lines)")
{
    addDatabaseOption(m_database, "La base à lire ; elle n'est jamais créée ni modifiée");
    m_afterOption = m_app->add_option("--after", m_after, "Seulement les opérations faites après celle-ci (son UUID)")
                        ->type_name("OP");
    m_outputOption =
        m_app->add_option("--out", m_output, "Le fichier à écrire ; la sortie standard sinon")->type_name("FICHIER");
}

int ChangesCommand::run(std::ostream& out, std::ostream& err)
{
    Database db = openDatabase(m_database, OpenMode::ReadOnly);
    const std::optional<std::string> after = *m_afterOption ? std::optional(m_after) : std::nullopt;
    try {
        if (!*m_outputOption) {
            writeChanges(db, after, out);
            return kExitSuccess;
        }
        // Through a private temporary of the same folder: the target is whole or as it was.
        std::size_t count = 0;
        try {
            AtomicFile file(m_output);
            count = writeChanges(db, after, file.stream());
            file.commit();
        } catch (const FileWriteError& error) {
            err << "parcours-cli changes : " << error.what() << '\n';
            return kExitRefused;
        }
        out << count << " opération(s) écrite(s) dans « " << m_output << " ».\n";
        return kExitSuccess;
    } catch (const ChangesRefused& error) {
        err << "parcours-cli changes : " << error.what() << '\n';
        return kExitRefused;
    }
}

} // namespace parcours::cli
