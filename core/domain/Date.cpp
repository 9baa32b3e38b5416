// Calendar dates: strict ISO parsing, ages in whole years and clamped month arithmetic.
#include "domain/Date.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdio>

namespace parcours {

namespace {

using Calendar = boost::gregorian::gregorian_calendar;

bool readDigits(std::string_view text, std::size_t from, std::size_t count, int& value)
{
    value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

} // namespace

std::optional<Date> parseIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int year = 0;
    int month = 0;
    int day = 0;
    if (!readDigits(text, 0, 4, year) || !readDigits(text, 5, 2, month) || !readDigits(text, 8, 2, day))
        return std::nullopt;
    // Boost's calendar covers 1400 to 9999.
    if (year < 1400 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    const auto y = static_cast<unsigned short>(year);
    const auto m = static_cast<unsigned short>(month);
    if (day > Calendar::end_of_month_day(y, m))
        return std::nullopt;
    return Date(y, m, static_cast<unsigned short>(day));
}

std::string toIsoDate(const Date& date)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(date.year()),
                  static_cast<int>(date.month()), static_cast<int>(date.day()));
    return buffer;
}

std::string toFrenchDate(const Date& date)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%02d/%02d/%04d", static_cast<int>(date.day()),
                  static_cast<int>(date.month()), static_cast<int>(date.year()));
    return buffer;
}

int ageAt(const Date& birth, const Date& at)
{
    int years = static_cast<int>(at.year()) - static_cast<int>(birth.year());
    const int atMonth = at.month();
    const int birthMonth = birth.month();
    // Not yet had this year's birthday. A 29 February birthday falls after 28
    // February and before 1 March, so in other years it comes on 1 March.
    if (atMonth < birthMonth || (atMonth == birthMonth && at.day() < birth.day()))
        --years;
    return years;
}

Date addMonthsClamped(const Date& date, int months)
{
    const int index = static_cast<int>(date.year()) * 12 + (static_cast<int>(date.month()) - 1) + months;
    const auto year = static_cast<unsigned short>(index / 12);
    const auto month = static_cast<unsigned short>(index % 12 + 1);
    const unsigned short lastDay = Calendar::end_of_month_day(year, month);
    const unsigned short day = date.day() < lastDay ? static_cast<unsigned short>(date.day()) : lastDay;
    return Date(year, month, day);
}

Date sixMonthDate(const Date& hireDate)
{
    return addMonthsClamped(hireDate, 6);
}

} // namespace parcours
