// `parcours-cli agenda --db FILE [--date YYYY-MM-DD] [--referent NAME] [--out FILE]`: « À faire »
// as CSV (agenda.md).
#pragma once

#include "Command.h"

namespace parcours::cli {

class AgendaCommand final : public Command {
public:
    explicit AgendaCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::string m_database;
    std::string m_date;
    std::string m_referent;
    std::string m_output;
    CLI::Option* m_dateOption = nullptr;
    CLI::Option* m_referentOption = nullptr;
    CLI::Option* m_outputOption = nullptr;
};

} // namespace parcours::cli
