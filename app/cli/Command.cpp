// The shared parts of parcours-cli's subcommands.
#include "Command.h"

#include <cstdlib>

namespace parcours::cli {

Command::Command(CLI::App& parent, const std::string& name, const std::string& description)
    : m_app(parent.add_subcommand(name, description))
{
    m_app->group("Commandes");
}

std::string Command::author()
{
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) { // USERNAME on Windows
        if (const char* value = std::getenv(variable); value && *value)
            return value;
    }
    return "parcours-cli";
}

CLI::Option* Command::addDatabaseOption(std::string& path, const std::string& description)
{
    m_app->add_option("--passphrase-file", m_passphraseFile,
                      "Fichier dont la première ligne est la phrase de passe de la base chiffrée")
        ->type_name("FICHIER");
    return m_app->add_option("--db", path, description)->required()->type_name("FICHIER");
}

DatabaseKey Command::passphrase() const
{
    return m_passphraseFile.empty() ? DatabaseKey() : readPassphraseFile(m_passphraseFile);
}

Database Command::openDatabase(const std::string& path, OpenMode mode) const
{
    return Database(path, mode, passphrase());
}

} // namespace parcours::cli
