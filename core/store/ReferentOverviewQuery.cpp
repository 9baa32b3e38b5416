// The review per référent.e: counts of pathways in one query, « À faire » from the agenda's rules.
#include "store/ReferentOverviewQuery.h"

#include "store/AgendaQuery.h"
#include "store/Database.h"
#include "store/NameCollation.h"
#include "store/RowMapping.h"

#include <unordered_map>

namespace parcours {

bool outsideCaseloadNorm(int openPathways)
{
    return openPathways < kCaseloadNormLow || openPathways > kCaseloadNormHigh;
}

std::vector<ReferentOverview> loadReferentOverview(Database& db, const Date& day)
{
    std::vector<ReferentOverview> overview;
    std::unordered_map<std::string, std::size_t> byName; // the agenda names its référent.e.s
    rows::guarded(db, [&] {
        SQLite::Statement query(db.sql(), std::string(R"sql(
SELECT r.id, r.name,
       count(CASE WHEN w.entry_date <= :day AND (w.exit_date IS NULL OR w.exit_date > :day) THEN 1 END),
       count(CASE WHEN w.entry_date BETWEEN :january AND :day THEN 1 END),
       count(CASE WHEN w.exit_date BETWEEN :january AND :day THEN 1 END)
FROM referents r LEFT JOIN pathways w ON w.referent_id = r.id
GROUP BY r.id ORDER BY r.name COLLATE )sql") + kNameCollation
                                              + ", r.id");
        query.bind(":day", toIsoDate(day));
        query.bind(":january", toIsoDate(Date(day.year(), 1, 1)));
        while (query.executeStep()) {
            ReferentOverview row;
            row.referentId = query.getColumn(0).getInt64();
            row.name = rows::text(query.getColumn(1));
            row.openPathways = query.getColumn(2).getInt();
            row.entries = query.getColumn(3).getInt();
            row.exits = query.getColumn(4).getInt();
            byName.emplace(row.name, overview.size());
            overview.push_back(std::move(row));
        }
    });
    for (const AgendaItem& item : loadAgenda(db, day)) {
        const auto found = byName.find(item.referent);
        if (found == byName.end())
            continue;
        ReferentOverview& row = overview[found->second];
        if (item.kind == AgendaKind::SansEntretien)
            ++row.withoutContact;
        if (item.due < day)
            ++row.overdue;
    }
    return overview;
}

} // namespace parcours
