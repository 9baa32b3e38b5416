// One subcommand of parcours-cli: declares its options to CLI11, then runs once the line is parsed.
#pragma once

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <string>

namespace parcours::cli {

// Exit statuses of cli.md.
inline constexpr int kExitSuccess = 0;
inline constexpr int kExitRefused = 1;     // input refused: messages on standard error
inline constexpr int kExitCommandLine = 2; // wrong command line

class Command {
public:
    Command(CLI::App& parent, const std::string& name, const std::string& description);
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    bool chosen() const { return m_app->parsed(); }
    const std::string& name() const { return m_app->get_name(); }

    // Runs the parsed command and returns its exit status. Store and rule errors are left
    // to the caller, which reports them the same way for every command.
    virtual int run(std::ostream& out, std::ostream& err) = 0;

    // Who the operations written from the command line are by: the login of the session.
    static std::string author();

protected:
    // The --db FILE option that every command of this issue takes.
    CLI::Option* addDatabaseOption(std::string& path, const std::string& description);

    CLI::App* m_app;
};

} // namespace parcours::cli
