// `parcours-cli changes --db FILE [--after OP] [--out FILE]`: the database's operations as JSON Lines.
#pragma once

#include "Command.h"

namespace parcours::cli {

class ChangesCommand final : public Command {
public:
    explicit ChangesCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::string m_database;
    std::string m_after;
    std::string m_output;
    CLI::Option* m_afterOption = nullptr;
    CLI::Option* m_outputOption = nullptr;
};

} // namespace parcours::cli
