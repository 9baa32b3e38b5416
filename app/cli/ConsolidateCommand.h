// `parcours-cli consolidate FILE... [--out FILE]`: adds up several PLIE's warehouse exports of one year.
#pragma once

#include "Command.h"

#include <vector>

namespace parcours::cli {

class ConsolidateCommand final : public Command {
public:
    explicit ConsolidateCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::vector<std::string> m_files;
    std::string m_out;
};

} // namespace parcours::cli
