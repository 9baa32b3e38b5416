// `parcours-cli dump --db FILE FOLDER`: the whole database as an interchange folder.
#pragma once

#include "Command.h"

namespace parcours::cli {

class DumpCommand final : public Command {
public:
    explicit DumpCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::string m_database;
    std::string m_folder;
};

} // namespace parcours::cli
