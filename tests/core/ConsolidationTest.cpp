// The counting rules of consolidation.md at their boundaries, each with hand-computed values.
#include "TestDates.h"
#include "consolidation/Consolidation.h"
#include "demo/DemoGenerator.h"

#include <gtest/gtest.h>

using namespace parcours;
using parcours::test::d;

namespace {

// A PLIE's data built one person and pathway at a time.
class Plie {
public:
    std::size_t person(Sex sex = Sex::F, const char* birth = "1980-06-15", bool qpv = false)
    {
        Participant p;
        p.lastName = "Test";
        p.firstName = "Personne";
        p.sex = sex;
        p.birthDate = d(birth);
        p.qpv = qpv;
        data.participants.push_back(p);
        return data.participants.size() - 1;
    }

    std::size_t pathway(std::size_t person, const char* entry, const char* exit = nullptr,
                        ExitReason reason = ExitReason::Abandon, SituationAtEntry situation = {})
    {
        PathwayEntry e;
        e.participant = person;
        e.referentName = "Claire Dubois";
        e.pathway.entryDate = d(entry);
        e.pathway.situation = situation;
        if (exit)
            e.pathway.exit = PathwayExit{d(exit), reason};
        data.pathways.push_back(e);
        return data.pathways.size() - 1;
    }

    // A person entering on `entry` (and leaving on `exit`): the common case.
    std::size_t entrant(const char* entry, const char* exit = nullptr, ExitReason reason = ExitReason::Abandon)
    {
        return pathway(person(), entry, exit, reason);
    }

    void hire(std::size_t pathway, const char* date, ContractType contract = ContractType::Cdi,
              EmployerCategory employer = EmployerCategory::Entreprise, char naf = 'G')
    {
        Hire h;
        h.hireDate = d(date);
        h.contract = contract;
        h.employer = employer;
        h.nafSection = naf;
        data.pathways[pathway].pathway.currentHire = h;
    }

    void step(std::size_t pathway, StepType type, const char* start, const char* end = nullptr,
              StepSubtype subtype = StepSubtype::None)
    {
        Step s;
        s.type = type;
        s.subtype = subtype;
        s.start = d(start);
        if (end)
            s.end = d(end);
        data.steps.push_back({s, pathway});
    }

    void barrier(std::size_t pathway, BarrierCategory category, const char* identified, const char* lifted = nullptr)
    {
        Barrier b;
        b.category = category;
        b.identifiedDate = d(identified);
        if (lifted) {
            b.status = BarrierStatus::Leve;
            b.liftedDate = d(lifted);
        }
        data.barriers.push_back({b, pathway});
    }

    IndicatorTable counts(int year = 2020) const { return computeConsolidation(data, year).counts; }

    InterchangeData data;
};

std::optional<double> rate(const IndicatorTable& counts, const std::string& path)
{
    for (const auto& [key, value] : consolidationRates(counts)) {
        if (key == path)
            return value;
    }
    throw std::invalid_argument(path);
}

} // namespace

TEST(Consolidation, EveryKeyIsPresentWithZero)
{
    const IndicatorTable counts = Plie().counts();
    // 5 stock + 1+3+3+4+4+1 entries + 1+4+4+4+4+21+14 exits + 1+9+6 steps + 12+12 freins.
    EXPECT_EQ(kAllCountKeys.size(), 5u + 16u + 52u + 16u + 24u);
    for (const CountKey key : kAllCountKeys)
        EXPECT_EQ(counts.count(key), 0) << key.path();
    EXPECT_FALSE(rate(counts, "rates.positive_over_exits")) << "null when nothing to divide by";
    EXPECT_FALSE(rate(counts, "steps.per_participant"));
}

TEST(Consolidation, EntriesOnTheFirstAndLastDayOfTheYear)
{
    Plie plie;
    plie.entrant("2019-12-31");
    plie.entrant("2020-01-01");
    plie.entrant("2020-12-31");
    plie.entrant("2021-01-01");
    const IndicatorTable c = plie.counts();
    EXPECT_EQ(c.count("stock.in_parcours_start"), 1);
    EXPECT_EQ(c.count("stock.entries"), 2);
    EXPECT_EQ(c.count("entries.total"), 2);
    EXPECT_EQ(c.count("stock.present"), 3);
    EXPECT_EQ(c.count("stock.in_parcours_end"), 3) << "the 2021 entry is not there yet";
}

TEST(Consolidation, ExitOn31DecemberCountsExitOn1JanuaryDoesNot)
{
    Plie plie;
    plie.entrant("2019-03-01", "2020-12-31");
    plie.entrant("2019-03-01", "2021-01-01");
    plie.entrant("2019-03-01", "2019-12-31");  // gone before the year: not present
    plie.entrant("2019-03-01", "2020-01-01");
    const IndicatorTable c = plie.counts();
    EXPECT_EQ(c.count("stock.in_parcours_start"), 3);
    EXPECT_EQ(c.count("stock.exits"), 2);
    EXPECT_EQ(c.count("exits.total"), 2);
    EXPECT_EQ(c.count("stock.in_parcours_end"), 1);
    EXPECT_EQ(c.count("stock.in_parcours_end"), c.count("stock.present") - c.count("stock.exits"));
}

TEST(Consolidation, AHireStillInFollowUpAtYearEndIsInAPathway)
{
    Plie plie;
    const auto followed = plie.entrant("2020-02-01");
    plie.hire(followed, "2020-09-15");  // six months end on 15/03/2021
    const auto validated = plie.entrant("2019-10-01", "2020-11-30", ExitReason::EmploiDurable);
    plie.hire(validated, "2020-05-30", ContractType::Cdd6mPlus, EmployerCategory::Public, 'Q');
    const IndicatorTable c = plie.counts();
    EXPECT_EQ(c.count("stock.in_parcours_end"), 1);
    EXPECT_EQ(c.count("exits.positive.emploi_durable"), 1);
    EXPECT_EQ(c.count("exits.job.contract.cdd_6m_plus"), 1);
    EXPECT_EQ(c.count("exits.job.contract.cdi"), 0) << "the hire in follow-up is not an exit";
    EXPECT_EQ(c.count("exits.job.employer.public"), 1);
    EXPECT_EQ(c.count("exits.job.naf.Q"), 1);
    EXPECT_EQ(c.count("exits.job.naf.G"), 0);
}

TEST(Consolidation, ExitReasonsSplitAsTheSpecSays)
{
    Plie plie;
    int n = 0;
    for (ExitReason reason : allValues<ExitReason>()) {
        const auto p = plie.entrant("2020-01-10", "2020-06-01", reason);
        if (reason == ExitReason::EmploiDurable)
            plie.hire(p, "2019-12-01");
        ++n;
    }
    const IndicatorTable c = plie.counts();
    EXPECT_EQ(c.count("exits.total"), n);
    EXPECT_EQ(c.count("exits.positive.total"), 3);
    EXPECT_EQ(c.count("exits.positive.formation_qualifiante"), 1);
    EXPECT_EQ(c.count("exits.sans_suite.total"), 6);
    EXPECT_EQ(c.count("exits.sans_suite.abandon"), 1);
    EXPECT_EQ(c.count("exits.sans_suite.demenagement_deces_retraite"), 3);
    EXPECT_EQ(c.count("exits.sans_suite.autre"), 2) << "reorientation + autre_sans_suite";
    EXPECT_EQ(rate(c, "rates.positive_over_exits"), 3.0 / 9.0);
    EXPECT_EQ(rate(c, "rates.positive_over_exits_excluding_neutral"), 3.0 / 6.0);
    EXPECT_EQ(rate(c, "rates.positive_over_entries"), 3.0 / 9.0);
}

TEST(Consolidation, AgeAtEntryOnTheBirthdayAndOn29February)
{
    Plie plie;
    plie.pathway(plie.person(Sex::F, "1994-03-10"), "2020-03-10");  // 26 that day
    plie.pathway(plie.person(Sex::F, "1994-03-11"), "2020-03-10");  // still 25
    plie.pathway(plie.person(Sex::F, "1975-05-05"), "2020-05-05");  // 45 that day
    plie.pathway(plie.person(Sex::F, "1975-05-06"), "2020-05-05");  // 44
    plie.pathway(plie.person(Sex::F, "1996-02-29"), "2022-02-28");  // 25 until 1 March
    const IndicatorTable c2020 = plie.counts(2020);
    EXPECT_EQ(c2020.count("entries.age.under_26"), 1);
    EXPECT_EQ(c2020.count("entries.age.26_44"), 2);
    EXPECT_EQ(c2020.count("entries.age.45_plus"), 1);
    EXPECT_EQ(plie.counts(2022).count("entries.age.under_26"), 1);
}

TEST(Consolidation, EducationGroupsWithOldCodes)
{
    Plie plie;
    const auto enter = [&](EducationLevel level) {
        SituationAtEntry s;
        s.education = level;
        plie.pathway(plie.person(), "2020-04-01", nullptr, ExitReason::Abandon, s);
    };
    for (EducationLevel level : {EducationLevel::VI, EducationLevel::Vbis, EducationLevel::L2, EducationLevel::V,
                                 EducationLevel::L3, EducationLevel::III, EducationLevel::L8, EducationLevel::L9,
                                 EducationLevel::Unknown})
        enter(level);
    const IndicatorTable c = plie.counts();
    EXPECT_EQ(c.count("entries.education.sans_qualification"), 3);
    EXPECT_EQ(c.count("entries.education.peu_qualifie"), 2);
    EXPECT_EQ(c.count("entries.education.qualifie"), 2);
    EXPECT_EQ(c.count("entries.education.autre_ou_inconnu"), 2);
}

TEST(Consolidation, SexXPublicsAndQpv)
{
    Plie plie;
    SituationAtEntry rsaDeld;
    rsaDeld.rsa = true;
    rsaDeld.deld = true;
    SituationAtEntry rqthOther;
    rqthOther.rqth = true;
    rqthOther.otherDifficulty = true;
    plie.pathway(plie.person(Sex::X, "1990-01-01", true), "2020-02-01", "2020-10-01", ExitReason::AutrePositive,
                 rsaDeld);
    plie.pathway(plie.person(Sex::M), "2020-02-01", "2020-10-01", ExitReason::Abandon, rqthOther);
    const IndicatorTable c = plie.counts();
    EXPECT_EQ(c.count("entries.sex.X"), 1);
    EXPECT_EQ(c.count("entries.sex.M"), 1);
    EXPECT_EQ(c.count("entries.public.rsa"), 1);
    EXPECT_EQ(c.count("entries.public.deld"), 1);
    EXPECT_EQ(c.count("entries.public.rqth"), 1);
    EXPECT_EQ(c.count("entries.public.other_difficulty"), 1);
    EXPECT_EQ(c.count("entries.qpv"), 1);
    EXPECT_EQ(c.count("exits.by_group.X.exits"), 1);
    EXPECT_EQ(c.count("exits.by_group.X.positive"), 1);
    EXPECT_EQ(c.count("exits.by_group.rsa.positive"), 1);
    EXPECT_EQ(c.count("exits.by_group.rqth.exits"), 1);
    EXPECT_EQ(c.count("exits.by_group.rqth.positive"), 0);
    EXPECT_EQ(rate(c, "rates.positive_over_exits_by_group.M"), 0.0);
    EXPECT_EQ(rate(c, "rates.positive_over_exits_by_group.X"), 1.0);
    EXPECT_FALSE(rate(c, "rates.positive_over_exits_by_group.F"));
}

TEST(Consolidation, SeveralPathwaysOfOnePersonEachCount)
{
    Plie plie;
    const auto person = plie.person(Sex::F, "1985-01-01");
    plie.pathway(person, "2020-01-15", "2020-05-31", ExitReason::Reorientation);
    plie.pathway(person, "2020-06-01", "2020-12-01", ExitReason::FormationQualifiante);
    plie.pathway(person, "2020-12-02");
    const IndicatorTable c = plie.counts();
    EXPECT_EQ(c.count("entries.total"), 3);
    EXPECT_EQ(c.count("entries.sex.F"), 3);
    EXPECT_EQ(c.count("exits.total"), 2);
    EXPECT_EQ(c.count("exits.by_group.F.exits"), 2);
    EXPECT_EQ(c.count("stock.in_parcours_end"), 1);
}

TEST(Consolidation, StepsOverlappingTheYearOfPresentPathways)
{
    Plie plie;
    const auto present = plie.entrant("2019-06-01");
    plie.step(present, StepType::Mobilisation, "2019-06-01", "2019-12-31");  // ended before: no
    plie.step(present, StepType::Formation, "2019-06-01", "2020-01-01");     // ends on 1 January: yes
    plie.step(present, StepType::Iae, "2019-09-01", nullptr, StepSubtype::Etti);  // no end: yes
    plie.step(present, StepType::Iae, "2020-12-31", nullptr, StepSubtype::Aci);   // starts on 31 December: yes
    plie.step(present, StepType::MediationEmploi, "2021-01-01");                  // next year: no
    const auto gone = plie.entrant("2019-01-01", "2019-11-30");
    plie.step(gone, StepType::AccompagnementEmploi, "2020-02-01");  // after the exit of a pathway not present
    const IndicatorTable c = plie.counts();
    EXPECT_EQ(c.count("steps.total"), 3);
    EXPECT_EQ(c.count("steps.type.formation"), 1);
    EXPECT_EQ(c.count("steps.type.iae"), 2);
    EXPECT_EQ(c.count("steps.iae.etti"), 1);
    EXPECT_EQ(c.count("steps.iae.aci"), 1);
    EXPECT_EQ(c.count("steps.type.accompagnement_emploi"), 0);
    EXPECT_EQ(rate(c, "steps.per_participant"), 3.0 / 1.0);
}

TEST(Consolidation, BarriersIdentifiedAndLiftedDuringTheYear)
{
    Plie plie;
    const auto p = plie.entrant("2019-06-01");
    plie.barrier(p, BarrierCategory::Mobilite, "2019-06-01", "2020-03-01");  // lifted in 2020 only
    plie.barrier(p, BarrierCategory::Sante, "2020-02-01", "2020-12-31");     // both
    plie.barrier(p, BarrierCategory::Logement, "2020-12-31", "2021-01-01");  // identified only
    const auto gone = plie.entrant("2018-01-01", "2019-12-31");
    plie.barrier(gone, BarrierCategory::Finances, "2020-01-10");  // pathway not present
    const IndicatorTable c = plie.counts();
    EXPECT_EQ(c.count("freins.identified.sante"), 1);
    EXPECT_EQ(c.count("freins.identified.logement"), 1);
    EXPECT_EQ(c.count("freins.identified.mobilite"), 0);
    EXPECT_EQ(c.count("freins.identified.finances"), 0);
    EXPECT_EQ(c.count("freins.lifted.mobilite"), 1);
    EXPECT_EQ(c.count("freins.lifted.sante"), 1);
    EXPECT_EQ(c.count("freins.lifted.logement"), 0);
}

TEST(Consolidation, StockAddsUpOnADemoPlieEveryYear)
{
    const InterchangeData demo = generateDemo(DemoOptions{3000, 5, d("2026-11-27")});
    for (int year = 2020; year <= 2026; ++year) {
        const IndicatorTable c = computeConsolidation(demo, year).counts;
        EXPECT_EQ(c.count("stock.present"), c.count("stock.in_parcours_start") + c.count("stock.entries")) << year;
        EXPECT_EQ(c.count("stock.in_parcours_end"), c.count("stock.present") - c.count("stock.exits")) << year;
        EXPECT_EQ(c.count("exits.total"), c.count("exits.positive.total") + c.count("exits.sans_suite.total"));
        EXPECT_EQ(c.count("entries.total"),
                  c.count("entries.sex.F") + c.count("entries.sex.M") + c.count("entries.sex.X"));
    }
}

// The national figures of 2020 (DOMAIN.md): a data set with the report's totals gives its rates.
TEST(Consolidation, TheNationalReportOf2020)
{
    Plie plie;
    const auto add = [&](int count, const char* entry, const char* exit, ExitReason reason, Sex sex = Sex::M) {
        for (int i = 0; i < count; ++i) {
            const auto p = plie.pathway(plie.person(sex), entry, exit, reason);
            if (reason == ExitReason::EmploiDurable && exit)
                plie.hire(p, "2019-11-01");
        }
    };
    // 96,900 in a pathway on 1 January 2020, of whom 27,347 left during 2020.
    add(9'396, "2019-05-01", "2020-06-30", ExitReason::EmploiDurable);
    add(2'124, "2019-05-01", "2020-06-30", ExitReason::FormationQualifiante);
    add(656, "2019-05-01", "2020-06-30", ExitReason::AutrePositive);
    add(2'124, "2019-05-01", "2020-06-30", ExitReason::Demenagement);
    add(15'171 - 2'124, "2019-05-01", "2020-06-30", ExitReason::Abandon);
    add(96'900 - 27'347, "2019-05-01", nullptr, ExitReason::Abandon);
    // 28,403 entries in 2020, of whom 14,949 women.
    add(14'949, "2020-03-01", nullptr, ExitReason::Abandon, Sex::F);
    add(28'403 - 14'949, "2020-03-01", nullptr, ExitReason::Abandon, Sex::M);

    const IndicatorTable c = plie.counts(2020);
    EXPECT_EQ(c.count("stock.in_parcours_start"), 96'900);
    EXPECT_EQ(c.count("entries.total"), 28'403);
    EXPECT_EQ(c.count("stock.present"), 125'303);
    EXPECT_EQ(c.count("exits.positive.total"), 12'176);
    EXPECT_EQ(c.count("exits.sans_suite.total"), 15'171);
    EXPECT_EQ(c.count("stock.in_parcours_end"), 97'956);
    const auto percent = [&](const char* path) { return static_cast<int>(*rate(c, path) * 100 + 0.5); };
    EXPECT_EQ(percent("rates.positive_over_exits"), 45);
    EXPECT_EQ(percent("rates.positive_over_exits_excluding_neutral"), 48);
    EXPECT_EQ(percent("rates.positive_over_entries"), 43);
    EXPECT_EQ((c.count("entries.sex.F") * 100 + c.count("entries.total") / 2) / c.count("entries.total"), 53);
}

TEST(Consolidation, AYearOutsideTheCalendarIsRefused)
{
    EXPECT_THROW(Plie().counts(1200), std::invalid_argument);
}
