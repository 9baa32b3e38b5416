// Dates written as the spec writes them, for readable tests.
#pragma once

#include "domain/Date.h"

#include <stdexcept>

namespace parcours::test {

inline Date d(const char* iso)
{
    const auto date = parseIsoDate(iso);
    if (!date)
        throw std::invalid_argument(iso);
    return *date;
}

} // namespace parcours::test
