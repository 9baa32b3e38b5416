// Names for the demo: French last and first names (with their accents, hyphens and apostrophes),
// and the plain ASCII form of a name for an e-mail address.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace parcours::demo {

std::span<const std::string_view> lastNames();
std::span<const std::string_view> femaleFirstNames();
std::span<const std::string_view> maleFirstNames();
// Names given to people of any sex, for the few recorded as X.
std::span<const std::string_view> epiceneFirstNames();

// The ASCII letters and digits of `name` folded by foldText (é → e, œ → oe),
// everything else removed: "N'Diaye-Lefèvre" → "ndiayelefevre".
std::string asciiLetters(std::string_view name);

} // namespace parcours::demo
