// `parcours-cli backup --db FILE [--to FILE]` and `restore --db FILE --from BACKUP`.
#pragma once

#include "Command.h"

namespace parcours::cli {

class BackupCommand final : public Command {
public:
    explicit BackupCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::string m_database;
    std::string m_target;
};

class RestoreCommand final : public Command {
public:
    explicit RestoreCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::string m_database;
    std::string m_backup;
};

} // namespace parcours::cli
