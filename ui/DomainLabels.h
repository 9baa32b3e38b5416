// The words the interface shows for the domain's coded values, translated.
#pragma once

#include "domain/Codes.h"
#include "domain/Date.h"

#include <QString>

#include <optional>

namespace parcours::ui {

// "in pathway", "on hold", "in work (follow-up)", "exited" (en parcours, en veille...).
QString statusLabel(PathwayStatus status);
// As above, and "no pathway" for a participant who has none yet.
QString statusLabel(const std::optional<PathwayStatus>& status);

// A day in the locale's short form, always with four-digit years (27/11/2026, 11/27/2026).
QString dateText(const Date& date);

} // namespace parcours::ui
