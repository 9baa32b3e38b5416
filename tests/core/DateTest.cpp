// Dates: strict parsing, ages on birthdays and 29 February, the six-month date at month ends.
#include "TestDates.h"
#include "domain/Clock.h"

#include <gtest/gtest.h>

using namespace parcours;
using parcours::test::d;

TEST(Date, ParsesRealCalendarDatesOnly)
{
    EXPECT_EQ(parseIsoDate("2020-02-29"), Date(2020, 2, 29));
    EXPECT_FALSE(parseIsoDate("2021-02-29"));
    EXPECT_FALSE(parseIsoDate("2020-04-31"));
    EXPECT_FALSE(parseIsoDate("2020-13-01"));
    EXPECT_FALSE(parseIsoDate("2020-00-10"));
    EXPECT_FALSE(parseIsoDate("2020-01-00"));
    EXPECT_EQ(parseIsoDate("1900-02-28"), Date(1900, 2, 28));
    EXPECT_FALSE(parseIsoDate("1900-02-29")) << "1900 is not a leap year";
    EXPECT_EQ(parseIsoDate("2000-02-29"), Date(2000, 2, 29)) << "2000 is a leap year";
}

TEST(Date, RefusesOtherShapes)
{
    for (const char* text : {"", "2020-1-01", "20-01-2020", "01/02/2020", "2020-01-01 ", " 2020-01-01", "2020/01/01",
                             "2020-01-0a", "+020-01-01", "2020-01-011"})
        EXPECT_FALSE(parseIsoDate(text)) << '"' << text << '"';
}

TEST(Date, WritesIsoAndFrenchForms)
{
    EXPECT_EQ(toIsoDate(Date(2020, 3, 7)), "2020-03-07");
    EXPECT_EQ(toFrenchDate(Date(2020, 3, 7)), "07/03/2020");
    EXPECT_EQ(parseIsoDate(toIsoDate(Date(1999, 12, 31))), Date(1999, 12, 31));
}

TEST(Age, TurnsOlderOnTheBirthdayNotTheDayBefore)
{
    EXPECT_EQ(ageAt(d("2000-06-15"), d("2026-06-14")), 25);
    EXPECT_EQ(ageAt(d("2000-06-15"), d("2026-06-15")), 26);
    EXPECT_EQ(ageAt(d("2000-06-15"), d("2026-12-31")), 26);
    EXPECT_EQ(ageAt(d("2000-06-15"), d("2000-06-15")), 0);
}

TEST(Age, BornOn29FebruaryTurnsOlderOn1MarchInOtherYears)
{
    EXPECT_EQ(ageAt(d("2004-02-29"), d("2021-02-28")), 16);
    EXPECT_EQ(ageAt(d("2004-02-29"), d("2021-03-01")), 17);
    EXPECT_EQ(ageAt(d("2004-02-29"), d("2024-02-28")), 19);
    EXPECT_EQ(ageAt(d("2004-02-29"), d("2024-02-29")), 20) << "a leap year has the day itself";
}

TEST(SixMonthDate, KeepsTheDayNumber)
{
    EXPECT_EQ(sixMonthDate(d("2020-01-15")), d("2020-07-15"));
    EXPECT_EQ(sixMonthDate(d("2020-09-01")), d("2021-03-01"));
    EXPECT_EQ(sixMonthDate(d("2020-07-31")), d("2021-01-31"));
}

TEST(SixMonthDate, FallsOnTheLastDayWhenTheMonthIsShorter)
{
    EXPECT_EQ(sixMonthDate(d("2021-08-31")), d("2022-02-28"));
    EXPECT_EQ(sixMonthDate(d("2019-08-31")), d("2020-02-29")) << "leap year";
    EXPECT_EQ(sixMonthDate(d("2020-08-30")), d("2021-02-28"));
    EXPECT_EQ(sixMonthDate(d("2020-12-31")), d("2021-06-30"));
}

TEST(SixMonthDate, DoesNotStickToTheMonthEnd)
{
    // Boost's `months` would give 31 October: a month-end stays a month-end there.
    EXPECT_EQ(sixMonthDate(d("2021-04-30")), d("2021-10-30"));
    EXPECT_EQ(sixMonthDate(d("2021-02-28")), d("2021-08-28"));
    EXPECT_EQ(sixMonthDate(d("2020-02-29")), d("2020-08-29"));
}

TEST(AddMonths, CrossesYearsBothWays)
{
    EXPECT_EQ(addMonthsClamped(d("2020-11-30"), 3), d("2021-02-28"));
    EXPECT_EQ(addMonthsClamped(d("2020-03-31"), -1), d("2020-02-29"));
    EXPECT_EQ(addMonthsClamped(d("2020-01-15"), -13), d("2018-12-15"));
}

TEST(Clock, FixedClockGivesThePinnedDayAndAUtcInstantOfIt)
{
    FixedClock clock(d("2026-11-27"));
    EXPECT_EQ(clock.today(), d("2026-11-27"));
    EXPECT_EQ(clock.nowUtc(), "2026-11-27T09:00:00.000Z");
    clock.setToday(d("2027-01-01"));
    EXPECT_EQ(clock.today(), d("2027-01-01"));
    EXPECT_EQ(clock.nowUtc(), "2027-01-01T09:00:00.000Z");
}

// 2026-12-01T09:14:03.512Z: the instants of the store and of its operations (changes.md).
TEST(Clock, SystemClockWritesIso8601UtcWithMilliseconds)
{
    const std::string now = SystemClock().nowUtc();
    ASSERT_EQ(now.size(), 24u) << now;
    EXPECT_TRUE(parseIsoDate(now.substr(0, 10))) << now;
    EXPECT_EQ(now[10], 'T') << now;
    EXPECT_EQ(now[13], ':') << now;
    EXPECT_EQ(now[16], ':') << now;
    EXPECT_EQ(now[19], '.') << now;
    EXPECT_EQ(now.find_first_not_of("0123456789", 20), 23u) << now;
    EXPECT_EQ(now[23], 'Z') << now;
}
