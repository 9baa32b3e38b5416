// `parcours-cli archive --db FILE [--date D] [--months R] [--dry-run]`: archives the files due
// (retention.md) after a backup.
#pragma once

#include "Command.h"

namespace parcours::cli {

class ArchiveCommand final : public Command {
public:
    explicit ArchiveCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::string m_database;
    std::string m_date;
    std::string m_months;
    bool m_dryRun = false;
    CLI::Option* m_dateOption = nullptr;
    CLI::Option* m_monthsOption = nullptr;
};

} // namespace parcours::cli
