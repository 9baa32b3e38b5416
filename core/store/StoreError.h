// A database that cannot be used as asked: missing, not one of ours, too new, damaged. Message in French.
#pragma once

#include <exception>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

namespace parcours {

class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The file is damaged: its own check (PRAGMA quick_check) found it unsound when it was
// opened for writing, or SQLite met damage (SQLITE_CORRUPT, SQLITE_NOTADB) during a write.
// Nothing was written by the refused open or the failed write; the message says so in
// French. Whoever can offer a backup catches this one: `path()` is the damaged file.
class DatabaseDamaged : public StoreError {
public:
    DatabaseDamaged(const std::string& message, std::filesystem::path path)
        : StoreError(message), m_path(std::move(path))
    {
    }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// The file is encrypted and no passphrase was given: ask for it.
class PassphraseRequired : public StoreError {
public:
    using StoreError::StoreError;
};

// The passphrase given does not open the file (or the file is not a Parcours base at all).
class WrongPassphrase : public StoreError {
public:
    using StoreError::StoreError;
};

// The message of a damaged file: its name as messages show it, what SQLite found.
std::string damagedMessage(const std::string& name, const std::string& detail);

// What a read met, in French, when `failure` is a failure of the store: a StoreError, an
// SQLite error a read did not guard, an operation of the history that is not JSON.
// nullopt for anything else (a fault of the program).
std::optional<std::string> storeFailureMessage(const std::exception_ptr& failure);

} // namespace parcours
