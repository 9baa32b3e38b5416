// The shared parts of parcours-cli's subcommands.
#include "Command.h"

namespace parcours::cli {

Command::Command(CLI::App& parent, const std::string& name, const std::string& description)
    : m_app(parent.add_subcommand(name, description))
{
    m_app->group("Commandes");
}

CLI::Option* Command::addDatabaseOption(std::string& path, const std::string& description)
{
    return m_app->add_option("--db", path, description)->required()->type_name("FICHIER");
}

} // namespace parcours::cli
