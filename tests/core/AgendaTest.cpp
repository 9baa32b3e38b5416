// agenda.md's rules at their boundaries (the day before, the day, the day after), month
// ends and 29 February, on pinned dates.
#include "TestDates.h"
#include "domain/Agenda.h"

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::test;

namespace {

constexpr int kN = 30;

AgendaPathway pathway(const std::string& key, const char* entry)
{
    AgendaPathway p;
    p.id = static_cast<RowId>(std::hash<std::string>{}(key) % 100000 + 1);
    p.key = key;
    p.lastName = "Traoré";
    p.firstName = "Linda";
    p.referent = "Alice N'Diaye";
    p.entry = d(entry);
    return p;
}

std::vector<AgendaItem> itemsOf(const AgendaPathway& p, const char* day, AgendaKind kind)
{
    std::vector<AgendaItem> kept;
    for (AgendaItem& item : agendaOn({p}, d(day), kN)) {
        if (item.kind == kind)
            kept.push_back(std::move(item));
    }
    return kept;
}

// A pathway with a recent contact, so that only the kind under test gives items.
AgendaPathway seenOn(const char* contact, const char* entry = "2023-01-02")
{
    AgendaPathway p = pathway("C1", entry);
    p.contacts.push_back(d(contact));
    return p;
}

} // namespace

TEST(AgendaWithoutContact, ListedTheDayTheLastContactIsMoreThanNDaysOld)
{
    AgendaPathway p = seenOn("2024-03-01");
    EXPECT_TRUE(itemsOf(p, "2024-03-31", AgendaKind::SansEntretien).empty()); // 30 days: not more
    const auto items = itemsOf(p, "2024-04-01", AgendaKind::SansEntretien);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].due, d("2024-04-01")); // last + N + 1
    EXPECT_EQ(items[0].detail, "Pas d'entretien depuis 31 jours");
    EXPECT_EQ(itemsOf(p, "2024-04-20", AgendaKind::SansEntretien).at(0).due, d("2024-04-01"));
}

TEST(AgendaWithoutContact, TheEntryStandsForAMissingContactAndAFutureOneIsIgnored)
{
    AgendaPathway p = pathway("C1", "2024-01-10");
    p.contacts.push_back(d("2024-06-01")); // not happened yet on the day
    const auto items = itemsOf(p, "2024-02-10", AgendaKind::SansEntretien);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].due, d("2024-02-10"));
    EXPECT_EQ(items[0].detail, "Pas d'entretien depuis 31 jours (aucun depuis l'entrée)");
}

TEST(AgendaWithoutContact, NotWhileOnHoldButDuringTheFollowUp)
{
    AgendaPathway onHold = seenOn("2024-01-05");
    onHold.holds.push_back({d("2024-01-20"), std::nullopt});
    EXPECT_TRUE(itemsOf(onHold, "2024-03-01", AgendaKind::SansEntretien).empty());
    onHold.holds.back().end = d("2024-02-29");
    EXPECT_TRUE(itemsOf(onHold, "2024-02-29", AgendaKind::SansEntretien).empty()); // the hold's last day
    EXPECT_EQ(itemsOf(onHold, "2024-03-01", AgendaKind::SansEntretien).size(), 1u);

    AgendaPathway hired = seenOn("2024-01-05");
    hired.hires.push_back({d("2024-01-15"), std::nullopt});
    EXPECT_EQ(itemsOf(hired, "2024-03-01", AgendaKind::SansEntretien).size(), 1u);
}

TEST(AgendaWithoutContact, OnlyOpenPathways)
{
    AgendaPathway p = seenOn("2024-01-05");
    p.exit = d("2024-03-01");
    EXPECT_TRUE(agendaOn({p}, d("2024-03-01"), kN).empty()); // exited that day
    EXPECT_EQ(itemsOf(p, "2024-02-29", AgendaKind::SansEntretien).size(), 1u); // the exit still to come
    AgendaPathway notYet = pathway("C2", "2024-05-01");
    EXPECT_TRUE(agendaOn({notYet}, d("2024-04-30"), kN).empty());
}

// Hire on 31 January 2024: one month is 29 February, three months 30 April.
TEST(AgendaCheckIn, TheOneMonthCheckInOpensAWeekBeforeAndClosesWithAContact)
{
    AgendaPathway p = seenOn("2024-02-10");
    p.hires.push_back({d("2024-01-31"), std::nullopt});
    EXPECT_TRUE(itemsOf(p, "2024-02-21", AgendaKind::PointSuivi).empty());
    auto items = itemsOf(p, "2024-02-22", AgendaKind::PointSuivi);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].due, d("2024-02-29"));
    EXPECT_EQ(items[0].detail, "Point de suivi à 1 mois de l'embauche du 31/01/2024");

    p.contacts.push_back(d("2024-02-21")); // before the window: does not count
    EXPECT_EQ(itemsOf(p, "2024-03-05", AgendaKind::PointSuivi).size(), 1u);
    p.contacts.push_back(d("2024-02-22")); // the window's first day
    EXPECT_TRUE(itemsOf(p, "2024-03-05", AgendaKind::PointSuivi).empty());
}

TEST(AgendaCheckIn, TheThreeMonthCheckInTakesOverAWeekBeforeIt)
{
    AgendaPathway p = seenOn("2024-04-01");
    p.hires.push_back({d("2024-01-31"), std::nullopt});
    p.contacts.push_back(d("2024-02-25")); // the one-month check-in was done
    EXPECT_TRUE(itemsOf(p, "2024-04-22", AgendaKind::PointSuivi).empty());
    const auto items = itemsOf(p, "2024-04-23", AgendaKind::PointSuivi);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].due, d("2024-04-30"));
    EXPECT_EQ(items[0].detail, "Point de suivi à 3 mois de l'embauche du 31/01/2024");
}

// Hire on 31 August 2023: six months is 29 February 2024.
TEST(AgendaSixMonths, ListedAWeekAheadAndUntilValidated)
{
    AgendaPathway p = seenOn("2024-02-20", "2023-03-01");
    p.hires.push_back({d("2023-08-31"), std::nullopt});
    EXPECT_TRUE(itemsOf(p, "2024-02-21", AgendaKind::ValidationSixMois).empty());
    auto items = itemsOf(p, "2024-02-22", AgendaKind::ValidationSixMois);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].due, d("2024-02-29"));
    EXPECT_EQ(items[0].detail, "Validation de l'emploi durable au 29/02/2024");
    EXPECT_EQ(itemsOf(p, "2024-03-20", AgendaKind::ValidationSixMois).size(), 1u); // overdue
    p.exit = d("2024-02-29");
    EXPECT_TRUE(agendaOn({p}, d("2024-02-29"), kN).empty()); // validated: the pathway is closed
}

TEST(AgendaSixMonths, ABrokenContractEndsTheFollowUpAndTheLatestRunningHireCounts)
{
    AgendaPathway p = seenOn("2024-03-01");
    p.hires.push_back({d("2023-10-02"), d("2024-01-15")}); // broke
    EXPECT_TRUE(itemsOf(p, "2024-03-30", AgendaKind::ValidationSixMois).empty());
    EXPECT_EQ(itemsOf(p, "2024-01-14", AgendaKind::PointSuivi).size(), 1u); // still employed: 3 months
    EXPECT_TRUE(itemsOf(p, "2024-01-15", AgendaKind::PointSuivi).empty());  // ended that day
    p.hires.push_back({d("2024-02-05"), std::nullopt});
    const auto items = itemsOf(p, "2024-07-30", AgendaKind::ValidationSixMois);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].due, d("2024-08-05"));
    p.hires.push_back({d("2024-09-01"), std::nullopt}); // after the day: not happened yet
    EXPECT_EQ(itemsOf(p, "2024-07-30", AgendaKind::ValidationSixMois).at(0).due, d("2024-08-05"));
}

TEST(AgendaStepsEnding, FromTheDayToAWeekAheadOnceStarted)
{
    AgendaPathway p = seenOn("2024-03-01");
    p.steps.push_back({7, d("2024-02-01"), d("2024-03-10"), "CACES R489"});
    EXPECT_TRUE(itemsOf(p, "2024-03-02", AgendaKind::FinEtape).empty()); // D + 8
    EXPECT_EQ(itemsOf(p, "2024-03-03", AgendaKind::FinEtape).size(), 1u); // D + 7
    const auto items = itemsOf(p, "2024-03-10", AgendaKind::FinEtape);           // the day
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].detail, "Fin de l'étape « CACES R489 » le 10/03/2024");
    EXPECT_EQ(items[0].itemId, 7);
    EXPECT_TRUE(itemsOf(p, "2024-03-11", AgendaKind::FinEtape).empty()); // ended
    p.steps.push_back({8, d("2024-03-05"), d("2024-03-06"), ""});
    EXPECT_TRUE(itemsOf(p, "2024-03-04", AgendaKind::FinEtape).size() == 1u); // 8 not started yet
    EXPECT_EQ(itemsOf(p, "2024-03-05", AgendaKind::FinEtape).front().detail, "Fin d'une étape le 06/03/2024");
}

TEST(AgendaLongHold, NinetyDaysIntoAHoldListedAWeekAhead)
{
    AgendaPathway p = seenOn("2024-01-02");
    p.holds.push_back({d("2024-01-10"), std::nullopt}); // + 90 = 9 April
    EXPECT_TRUE(itemsOf(p, "2024-04-01", AgendaKind::VeilleLongue).empty());
    const auto items = itemsOf(p, "2024-04-02", AgendaKind::VeilleLongue);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].due, d("2024-04-09"));
    EXPECT_EQ(items[0].detail, "En veille depuis le 10/01/2024 (90 jours le 09/04/2024)");
    p.holds.back().end = d("2024-04-05"); // resumed
    EXPECT_TRUE(itemsOf(p, "2024-04-06", AgendaKind::VeilleLongue).empty());
}

TEST(AgendaPlannedActions, NotDoneAndDueByAWeekAheadWhateverTheirAge)
{
    AgendaPathway p = seenOn("2024-03-01");
    p.actions.push_back({1, d("2024-03-09"), ActionKind::RendezVous, "Bilan de la formation\nsalle 2", false});
    p.actions.push_back({2, d("2024-03-08"), ActionKind::Appel, "", false});
    p.actions.push_back({3, d("2023-12-01"), ActionKind::Demarche, "Dossier CAF", false});
    p.actions.push_back({4, d("2024-03-02"), ActionKind::Autre, "", true});
    const auto items = itemsOf(p, "2024-03-01", AgendaKind::Action);
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].detail, "Démarche : Dossier CAF");
    EXPECT_EQ(items[0].due, d("2023-12-01"));
    EXPECT_EQ(items[1].detail, "Appel");
    EXPECT_EQ(itemsOf(p, "2024-03-02", AgendaKind::Action).back().detail, "Rendez-vous : Bilan de la formation");
}

TEST(AgendaOrder, ByDueThenKindCodeThenPathwayThenPosition)
{
    AgendaPathway b = seenOn("2024-01-02");
    b.key = "B";
    b.steps.push_back({5, d("2024-01-20"), d("2024-03-01"), "deux"});
    b.steps.push_back({4, d("2024-01-10"), d("2024-03-01"), "un"});
    b.actions.push_back({9, d("2024-03-01"), ActionKind::Appel, "", false});
    AgendaPathway a = seenOn("2024-01-02");
    a.key = "A";
    a.id = 2;
    const auto items = agendaOn({b, a}, d("2024-03-01"), kN);
    ASSERT_EQ(items.size(), 5u);
    // All due on 1 March except « sans_entretien » (due 2 February for both).
    EXPECT_EQ(items[0].pathwayKey, "A");
    EXPECT_EQ(items[0].kind, AgendaKind::SansEntretien);
    EXPECT_EQ(items[1].pathwayKey, "B");
    EXPECT_EQ(items[2].kind, AgendaKind::Action); // "action" < "fin_etape"
    EXPECT_EQ(items[3].itemId, 4);                // started first
    EXPECT_EQ(items[4].itemId, 5);
}
