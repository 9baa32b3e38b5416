// The words the reports show for the consolidation's sections, breakdowns and indicators, translated.
#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace parcours::ui {

// The label of any node of the consolidation file, by its dotted path: a section ("entries"), a
// breakdown ("entries.sex"), a count ("entries.sex.F": « Femmes ») or a rate. A path it does not
// know is shown as its last part.
QString reportLabel(std::string_view path);

// A rate between 0 and 1 as a percent of the locale, one decimal: « 44,5 % »; « — » for no value.
QString percentText(const std::optional<double>& rate);
// A count in the locale's digits: « 12 176 ».
QString countText(long long count);

} // namespace parcours::ui
