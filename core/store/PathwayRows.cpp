// Reading pathways, holds and hires from their tables.
#include "store/PathwayRows.h"

#include "store/RowMapping.h"

namespace parcours::pathways {

namespace {

const std::string kSelectPathway =
    std::string("SELECT ") + rows::kIdentityColumns
    + ", participant_id, referent_id, entry_date, education_level, rsa, deld, rqth,"
      " other_difficulty, exit_date, exit_reason, entry_validation, entry_validation_note,"
      " age_at_entry FROM pathways";
// Holds and hires lead with their pathway's id, then their identity.
const std::string kSelectHold =
    std::string("SELECT pathway_id, ") + rows::kIdentityColumns + ", start_date, end_date, reason FROM holds";
const std::string kSelectHire = std::string("SELECT pathway_id, ") + rows::kIdentityColumns
                                + ", is_current, hire_date, contract_type, employer_category, naf_section, end_date,"
                                  " end_reason, employer_name, employer_contact FROM hires";

Pathway readPathway(const SQLite::Statement& row)
{
    Pathway p;
    p.record = rows::identity(row);
    int c = rows::kIdentityColumnCount;
    p.participantId = row.getColumn(c++).getInt64();
    p.referentId = row.getColumn(c++).getInt64();
    p.entryDate = rows::date(row.getColumn(c++));
    p.situation.education = rows::code<EducationLevel>(row.getColumn(c++));
    p.situation.rsa = rows::flag(row.getColumn(c++));
    p.situation.deld = rows::flag(row.getColumn(c++));
    p.situation.rqth = rows::flag(row.getColumn(c++));
    p.situation.otherDifficulty = rows::flag(row.getColumn(c++));
    if (const auto exitDate = rows::optionalDate(row.getColumn(c++)))
        p.exit = PathwayExit{*exitDate, rows::code<ExitReason>(row.getColumn(c))};
    ++c;
    p.entryValidation = rows::code<EntryValidation>(row.getColumn(c++));
    p.entryValidationNote = rows::text(row.getColumn(c++));
    if (!row.getColumn(c).isNull())
        p.ageAtEntry = row.getColumn(c).getInt();
    return p;
}

Hold readHold(const SQLite::Statement& row)
{
    Hold h;
    h.record = rows::identity(row, 1);
    int c = 1 + rows::kIdentityColumnCount;
    h.start = rows::date(row.getColumn(c++));
    h.end = rows::optionalDate(row.getColumn(c++));
    h.reason = rows::text(row.getColumn(c));
    return h;
}

bool isCurrentHire(const SQLite::Statement& row)
{
    return rows::flag(row.getColumn(1 + rows::kIdentityColumnCount));
}

Hire readHire(const SQLite::Statement& row)
{
    Hire h;
    h.record = rows::identity(row, 1);
    int c = 2 + rows::kIdentityColumnCount;
    h.hireDate = rows::date(row.getColumn(c++));
    h.contract = rows::code<ContractType>(row.getColumn(c++));
    h.employer = rows::code<EmployerCategory>(row.getColumn(c++));
    const std::string naf = rows::text(row.getColumn(c));
    if (naf.size() != 1)
        rows::throwUnreadable(row.getColumn(c), naf);
    h.nafSection = naf.front();
    ++c;
    h.endDate = rows::optionalDate(row.getColumn(c++));
    h.endReason = rows::text(row.getColumn(c++));
    h.employerName = rows::text(row.getColumn(c++));
    h.employerContact = rows::text(row.getColumn(c));
    return h;
}

std::vector<Pathway> readPathways(SQLite::Statement& query)
{
    std::vector<Pathway> result;
    while (query.executeStep())
        result.push_back(readPathway(query));
    return result;
}

} // namespace

std::optional<Pathway> loadRow(Database& db, RowId id)
{
    auto query = db.statement(kSelectPathway + " WHERE id = ?1");
    query->bind(1, id);
    if (!query->executeStep())
        return std::nullopt;
    return readPathway(*query);
}

std::optional<Pathway> loadRowByExternalId(Database& db, const std::string& externalId)
{
    if (externalId.empty())
        return std::nullopt;
    auto query = db.statement(kSelectPathway + " WHERE external_id = ?1");
    query->bind(1, externalId);
    if (!query->executeStep())
        return std::nullopt;
    return readPathway(*query);
}

std::vector<Pathway> loadRowsForParticipant(Database& db, RowId participantId)
{
    auto query = db.statement(kSelectPathway + " WHERE participant_id = ?1 ORDER BY entry_date, id");
    query->bind(1, participantId);
    return readPathways(*query);
}

void loadChildren(Database& db, Pathway& pathway)
{
    pathway.holds.clear();
    pathway.earlierHires.clear();
    pathway.currentHire.reset();
    {
        auto query = db.statement(kSelectHold + " WHERE pathway_id = ?1 ORDER BY start_date, id");
        query->bind(1, pathway.record.id);
        while (query->executeStep())
            pathway.holds.push_back(readHold(*query));
    }
    auto query = db.statement(kSelectHire + " WHERE pathway_id = ?1 ORDER BY hire_date, id");
    query->bind(1, pathway.record.id);
    while (query->executeStep()) {
        if (isCurrentHire(*query))
            pathway.currentHire = readHire(*query);
        else
            pathway.earlierHires.push_back(readHire(*query));
    }
}

std::vector<Pathway> loadForParticipant(Database& db, RowId participantId)
{
    std::vector<Pathway> result = loadRowsForParticipant(db, participantId);
    for (Pathway& pathway : result)
        loadChildren(db, pathway);
    return result;
}

std::vector<Pathway> loadAll(Database& db)
{
    std::vector<Pathway> result;
    {
        auto query = db.statement(kSelectPathway + " ORDER BY id");
        result = readPathways(*query);
    }
    auto holds = loadAllHolds(db);
    std::unordered_map<RowId, std::vector<Hire>> earlier;
    std::unordered_map<RowId, Hire> current;
    {
        auto query = db.statement(kSelectHire + " ORDER BY pathway_id, hire_date, id");
        while (query->executeStep()) {
            const RowId pathwayId = query->getColumn(0).getInt64();
            if (isCurrentHire(*query))
                current[pathwayId] = readHire(*query);
            else
                earlier[pathwayId].push_back(readHire(*query));
        }
    }
    for (Pathway& pathway : result) {
        const RowId id = pathway.record.id;
        if (auto it = holds.find(id); it != holds.end())
            pathway.holds = std::move(it->second);
        if (auto it = earlier.find(id); it != earlier.end())
            pathway.earlierHires = std::move(it->second);
        if (auto it = current.find(id); it != current.end())
            pathway.currentHire = std::move(it->second);
    }
    return result;
}

std::unordered_map<RowId, std::vector<Hold>> loadAllHolds(Database& db)
{
    std::unordered_map<RowId, std::vector<Hold>> holds;
    auto query = db.statement(kSelectHold + " ORDER BY pathway_id, start_date, id");
    while (query->executeStep())
        holds[query->getColumn(0).getInt64()].push_back(readHold(*query));
    return holds;
}

std::unordered_map<RowId, Hire> loadAllCurrentHires(Database& db)
{
    std::unordered_map<RowId, Hire> hires;
    auto query = db.statement(kSelectHire + " WHERE is_current = 1");
    while (query->executeStep())
        hires[query->getColumn(0).getInt64()] = readHire(*query);
    return hires;
}

} // namespace parcours::pathways
