// `parcours-cli apply --db FILE CHANGES_FILE`: operations from another database applied here.
#pragma once

#include "Command.h"

namespace parcours::cli {

class ApplyCommand final : public Command {
public:
    explicit ApplyCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::string m_database;
    std::string m_changes;
};

} // namespace parcours::cli
