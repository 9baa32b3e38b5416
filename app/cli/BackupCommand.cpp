// `parcours-cli backup` and `restore`: the core's checked copy, the rotated folder and the restore, in French.
#include "BackupCommand.h"

#include "backup/BackupFolder.h"
#include "backup/BackupRestore.h"
#include "domain/Clock.h"
#include "store/Database.h"
#include "store/DatabaseCopy.h"

#include <ostream>

namespace parcours::cli {

BackupCommand::BackupCommand(CLI::App& parent)
    : Command(parent, "backup",
              "Écrit une copie vérifiée de la base (sauvegarde en ligne de SQLite), même pendant qu'elle est ouverte")
{
    addDatabaseOption(m_database, "La base à sauvegarder ; elle n'est jamais créée ni modifiée");
    m_app
        ->add_option(
            "--to", m_target,
            "Le fichier de la copie, qui ne doit pas exister ; sans --to, la copie va dans le dossier des "
            "sauvegardes de la base (« BASE-sauvegardes », où sont gardées la dernière de chacun des 7 derniers "
            "jours, puis celle de chacune des 4 semaines d'avant)")
        ->type_name("FICHIER");
}

int BackupCommand::run(std::ostream& out, std::ostream& /*err*/)
{
    if (!m_target.empty()) {
        copyDatabaseFile(m_database, m_target, passphrase());
        out << "Sauvegarde écrite et vérifiée : " << displayName(m_target) << '\n';
        return kExitSuccess;
    }
    const SystemClock clock;
    const auto written = backupNow(m_database, clock, passphrase());
    out << "Sauvegarde écrite et vérifiée : " << displayName(written) << '\n';
    out << "Sauvegardes gardées dans « " << displayName(backupFolderFor(m_database))
        << " » : " << listBackups(m_database).size() << '\n';
    return kExitSuccess;
}

RestoreCommand::RestoreCommand(CLI::App& parent)
    : Command(parent, "restore",
              "Remet une sauvegarde à la place de la base ; la base remplacée est gardée à côté, jamais effacée")
{
    addDatabaseOption(m_database, "La base à remplacer (elle peut être endommagée ou absente)");
    m_app->add_option("--from", m_backup, "La sauvegarde à remettre ; elle est vérifiée d'abord")
        ->required()
        ->type_name("SAUVEGARDE");
}

int RestoreCommand::run(std::ostream& out, std::ostream& /*err*/)
{
    const SystemClock clock;
    const RestoreResult result = restoreBackup(m_database, m_backup, clock, passphrase());
    out << "Base « " << displayName(m_database) << " » restaurée depuis « " << displayName(m_backup) << " ».\n";
    if (result.keptAside)
        out << "L'ancienne base est gardée sous « " << displayName(*result.keptAside) << " ».\n";
    return kExitSuccess;
}

} // namespace parcours::cli
