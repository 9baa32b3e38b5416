// The store tests' common ground: a temporary database file, a pinned clock, and small
// builders of valid participants and pathways saved through the repositories.
#pragma once

#include "TestDates.h"
#include "domain/Clock.h"
#include "domain/Rules.h"
#include "store/Database.h"
#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "store/ReferentRepository.h"
#include "store/Uuid.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace parcours::test {

// A database path in the temporary folder, unique to the test; the file and its WAL
// companions are removed at the end.
class TempDatabaseFile {
public:
    explicit TempDatabaseFile(const std::string& extension = ".parcours")
        : m_path(std::filesystem::temp_directory_path() / ("parcours-store-test-" + newUuid() + extension))
    {
    }
    ~TempDatabaseFile()
    {
        std::error_code ignored;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            std::filesystem::remove(m_path.string() + suffix, ignored);
    }
    TempDatabaseFile(const TempDatabaseFile&) = delete;
    TempDatabaseFile& operator=(const TempDatabaseFile&) = delete;

    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

inline std::string fileBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// EXPECT_TRUE(contains(message, "...")) shows the whole text when the part is missing.
inline ::testing::AssertionResult contains(const std::string& text, const std::string& part)
{
    if (text.find(part) != std::string::npos)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "« " << text << " » ne contient pas « " << part << " »";
}

// The message of the first violation on `field`, or "" when none.
inline std::string messageOf(const Violations& violations, const std::string& field)
{
    for (const RuleViolation& v : violations) {
        if (v.field == field)
            return v.message;
    }
    return {};
}

inline int rowCount(Database& db, const std::string& table)
{
    return db.sql().execAndGet("SELECT count(*) FROM " + table).getInt();
}

inline Participant newPerson(const char* lastName = "Martin", const char* firstName = "Léa",
                             const char* birth = "1985-05-10")
{
    Participant p;
    p.lastName = lastName;
    p.firstName = firstName;
    p.birthDate = d(birth);
    p.sex = Sex::F;
    return p;
}

inline Hire newHire(const char* date, char naf = 'G')
{
    Hire h;
    h.hireDate = d(date);
    h.contract = ContractType::Cdi;
    h.employer = EmployerCategory::Entreprise;
    h.nafSection = naf;
    return h;
}

// A store on a fresh in-memory database, with a clock pinned on 27 November 2026.
class StoreTest : public ::testing::Test {
protected:
    FixedClock clock{d("2026-11-27")};
    Database db{":memory:", OpenMode::CreateIfMissing};
    ParticipantRepository participants{db, clock};
    PathwayRepository pathways{db, clock};
    ReferentRepository referents{db, clock};

    Participant addPerson(const char* lastName = "Martin", const char* firstName = "Léa",
                          const char* birth = "1985-05-10")
    {
        Participant p = newPerson(lastName, firstName, birth);
        participants.add(p);
        return p;
    }

    // A pathway of `participantId` followed by Claire Dubois, not yet saved.
    Pathway newPathway(RowId participantId, const char* entry, const char* exit = nullptr,
                       ExitReason reason = ExitReason::Abandon)
    {
        Pathway p;
        p.participantId = participantId;
        p.referentId = referents.findOrCreate("Claire Dubois").record.id;
        p.entryDate = d(entry);
        if (exit)
            p.exit = PathwayExit{d(exit), reason};
        return p;
    }

    Pathway addPathway(RowId participantId, const char* entry, const char* exit = nullptr,
                       ExitReason reason = ExitReason::Abandon)
    {
        Pathway p = newPathway(participantId, entry, exit, reason);
        pathways.add(p);
        return p;
    }
};

// True when `uuid` is a lower-case random (version 4, RFC 4122 variant) UUID.
inline bool isUuidV4(const std::string& uuid)
{
    if (uuid.size() != 36)
        return false;
    for (std::size_t i = 0; i < uuid.size(); ++i) {
        const char c = uuid[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return uuid[14] == '4' && std::string("89ab").find(uuid[19]) != std::string::npos;
}

} // namespace parcours::test
