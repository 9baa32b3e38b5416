// Calendar dates of the domain (Boost.Date_Time), ISO text form, ages and month arithmetic.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace parcours {

using Date = boost::gregorian::date;

// Strict YYYY-MM-DD that names a real calendar day; anything else gives nullopt.
std::optional<Date> parseIsoDate(std::string_view text);
std::string toIsoDate(const Date& date);
// DD/MM/YYYY, as French users read dates in messages.
std::string toFrenchDate(const Date& date);

// Age in whole years on `at`. Someone born on 29 February turns a year older
// on 1 March in years without that day.
int ageAt(const Date& birth, const Date& at);

// The same day number `months` later, or the last day of that month when it
// has no such day (31 August + 6 → 28/29 February; 30 April + 6 → 30 October).
Date addMonthsClamped(const Date& date, int months);

// The end of the six-month follow-up of a hire on `hireDate`.
Date sixMonthDate(const Date& hireDate);

} // namespace parcours
