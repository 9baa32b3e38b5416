// A database that cannot be used as asked: missing, not one of ours, too new, corrupt. Message in French.
#pragma once

#include <stdexcept>
#include <string>

namespace parcours {

class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace parcours
