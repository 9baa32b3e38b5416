// A database that cannot be used as asked: missing, not one of ours, too new, corrupt. Message in French.
#pragma once

#include <exception>
#include <optional>
#include <stdexcept>
#include <string>

namespace parcours {

class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// What a read met, in French, when `failure` is a failure of the store: a StoreError, an
// SQLite error a read did not guard, an operation of the history that is not JSON.
// nullopt for anything else (a fault of the program).
std::optional<std::string> storeFailureMessage(const std::exception_ptr& failure);

} // namespace parcours
