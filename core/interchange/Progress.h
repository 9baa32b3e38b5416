// Progress of long work (import, dump, demo), reported to whoever shows it.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace parcours {

// `stage` names what is being done, in French ("Participants"...); `done` of `total`.
using Progress = std::function<void(std::string_view stage, std::size_t done, std::size_t total)>;

} // namespace parcours
