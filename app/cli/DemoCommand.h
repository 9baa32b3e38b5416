// `parcours-cli demo --db FILE [--participants N] [--seed S] [--csv FOLDER]`: a synthetic PLIE.
#pragma once

#include "Command.h"

#include <cstdint>

namespace parcours::cli {

class DemoCommand final : public Command {
public:
    explicit DemoCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::string m_database;
    int m_participants = 300;
    std::uint64_t m_seed = 1;
    std::string m_csvFolder;
    bool m_quiet = false;
};

} // namespace parcours::cli
