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

// Whole months from `from` to `to` (a month is complete on the same day number, or the month's end).
int monthsBetween(const Date& from, const Date& to);
// Time in a pathway, from its entry to `today`: « 1 an 3 mois », « 4 mois », « 12 jours ».
QString durationText(const Date& entry, const Date& today);
// A past day counted from today: « aujourd'hui », « il y a 12 j ».
QString daysAgoText(int days);

} // namespace parcours::ui
