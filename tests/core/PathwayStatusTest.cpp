// A pathway's status on a day: active, on hold, in six-month follow-up, exited.
#include "RuleTestSupport.h"

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::test;

TEST(PathwayStatus, ActiveFromEntry)
{
    EXPECT_EQ(pathwayFrom("2020-03-01").statusOn(d("2026-11-27")), PathwayStatus::Active);
}

TEST(PathwayStatus, OnHoldDuringAHoldOnly)
{
    Pathway p = pathwayFrom("2020-03-01");
    p.holds.push_back(Hold{{}, d("2020-05-01"), d("2020-05-31"), "maladie"});
    p.holds.push_back(Hold{{}, d("2021-01-10"), std::nullopt, "maternité"});
    EXPECT_EQ(p.statusOn(d("2020-04-30")), PathwayStatus::Active);
    EXPECT_EQ(p.statusOn(d("2020-05-31")), PathwayStatus::OnHold);
    EXPECT_EQ(p.statusOn(d("2020-06-01")), PathwayStatus::Active);
    EXPECT_EQ(p.statusOn(d("2021-06-01")), PathwayStatus::OnHold) << "an open hold lasts";
    ASSERT_NE(p.holdOn(d("2021-06-01")), nullptr);
    EXPECT_EQ(p.holdOn(d("2021-06-01"))->reason, "maternité");
}

TEST(PathwayStatus, InFollowUpFromTheHireUntilTheExit)
{
    Pathway p = pathwayFrom("2020-03-01");
    p.currentHire = hireOn("2020-09-15");
    EXPECT_EQ(p.statusOn(d("2020-09-14")), PathwayStatus::Active);
    EXPECT_EQ(p.statusOn(d("2020-09-15")), PathwayStatus::InFollowUp);
    p.exit = PathwayExit{sixMonthDate(p.currentHire->hireDate), ExitReason::EmploiDurable};
    EXPECT_EQ(p.statusOn(d("2021-03-14")), PathwayStatus::InFollowUp);
    EXPECT_EQ(p.statusOn(d("2021-03-15")), PathwayStatus::Exited);
}
