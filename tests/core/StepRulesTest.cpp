// Rules of steps, barriers, contacts and participants.
#include "RuleTestSupport.h"

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::test;

namespace {

Step stepOf(StepType type, StepSubtype subtype, const char* start, const char* end = nullptr)
{
    Step s;
    s.type = type;
    s.subtype = subtype;
    s.start = d(start);
    if (end)
        s.end = d(end);
    return s;
}

} // namespace

TEST(StepRules, StartsOnOrAfterEntryAndEndsOnOrAfterStart)
{
    const Pathway p = pathwayFrom("2020-03-01", "2020-06-30");
    EXPECT_TRUE(checkStep(stepOf(StepType::Mobilisation, StepSubtype::None, "2020-03-01", "2020-03-01"), p).empty());
    EXPECT_NE(messageFor(checkStep(stepOf(StepType::Mobilisation, StepSubtype::None, "2020-02-29"), p), "start_date")
                  .find("29/02/2020"),
              std::string::npos);
    EXPECT_FALSE(
        messageFor(checkStep(stepOf(StepType::Mobilisation, StepSubtype::None, "2020-04-02", "2020-04-01"), p),
                   "end_date")
            .empty());
    EXPECT_TRUE(checkStep(stepOf(StepType::AccompagnementEmploi, StepSubtype::None, "2020-08-01"), p).empty())
        << "follow-up after an exit happens";
}

TEST(StepRules, IaeNeedsAnIaeSubtype)
{
    const Pathway p = pathwayFrom("2020-03-01");
    EXPECT_NE(messageFor(checkStep(stepOf(StepType::Iae, StepSubtype::None, "2020-04-01"), p), "subtype").find("IAE"),
              std::string::npos);
    EXPECT_FALSE(checkStep(stepOf(StepType::Iae, StepSubtype::Permis, "2020-04-01"), p).empty());
    EXPECT_TRUE(checkStep(stepOf(StepType::Iae, StepSubtype::Etti, "2020-04-01"), p).empty());
}

TEST(StepRules, OnlyFormationAndIaeHaveSubtypes)
{
    const Pathway p = pathwayFrom("2020-03-01");
    EXPECT_TRUE(checkStep(stepOf(StepType::Formation, StepSubtype::None, "2020-04-01"), p).empty());
    EXPECT_TRUE(checkStep(stepOf(StepType::Formation, StepSubtype::Linguistique, "2020-04-01"), p).empty());
    EXPECT_FALSE(checkStep(stepOf(StepType::Formation, StepSubtype::Ei, "2020-04-01"), p).empty());
    EXPECT_NE(
        messageFor(checkStep(stepOf(StepType::Mobilisation, StepSubtype::Qualifiante, "2020-04-01"), p), "subtype")
            .find("mobilisation"),
        std::string::npos);
}

TEST(BarrierRules, ALiftedBarrierHasItsDateAndOnlyThen)
{
    const Pathway p = pathwayFrom("2020-03-01");
    Barrier b;
    b.category = BarrierCategory::Mobilite;
    b.identifiedDate = d("2020-03-10");
    b.status = BarrierStatus::Leve;
    EXPECT_FALSE(messageFor(checkBarrier(b, p), "lifted_date").empty()) << "lifted without a date";
    b.liftedDate = d("2020-03-09");
    EXPECT_NE(messageFor(checkBarrier(b, p), "lifted_date").find("précède"), std::string::npos);
    b.liftedDate = d("2020-09-01");
    EXPECT_TRUE(checkBarrier(b, p).empty());
    b.status = BarrierStatus::EnCours;
    EXPECT_FALSE(messageFor(checkBarrier(b, p), "lifted_date").empty()) << "a date without being lifted";
}

TEST(BarrierRules, IdentifiedWithinThePathway)
{
    Barrier b;
    b.identifiedDate = d("2020-02-01");
    EXPECT_FALSE(messageFor(checkBarrier(b, pathwayFrom("2020-03-01")), "identified_date").empty());
}

TEST(ContactRules, DatedOnOrAfterEntryEvenAfterExit)
{
    const Pathway p = pathwayFrom("2020-03-01", "2020-06-30");
    Contact c;
    c.date = d("2020-02-28");
    EXPECT_FALSE(messageFor(checkContact(c, p), "date").empty());
    c.date = d("2020-09-01");
    EXPECT_TRUE(checkContact(c, p).empty());
}

TEST(ParticipantRules, NamesAreRequired)
{
    Participant p = person();
    EXPECT_TRUE(checkParticipant(p).empty());
    p.lastName = "  ";
    p.firstName.clear();
    const Violations v = checkParticipant(p);
    EXPECT_EQ(messageFor(v, "last_name"), "Le nom est obligatoire.");
    EXPECT_EQ(messageFor(v, "first_name"), "Le prénom est obligatoire.");
}

TEST(ParticipantRules, NamesMadeOnlyOfDigitsAreRefusedNamingTheField)
{
    Participant p = person();
    p.lastName = "12345";
    p.firstName = " 06 12 ";
    const Violations v = checkParticipant(p);
    EXPECT_EQ(messageFor(v, "last_name"),
              "Le nom « 12345 » ne contient que des chiffres.");
    EXPECT_NE(messageFor(v, "first_name").find("Le prénom"), std::string::npos);

    for (const char* good : {"Louis 14", "Lefèvre2", "O'Neil"}) {
        p.lastName = good;
        p.firstName = good;
        EXPECT_TRUE(checkParticipant(p).empty()) << good;
    }
}

TEST(ParticipantRules, PostcodeIsFiveDigitsOrCorsican)
{
    Participant p = person();
    for (const char* good : {"35000", "2A004", "2B200", "97400"}) {
        p.postcode = good;
        EXPECT_TRUE(checkParticipant(p).empty()) << good;
    }
    for (const char* bad : {"3500", "350000", "2C004", "3A004", "2A0X4", "ABCDE"}) {
        p.postcode = bad;
        EXPECT_NE(messageFor(checkParticipant(p), "postcode").find(bad), std::string::npos) << bad;
    }
}
