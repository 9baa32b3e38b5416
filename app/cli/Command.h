// One subcommand of parcours-cli: declares its options to CLI11, then runs once the line is parsed.
#pragma once

#include "store/Database.h"

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
    // The --db FILE option that every command opening a base takes, with its
    // --passphrase-file FILE (the first line is the passphrase of an encrypted base).
    CLI::Option* addDatabaseOption(std::string& path, const std::string& description);

    // The passphrase of --passphrase-file, or none. Throws StoreError when the file is unreadable.
    DatabaseKey passphrase() const;
    bool hasPassphraseFile() const { return !m_passphraseFile.empty(); }
    // Opens `path` with the passphrase of --passphrase-file.
    Database openDatabase(const std::string& path, OpenMode mode) const;

    CLI::App* m_app;

private:
    std::string m_passphraseFile;
};

} // namespace parcours::cli
