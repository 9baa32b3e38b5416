// « À faire »: six queries, each over the pathways open on the day (a common table
// expression), then the rules of domain/Agenda in memory.
#include "store/AgendaQuery.h"

#include "store/Database.h"
#include "store/PlieSettingsRepository.h"
#include "store/RowMapping.h"

#include <unordered_map>

namespace parcours {

namespace {

// :day, and :referent (NULL for all).
constexpr const char* kOpen = R"sql(
WITH open AS (
    SELECT id FROM pathways
    WHERE entry_date <= :day AND (exit_date IS NULL OR exit_date > :day)
      AND (:referent IS NULL OR referent_id = :referent)
)
)sql";

class Reader {
public:
    Reader(Database& db, const Date& day, std::optional<RowId> referentId)
        : m_db(db), m_day(toIsoDate(day)), m_referent(referentId)
    {
    }

    // Runs `select` (which may use the `open` table) and calls `row` for each result.
    template <typename Row>
    void each(const std::string& select, Row&& row)
    {
        SQLite::Statement query(m_db.sql(), kOpen + select);
        query.bind(":day", m_day);
        if (m_referent)
            query.bind(":referent", static_cast<std::int64_t>(*m_referent));
        else
            query.bind(":referent");
        while (query.executeStep())
            row(query);
    }

private:
    Database& m_db;
    std::string m_day;
    std::optional<RowId> m_referent;
};

} // namespace

std::vector<AgendaPathway> loadAgendaPathways(Database& db, const Date& day, std::optional<RowId> referentId)
{
    return rows::guarded(db, [&] {
        Reader reader(db, day, referentId);
        std::vector<AgendaPathway> pathways;
        std::unordered_map<RowId, std::size_t> index;
        reader.each("SELECT w.id, coalesce(w.external_id, w.uuid), p.id, p.last_name, p.first_name, r.name,"
                    " w.entry_date, w.exit_date FROM open o JOIN pathways w ON w.id = o.id"
                    " JOIN participants p ON p.id = w.participant_id JOIN referents r ON r.id = w.referent_id",
                    [&](SQLite::Statement& q) {
                        AgendaPathway p;
                        p.id = q.getColumn(0).getInt64();
                        p.key = rows::text(q.getColumn(1));
                        p.participantId = q.getColumn(2).getInt64();
                        p.lastName = rows::text(q.getColumn(3));
                        p.firstName = rows::text(q.getColumn(4));
                        p.referent = rows::text(q.getColumn(5));
                        p.entry = rows::date(q.getColumn(6));
                        p.exit = rows::optionalDate(q.getColumn(7));
                        index.emplace(p.id, pathways.size());
                        pathways.push_back(std::move(p));
                    });
        const auto of = [&](SQLite::Statement& q) -> AgendaPathway& {
            return pathways[index.at(q.getColumn(0).getInt64())];
        };
        reader.each("SELECT c.pathway_id, c.contact_date FROM open o JOIN contacts c ON c.pathway_id = o.id"
                    " WHERE c.contact_date <= :day",
                    [&](SQLite::Statement& q) { of(q).contacts.push_back(rows::date(q.getColumn(1))); });
        reader.each("SELECT h.pathway_id, h.hire_date, h.end_date FROM open o JOIN hires h ON h.pathway_id = o.id",
                    [&](SQLite::Statement& q) {
                        of(q).hires.push_back({rows::date(q.getColumn(1)), rows::optionalDate(q.getColumn(2))});
                    });
        reader.each("SELECT h.pathway_id, h.start_date, h.end_date FROM open o JOIN holds h ON h.pathway_id = o.id",
                    [&](SQLite::Statement& q) {
                        of(q).holds.push_back({rows::date(q.getColumn(1)), rows::optionalDate(q.getColumn(2))});
                    });
        reader.each("SELECT s.pathway_id, s.id, s.start_date, s.end_date, s.label FROM open o"
                    " JOIN steps s ON s.pathway_id = o.id WHERE s.end_date IS NOT NULL",
                    [&](SQLite::Statement& q) {
                        of(q).steps.push_back({q.getColumn(1).getInt64(), rows::date(q.getColumn(2)),
                                               rows::optionalDate(q.getColumn(3)), rows::text(q.getColumn(4))});
                    });
        reader.each("SELECT a.pathway_id, a.id, a.action_date, a.kind, a.note, a.done FROM open o"
                    " JOIN actions a ON a.pathway_id = o.id WHERE a.done = 0",
                    [&](SQLite::Statement& q) {
                        of(q).actions.push_back({q.getColumn(1).getInt64(), rows::date(q.getColumn(2)),
                                                 rows::code<ActionKind>(q.getColumn(3)), rows::text(q.getColumn(4)),
                                                 rows::flag(q.getColumn(5))});
                    });
        return pathways;
    });
}

std::vector<AgendaItem> loadAgenda(Database& db, const Date& day, std::optional<RowId> referentId)
{
    const int days = PlieSettingsRepository(db).get().daysWithoutContact;
    return agendaOn(loadAgendaPathways(db, day, referentId), day, days);
}

} // namespace parcours
