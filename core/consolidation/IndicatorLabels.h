// The French label of each indicator of the consolidation file (every count of kCountKeys, every
// rate of kRates), for the spreadsheets and screens that show the figures to people.
#pragma once

#include <string_view>

namespace parcours {

// « Entrées – femmes » for "entries.sex.F"; "" for a key that is not an indicator of the file.
// Each label says what is counted without its sheet: two indicators never share a label.
std::string_view indicatorLabel(std::string_view key);

// The French title of a section of the file (kSections): « Entrées » for "entries"; "" otherwise.
std::string_view sectionLabel(std::string_view section);

} // namespace parcours
