// `parcours-cli import --db FILE FOLDER`: an interchange folder into a database, all or nothing.
#pragma once

#include "Command.h"

namespace parcours::cli {

class ImportCommand final : public Command {
public:
    explicit ImportCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::string m_database;
    std::string m_folder;
    bool m_quiet = false;
};

} // namespace parcours::cli
