// `parcours-cli export --db FILE --year YYYY [--profile warehouse|public] [--threshold K]
// [--format json|csv|xlsx] [--out FILE]`: the consolidation of one year, read-only; xlsx needs --out.
#pragma once

#include "Command.h"

#include "consolidation/PublicProfile.h"

namespace parcours::cli {

class ExportCommand final : public Command {
public:
    explicit ExportCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::string m_database;
    int m_year = 0;
    std::string m_profile = "warehouse";
    int m_threshold = kDefaultPublicThreshold;
    CLI::Option* m_thresholdOption = nullptr;
    std::string m_format = "json";
    std::string m_out;
    CLI::Option* m_outOption = nullptr;
};

} // namespace parcours::cli
