// `parcours-cli access --db FILE --participant ID --out FOLDER`: the right of access, a copy of one
// participant.e's data (their rows in the interchange format, the history of their file, their
// fiche parcours as a PDF) for the person.
#pragma once

#include "Command.h"

namespace parcours::cli {

class AccessCommand final : public Command {
public:
    explicit AccessCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::string m_database;
    std::string m_participant;
    std::string m_output;
};

} // namespace parcours::cli
