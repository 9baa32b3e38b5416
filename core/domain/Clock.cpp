// The system clock, and the fixed clock that tests pin.
#include "domain/Clock.h"

#include <boost/date_time/posix_time/posix_time.hpp>

#include <cstdio>

namespace parcours {

Date SystemClock::today() const
{
    return boost::gregorian::day_clock::local_day();
}

std::string SystemClock::nowUtc() const
{
    const auto now = boost::posix_time::microsec_clock::universal_time();
    const auto time = now.time_of_day();
    const auto milliseconds = time.fractional_seconds() * 1000 / boost::posix_time::time_duration::ticks_per_second();
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "T%02d:%02d:%02d.%03dZ", static_cast<int>(time.hours()),
                  static_cast<int>(time.minutes()), static_cast<int>(time.seconds()), static_cast<int>(milliseconds));
    return toIsoDate(now.date()) + buffer;
}

std::string FixedClock::nowUtc() const
{
    return toIsoDate(m_today) + "T09:00:00.000Z";
}

} // namespace parcours
