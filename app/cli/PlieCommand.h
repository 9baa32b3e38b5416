// `parcours-cli plie --db FILE [--name NAME] [--code CODE]`: shows or sets the PLIE's identity.
#pragma once

#include "Command.h"

namespace parcours::cli {

class PlieCommand final : public Command {
public:
    explicit PlieCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::string m_database;
    std::string m_name;
    std::string m_code;
    CLI::Option* m_nameOption = nullptr;
    CLI::Option* m_codeOption = nullptr;
};

} // namespace parcours::cli
