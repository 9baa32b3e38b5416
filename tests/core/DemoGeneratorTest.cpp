// The demo generator: the same data for the same seed and day, valid by the domain rules, in the
// national proportions of DOMAIN.md, with the cases a référent meets (holds, follow-ups, returns).
#include "demo/DemoGenerator.h"
#include "TestDates.h"
#include "domain/Rules.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <stdexcept>
#include <string>

using namespace parcours;
using namespace parcours::test;

namespace {

const Date kToday = d("2026-11-27");

InterchangeData demo(int participants, std::uint64_t seed = 1, Date today = kToday)
{
    DemoOptions options;
    options.participants = participants;
    options.seed = seed;
    options.today = today;
    return generateDemo(options);
}

// FNV-1a over every field of every row, in order.
class Digest {
public:
    void add(std::string_view text)
    {
        for (const char c : text) {
            m_hash ^= static_cast<unsigned char>(c);
            m_hash *= 0x100000001B3ULL;
        }
        m_hash ^= 0xFF; // field separator
        m_hash *= 0x100000001B3ULL;
    }
    void add(const Date& date) { add(toIsoDate(date)); }
    void add(const std::optional<Date>& date) { add(date ? toIsoDate(*date) : std::string()); }
    void add(long long number) { add(std::to_string(number)); }
    template <typename E>
    requires std::is_enum_v<E>
    void add(E value) { add(toCode(value)); }
    void addHire(const Hire& hire)
    {
        add(hire.hireDate);
        add(hire.contract);
        add(hire.employer);
        add(std::string(1, hire.nafSection));
        add(hire.endDate);
        add(hire.endReason);
        add(hire.employerName);
        add(hire.employerContact);
    }
    std::uint64_t value() const { return m_hash; }

private:
    std::uint64_t m_hash = 0xCBF29CE484222325ULL;
};

std::uint64_t digestOf(const InterchangeData& data)
{
    Digest digest;
    digest.add(data.plie->name);
    digest.add(data.plie->code);
    for (const Participant& p : data.participants) {
        for (const std::string* text : {&p.record.externalId, &p.lastName, &p.firstName, &p.postcode, &p.city, &p.phone,
                                        &p.email, &p.franceTravailId})
            digest.add(*text);
        digest.add(p.birthDate);
        digest.add(p.sex);
        digest.add(static_cast<long long>(p.qpv));
    }
    for (const PathwayEntry& entry : data.pathways) {
        const Pathway& p = entry.pathway;
        digest.add(p.record.externalId);
        digest.add(static_cast<long long>(entry.participant));
        digest.add(entry.referentName);
        digest.add(p.entryDate);
        digest.add(p.situation.education);
        digest.add(static_cast<long long>(p.situation.rsa * 8 + p.situation.deld * 4 + p.situation.rqth * 2
                                          + p.situation.otherDifficulty));
        if (p.currentHire)
            digest.addHire(*p.currentHire);
        for (const Hire& hire : p.earlierHires)
            digest.addHire(hire);
        for (const Hold& hold : p.holds) {
            digest.add(hold.start);
            digest.add(hold.end);
            digest.add(hold.reason);
        }
        if (p.exit) {
            digest.add(p.exit->date);
            digest.add(p.exit->reason);
        }
    }
    for (const auto& [step, pathway] : data.steps) {
        digest.add(static_cast<long long>(pathway));
        digest.add(step.record.externalId);
        digest.add(step.type);
        digest.add(step.subtype);
        digest.add(step.start);
        digest.add(step.end);
        digest.add(step.operatorName);
        digest.add(step.label);
    }
    for (const auto& [barrier, pathway] : data.barriers) {
        digest.add(static_cast<long long>(pathway));
        digest.add(barrier.category);
        digest.add(barrier.identifiedDate);
        digest.add(barrier.status);
        digest.add(barrier.liftedDate);
    }
    for (const auto& [contact, pathway] : data.contacts) {
        digest.add(static_cast<long long>(pathway));
        digest.add(contact.date);
        digest.add(contact.mode);
        digest.add(contact.note);
    }
    for (const auto& [action, pathway] : data.plannedActions) {
        digest.add(static_cast<long long>(pathway));
        digest.add(action.date);
        digest.add(action.kind);
        digest.add(action.note);
        digest.add(static_cast<long long>(action.done));
    }
    return digest.value();
}

// A share in percent.
double percent(std::size_t part, std::size_t whole)
{
    return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

double perParticipant(std::size_t count, const InterchangeData& data)
{
    return static_cast<double>(count) / static_cast<double>(data.participants.size());
}

bool hasNonAscii(const std::string& text)
{
    return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// A PLIE of 20,000 people, generated once for the tests of proportions.
class DemoProportions : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_data = new InterchangeData(demo(20000, 42)); }
    static void TearDownTestSuite()
    {
        delete s_data;
        s_data = nullptr;
    }
    static const InterchangeData& data() { return *s_data; }

private:
    static InterchangeData* s_data;
};

InterchangeData* DemoProportions::s_data = nullptr;

} // namespace

TEST(DemoGenerator, SameSeedAndDayGiveTheSameData)
{
    const InterchangeData first = demo(2000, 7);
    const InterchangeData second = demo(2000, 7);
    EXPECT_EQ(digestOf(first), digestOf(second));
    EXPECT_NE(digestOf(first), digestOf(demo(2000, 8))) << "another seed gives another PLIE";
    EXPECT_NE(digestOf(first), digestOf(demo(2000, 7, d("2026-11-28")))) << "another day, another history";
}

TEST(DemoGenerator, SameDataOnEveryPlatform)
{
    // No standard distribution is used, so this digest is the same with every compiler and library.
    // It changes only when the generator is changed on purpose: then update it here.
    const InterchangeData data = demo(200, 1);
    EXPECT_EQ(data.participants.front().record.externalId, "P000001");
    EXPECT_EQ(digestOf(data), 0x45c8df318afb0edfULL) << std::hex << digestOf(data);
}

TEST(DemoGenerator, EveryEntityPassesTheDomainRules)
{
    const InterchangeData data = demo(3000, 3);
    std::vector<std::string> broken;
    const auto note = [&broken](const std::string& what, const Violations& violations) {
        for (const RuleViolation& v : violations)
            broken.push_back(what + ": " + v.field + ": " + v.message);
    };
    std::vector<std::vector<Pathway>> byPerson(data.participants.size());
    for (const Participant& person : data.participants)
        note(person.record.externalId, checkParticipant(person));
    for (const PathwayEntry& entry : data.pathways) {
        note(entry.pathway.record.externalId, checkPathwayWhole(entry.pathway, data.participants[entry.participant]));
        byPerson[entry.participant].push_back(entry.pathway);
    }
    for (const std::vector<Pathway>& pathways : byPerson) {
        for (std::size_t i = 0; i < pathways.size(); ++i) {
            std::vector<Pathway> others = pathways;
            others.erase(others.begin() + static_cast<std::ptrdiff_t>(i));
            note(pathways[i].record.externalId, checkPathwayAmongOthers(pathways[i], others));
        }
    }
    for (const auto& [step, pathway] : data.steps)
        note(step.record.externalId, checkStep(step, data.pathways[pathway].pathway));
    for (const auto& [barrier, pathway] : data.barriers)
        note("frein", checkBarrier(barrier, data.pathways[pathway].pathway));
    for (const auto& [contact, pathway] : data.contacts)
        note("entretien", checkContact(contact, data.pathways[pathway].pathway));
    for (const auto& [action, pathway] : data.plannedActions)
        note("action prévue", checkPlannedAction(action, data.pathways[pathway].pathway));
    EXPECT_TRUE(broken.empty()) << broken.size() << " violations, first: " << broken.front();
}

TEST(DemoGenerator, NoDateAfterToday)
{
    const InterchangeData data = demo(3000, 5);
    std::size_t late = 0;
    const auto check = [&late](const std::optional<Date>& date) {
        if (date && *date > kToday)
            ++late;
    };
    for (const Participant& person : data.participants)
        check(person.birthDate);
    for (const PathwayEntry& entry : data.pathways) {
        const Pathway& p = entry.pathway;
        check(p.entryDate);
        if (p.exit)
            check(p.exit->date);
        if (p.currentHire)
            check(p.currentHire->hireDate);
        for (const Hire& hire : p.earlierHires) {
            check(hire.hireDate);
            check(hire.endDate);
        }
        for (const Hold& hold : p.holds) {
            check(hold.start);
            check(hold.end);
        }
    }
    for (const auto& [step, pathway] : data.steps) {
        check(step.start);
        check(step.end);
    }
    for (const auto& [barrier, pathway] : data.barriers) {
        check(barrier.identifiedDate);
        check(barrier.liftedDate);
    }
    for (const auto& [contact, pathway] : data.contacts)
        check(contact.date);
    EXPECT_EQ(late, 0U);
}

TEST(DemoGenerator, IdentityOfThePlieAndIds)
{
    const InterchangeData data = demo(300);
    ASSERT_TRUE(data.plie.has_value());
    EXPECT_EQ(data.plie->name, "PLIE de démonstration");
    EXPECT_EQ(data.plie->code, "DEMO");
    EXPECT_EQ(data.participants.size(), 300U);
    EXPECT_EQ(data.participants[122].record.externalId, "P000123");
    EXPECT_EQ(data.pathways[0].pathway.record.externalId, "C000001");
    EXPECT_EQ(data.steps[0].item.record.externalId, "S000001");
    std::set<std::string> ids;
    for (const PathwayEntry& entry : data.pathways)
        ids.insert(entry.pathway.record.externalId);
    for (const auto& [step, pathway] : data.steps)
        ids.insert(step.record.externalId);
    EXPECT_EQ(ids.size(), data.pathways.size() + data.steps.size()) << "ids are unique";
}

TEST(DemoGenerator, RefusesOptionsItCannotHonour)
{
    DemoOptions options;
    EXPECT_THROW(generateDemo(options), std::invalid_argument) << "no today";
    options.today = kToday;
    options.participants = -1;
    EXPECT_THROW(generateDemo(options), std::invalid_argument);
    options.participants = 0;
    EXPECT_TRUE(generateDemo(options).participants.empty());
}

TEST(DemoGenerator, SeveralReferentsAtLeastTwo)
{
    std::set<std::string> small;
    for (const PathwayEntry& entry : demo(60).pathways)
        small.insert(entry.referentName);
    EXPECT_GE(small.size(), 2U);
}

TEST(DemoGenerator, OldEducationCodesOnlyBefore2019)
{
    const InterchangeData data = demo(3000, 1, d("2024-06-30"));
    std::size_t oldCodes = 0;
    std::size_t newCodesBefore2019 = 0;
    for (const PathwayEntry& entry : data.pathways) {
        const EducationLevel level = entry.pathway.situation.education;
        const bool old = level >= EducationLevel::VI;
        const bool before = entry.pathway.entryDate < d("2019-01-01");
        if (old) {
            ++oldCodes;
            EXPECT_TRUE(before) << entry.pathway.record.externalId;
        } else if (before && level != EducationLevel::Unknown) {
            ++newCodesBefore2019;
        }
    }
    EXPECT_GT(oldCodes, 50U);
    EXPECT_GT(newCodesBefore2019, 10U) << "both nomenclatures appear before 2019";
}

TEST_F(DemoProportions, EntriesInTheNationalShares)
{
    std::size_t women = 0, nonBinary = 0, young = 0, middle = 0, older = 0;
    std::size_t rsa = 0, deld = 0, rqth = 0, other = 0;
    std::map<EducationGroup, std::size_t> groups;
    for (const PathwayEntry& entry : data().pathways) {
        const Participant& person = data().participants[entry.participant];
        const Pathway& p = entry.pathway;
        women += person.sex == Sex::F;
        nonBinary += person.sex == Sex::X;
        const int age = ageAt(person.birthDate, p.entryDate);
        young += age < 26;
        middle += age >= 26 && age < 45;
        older += age >= 45;
        rsa += p.situation.rsa;
        deld += p.situation.deld;
        rqth += p.situation.rqth;
        other += p.situation.otherDifficulty;
        ++groups[educationGroup(p.situation.education)];
    }
    const std::size_t entries = data().pathways.size();
    EXPECT_NEAR(percent(women, entries), 53, 2);
    EXPECT_GT(nonBinary, 0U);
    EXPECT_LT(percent(nonBinary, entries), 1.5);
    EXPECT_NEAR(percent(young, entries), 10, 2);
    EXPECT_NEAR(percent(middle, entries), 59, 2);
    EXPECT_NEAR(percent(older, entries), 31, 2);
    EXPECT_NEAR(percent(rsa, entries), 46, 2);
    EXPECT_NEAR(percent(deld, entries), 30, 2);
    EXPECT_NEAR(percent(rqth, entries), 4, 1);
    EXPECT_NEAR(percent(other, entries), 28, 2);
    EXPECT_NEAR(percent(groups[EducationGroup::SansQualification], entries), 13, 2);
    EXPECT_NEAR(percent(groups[EducationGroup::PeuQualifie], entries), 48, 2);
    EXPECT_NEAR(percent(groups[EducationGroup::Qualifie], entries), 29, 2);
    EXPECT_NEAR(percent(groups[EducationGroup::AutreOuInconnu], entries), 10, 2);
}

TEST_F(DemoProportions, ExitsInTheNationalShares)
{
    std::map<ExitReason, std::size_t> reasons;
    std::size_t exits = 0, positive = 0;
    for (const PathwayEntry& entry : data().pathways) {
        if (!entry.pathway.exit)
            continue;
        ++exits;
        positive += isPositive(entry.pathway.exit->reason);
        ++reasons[entry.pathway.exit->reason];
    }
    const std::size_t withoutFollowUp = exits - positive;
    EXPECT_NEAR(percent(positive, exits), 45, 3);
    // 9,396 emploi durable, 2,124 formation qualifiante, 656 autre positive out of 12,176.
    EXPECT_NEAR(percent(reasons[ExitReason::EmploiDurable], positive), 77.2, 3);
    EXPECT_NEAR(percent(reasons[ExitReason::FormationQualifiante], positive), 17.4, 3);
    EXPECT_NEAR(percent(reasons[ExitReason::AutrePositive], positive), 5.4, 2);
    EXPECT_NEAR(percent(reasons[ExitReason::Abandon], withoutFollowUp), 33, 3);
    EXPECT_NEAR(percent(reasons[ExitReason::Demenagement] + reasons[ExitReason::Deces] + reasons[ExitReason::Retraite],
                        withoutFollowUp),
                14, 3);
    EXPECT_NEAR(percent(reasons[ExitReason::Reorientation] + reasons[ExitReason::AutreSansSuite], withoutFollowUp), 53,
                3);
}

TEST_F(DemoProportions, EmploiDurableExitsAtSixMonthsOfTheirHire)
{
    std::map<EmployerCategory, std::size_t> employers;
    std::size_t jobs = 0, misdated = 0;
    for (const PathwayEntry& entry : data().pathways) {
        const Pathway& p = entry.pathway;
        if (!p.exit || p.exit->reason != ExitReason::EmploiDurable)
            continue;
        ASSERT_TRUE(p.currentHire.has_value()) << p.record.externalId;
        ++jobs;
        misdated += p.exit->date != sixMonthDate(p.currentHire->hireDate);
        ++employers[p.currentHire->employer];
    }
    EXPECT_EQ(misdated, 0U);
    EXPECT_NEAR(percent(employers[EmployerCategory::Entreprise], jobs), 63, 3);
    EXPECT_NEAR(percent(employers[EmployerCategory::Public], jobs), 19, 3);
    EXPECT_NEAR(percent(employers[EmployerCategory::Association], jobs), 16, 3);
    EXPECT_NEAR(percent(employers[EmployerCategory::Particulier], jobs), 2, 1);
}

TEST_F(DemoProportions, StepsInTheNationalShares)
{
    std::map<StepType, std::size_t> types;
    std::map<StepSubtype, std::size_t> iae;
    for (const auto& [step, pathway] : data().steps) {
        ++types[step.type];
        if (step.type == StepType::Iae)
            ++iae[step.subtype];
    }
    const std::size_t steps = data().steps.size();
    EXPECT_NEAR(percent(types[StepType::Mobilisation], steps), 52, 3);
    EXPECT_NEAR(percent(types[StepType::Formation], steps), 10, 2);
    EXPECT_NEAR(percent(types[StepType::MediationEmploi], steps), 9, 2);
    EXPECT_NEAR(percent(types[StepType::EmploiNonAide], steps), 9, 2);
    EXPECT_NEAR(percent(types[StepType::Iae], steps), 7, 2);
    // ACI 59%, EI 13%, ETTI 12%, AI 16% of the four classic IAE structures.
    const std::size_t classic =
        iae[StepSubtype::Aci] + iae[StepSubtype::Ei] + iae[StepSubtype::Etti] + iae[StepSubtype::Ai];
    EXPECT_NEAR(percent(iae[StepSubtype::Aci], classic), 59, 4);
    EXPECT_NEAR(percent(iae[StepSubtype::Ei], classic), 13, 3);
    EXPECT_NEAR(percent(iae[StepSubtype::Etti], classic), 12, 3);
    EXPECT_NEAR(percent(iae[StepSubtype::Ai], classic), 16, 3);
    EXPECT_GT(iae[StepSubtype::RegieQuartier], 0U);
    EXPECT_GT(iae[StepSubtype::Geiq], 0U);
}

TEST_F(DemoProportions, CountsPerParticipantAtNationalRatios)
{
    // 135,000 participants: about 136,000 pathways, 205,000 steps, 176,000 barriers, 150,000 contacts.
    EXPECT_EQ(data().participants.size(), 20000U);
    EXPECT_NEAR(perParticipant(data().pathways.size(), data()), 1.01, 0.015);
    EXPECT_NEAR(perParticipant(data().steps.size(), data()), 1.52, 0.1);
    EXPECT_NEAR(perParticipant(data().barriers.size(), data()), 1.30, 0.08);
    EXPECT_GE(perParticipant(data().contacts.size(), data()), 1.1);
    EXPECT_LE(perParticipant(data().contacts.size(), data()), 1.4);
}

TEST_F(DemoProportions, EachReferentFollows60To100PeopleToday)
{
    std::map<std::string, int> openPathways;
    for (const PathwayEntry& entry : data().pathways) {
        openPathways[entry.referentName];
        if (entry.pathway.statusOn(kToday) != PathwayStatus::Exited)
            ++openPathways[entry.referentName];
    }
    ASSERT_GT(openPathways.size(), 20u);
    int total = 0;
    for (const auto& [name, open] : openPathways)
        total += open;
    const double average = static_cast<double>(total) / static_cast<double>(openPathways.size());
    EXPECT_GE(average, 60.0);
    EXPECT_LE(average, 100.0);
}

TEST_F(DemoProportions, TheCasesAReferentMeetsToday)
{
    std::map<PathwayStatus, std::size_t> statuses;
    std::size_t closedHolds = 0, brokenHires = 0;
    std::map<std::size_t, std::vector<const Pathway*>> byPerson;
    for (const PathwayEntry& entry : data().pathways) {
        const Pathway& p = entry.pathway;
        ++statuses[p.statusOn(kToday)];
        byPerson[entry.participant].push_back(&p);
        for (const Hold& hold : p.holds) {
            closedHolds += hold.end.has_value();
            if (!hold.end) {
                EXPECT_FALSE(hold.reason.empty());
            }
        }
        for (const Hire& hire : p.earlierHires) {
            ++brokenHires;
            EXPECT_TRUE(hire.endDate && *hire.endDate < sixMonthDate(hire.hireDate)) << "broke before six months";
            if (p.currentHire) {
                EXPECT_LT(*hire.endDate, p.currentHire->hireDate);
            }
        }
    }
    const std::size_t open =
        statuses[PathwayStatus::Active] + statuses[PathwayStatus::OnHold] + statuses[PathwayStatus::InFollowUp];
    EXPECT_GT(percent(statuses[PathwayStatus::OnHold], open), 3) << "some on hold today";
    EXPECT_GT(percent(statuses[PathwayStatus::InFollowUp], open), 3) << "some in the six-month follow-up today";
    EXPECT_GT(statuses[PathwayStatus::Exited], open);
    EXPECT_GT(closedHolds, 100U);
    EXPECT_GT(brokenHires, 100U);

    std::size_t comingBack = 0;
    for (const auto& [person, pathways] : byPerson) {
        if (pathways.size() < 2)
            continue;
        ++comingBack;
        ASSERT_EQ(pathways.size(), 2U);
        ASSERT_TRUE(pathways[0]->exit.has_value());
        EXPECT_GT(pathways[1]->entryDate, pathways[0]->exit->date);
        EXPECT_NE(pathways[0]->exit->reason, ExitReason::Deces);
    }
    EXPECT_GT(comingBack, 100U);

    std::map<BarrierStatus, std::size_t> barriers;
    for (const auto& [barrier, pathway] : data().barriers)
        ++barriers[barrier.status];
    EXPECT_GT(percent(barriers[BarrierStatus::Leve], data().barriers.size()), 20);
    EXPECT_GT(barriers[BarrierStatus::EnCours], 0U);
    EXPECT_GT(barriers[BarrierStatus::Identifie], 0U);
}

TEST_F(DemoProportions, EveryHireNamesItsEmployerAndMostAPersonToCall)
{
    std::size_t hires = 0, withContact = 0, withPhone = 0;
    std::set<std::string> employers;
    const auto count = [&](const Hire& hire) {
        ++hires;
        EXPECT_FALSE(hire.employerName.empty());
        employers.insert(hire.employerName);
        withContact += !hire.employerContact.empty();
        withPhone += hire.employerContact.find(" 0") != std::string::npos;
    };
    for (const PathwayEntry& entry : data().pathways) {
        if (entry.pathway.currentHire)
            count(*entry.pathway.currentHire);
        for (const Hire& hire : entry.pathway.earlierHires)
            count(hire);
    }
    ASSERT_GT(hires, 1000U);
    EXPECT_GT(percent(employers.size(), hires), 30) << "not one employer for all";
    EXPECT_NEAR(percent(withContact, hires), 80, 8);
    EXPECT_EQ(withPhone, withContact) << "each contact with a phone number";
}

TEST_F(DemoProportions, OpenPathwaysHaveTheirNextAppointmentAndSomeDoneActions)
{
    std::set<std::size_t> withNext;
    std::size_t done = 0, overdue = 0, future = 0, multiLine = 0;
    std::map<ActionKind, std::size_t> kinds;
    std::size_t previousPathway = SIZE_MAX;
    Date previousDate;
    for (const auto& [action, pathway] : data().plannedActions) {
        const Pathway& p = data().pathways[pathway].pathway;
        EXPECT_TRUE(p.isOpen()) << "no action planned for an exited pathway";
        EXPECT_GE(action.date, p.entryDate);
        if (pathway == previousPathway) {
            EXPECT_GE(action.date, previousDate) << "by date within a pathway";
        }
        previousPathway = pathway;
        previousDate = action.date;
        ++kinds[action.kind];
        multiLine += action.note.find('\n') != std::string::npos;
        if (action.date > kToday) {
            ++future;
            EXPECT_FALSE(action.done) << "nothing done in the future";
            EXPECT_LE(action.date, kToday + boost::gregorian::days(60));
            withNext.insert(pathway);
        } else if (action.done) {
            ++done;
        } else {
            ++overdue;
        }
    }
    std::size_t open = 0;
    for (const PathwayEntry& entry : data().pathways)
        open += entry.pathway.isOpen();
    EXPECT_NEAR(percent(withNext.size(), open), 80, 5);
    EXPECT_GT(percent(done, open), 30);
    EXPECT_GT(overdue, 100U);
    EXPECT_LT(percent(overdue, open), 15);
    EXPECT_EQ(kinds.size(), 4U) << "every kind";
    EXPECT_GT(multiLine, 10U);
}

TEST_F(DemoProportions, FrenchNamesThatTestTheInterface)
{
    std::set<std::string> lastNames, firstNames, people;
    std::size_t accented = 0, apostrophe = 0, hyphen = 0, space = 0, qpv = 0;
    for (const Participant& person : data().participants) {
        lastNames.insert(person.lastName);
        firstNames.insert(person.firstName);
        people.insert(person.lastName + "|" + person.firstName);
        accented += hasNonAscii(person.lastName) || hasNonAscii(person.firstName);
        apostrophe += person.lastName.find('\'') != std::string::npos;
        hyphen += person.lastName.find('-') != std::string::npos || person.firstName.find('-') != std::string::npos;
        space += person.lastName.find(' ') != std::string::npos;
        qpv += person.qpv;
        EXPECT_FALSE(hasNonAscii(person.email)) << person.email;
        EXPECT_EQ(person.email, [&] {
            std::string lower = person.email;
            std::transform(lower.begin(), lower.end(), lower.begin(),
                           [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
            return lower;
        }());
    }
    EXPECT_GE(lastNames.size(), 150U);
    EXPECT_GE(firstNames.size(), 200U);
    EXPECT_GT(percent(people.size(), data().participants.size()), 80) << "not a crowd of clones";
    EXPECT_GT(accented, 1000U);
    EXPECT_GT(apostrophe, 100U);
    EXPECT_GT(hyphen, 100U);
    EXPECT_GT(space, 100U);
    EXPECT_NEAR(percent(qpv, data().participants.size()), 25, 3);
}

TEST_F(DemoProportions, JournalNotesExerciseTheCsvWriter)
{
    std::size_t comma = 0, quote = 0, lineBreak = 0, remote = 0;
    for (const auto& [contact, pathway] : data().contacts) {
        comma += contact.note.find(',') != std::string::npos;
        quote += contact.note.find('"') != std::string::npos;
        lineBreak += contact.note.find('\n') != std::string::npos;
        remote += contact.mode == ContactMode::Telephone || contact.mode == ContactMode::Visio;
    }
    EXPECT_GT(comma, 100U);
    EXPECT_GT(quote, 100U);
    EXPECT_GT(lineBreak, 100U);
    EXPECT_GT(remote, 1000U);
}
