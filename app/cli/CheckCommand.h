// `parcours-cli check --db FILE`: reports the integrity and schema version of a database.
#pragma once

#include "Command.h"

namespace parcours::cli {

class CheckCommand final : public Command {
public:
    explicit CheckCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::string m_database;
};

} // namespace parcours::cli
