// The words the interface shows for the domain's coded values, translated.
#pragma once

#include "domain/Codes.h"

#include <QString>

#include <optional>

namespace parcours::ui {

// "in pathway", "on hold", "in work (follow-up)", "exited" (en parcours, en veille...).
QString statusLabel(PathwayStatus status);
// As above, and "no pathway" for a participant who has none yet.
QString statusLabel(const std::optional<PathwayStatus>& status);

} // namespace parcours::ui
