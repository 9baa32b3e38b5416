// The sections of the French activity nomenclature (NAF rév. 2, A to U) by their French names,
// for choosing an employer's sector.
#pragma once

#include <string_view>

namespace parcours {

// « Santé humaine et action sociale » for 'Q'; "" for a letter that is not a section.
std::string_view nafSectionName(char section);

} // namespace parcours
