// `parcours-cli encrypt --db FILE --passphrase-file F [--new-passphrase-file G]`: encrypts a
// plain base in place, or changes the passphrase of an encrypted one.
#pragma once

#include "Command.h"

namespace parcours::cli {

class EncryptCommand final : public Command {
public:
    explicit EncryptCommand(CLI::App& parent);
    int run(std::ostream& out, std::ostream& err) override;

private:
    std::string m_database;
    std::string m_newPassphraseFile;
};

} // namespace parcours::cli
