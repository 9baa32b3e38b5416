// `parcours-cli list --db FILE [--referent NAME] [--status en_cours|veille|suivi|sorti|tous]
// [--format csv|xlsx] [--out FILE]`: the caseload as a spreadsheet, read-only.
#pragma once

#include "Command.h"

namespace parcours::cli {

class ListCommand final : public Command {
public:
    explicit ListCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::string m_database;
    std::string m_referent;
    CLI::Option* m_referentOption = nullptr;
    std::string m_status = "en_cours";
    std::string m_format = "csv";
    std::string m_output;
    CLI::Option* m_outputOption = nullptr;
};

} // namespace parcours::cli
