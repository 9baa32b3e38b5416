// `parcours-cli fiche --db FILE --participant ID --out FILE.pdf`: a participant.e's fiche parcours as a PDF.
#pragma once

#include "Command.h"

namespace parcours::cli {

class FicheCommand final : public Command {
public:
    explicit FicheCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::string m_database;
    std::string m_participant;
    std::string m_output;
};

} // namespace parcours::cli
