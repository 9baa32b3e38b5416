// participants.csv and plie.csv of an interchange folder.
#include "interchange/FolderReadState.h"

#include "domain/Retention.h"

#include <utility>

namespace parcours::interchange {

namespace {

enum ParticipantColumn : std::size_t {
    Id,
    LastName,
    FirstName,
    BirthDate,
    SexColumn,
    Postcode,
    City,
    Qpv,
    Phone,
    Email,
    FranceTravailId,
    InformationDate,
    Archived
};

constexpr ColumnSpec kParticipantColumns[] = {
    {"participant_id", true},
    {"last_name", true},
    {"first_name", true},
    {"birth_date", true},
    {"sex", true},
    {"postcode", false},
    {"city", false},
    {"qpv", false},
    {"phone", false},
    {"email", false},
    {"france_travail_id", false},
    {"information_date", false},
    {"archived", false},
};

constexpr ColumnSpec kPlieColumns[] = {{"name", true}, {"code", false}};

} // namespace

void reportViolations(CsvRow& row, const Violations& violations, std::span<const ColumnSpec> columns)
{
    for (const RuleViolation& violation : violations) {
        std::size_t k = 0;
        while (k < columns.size() && columns[k].name != violation.field)
            ++k;
        if (k < columns.size())
            row.error(k, violation.message);
        else
            row.recordError(violation.field + " : " + violation.message);
    }
}

void reportUncheckedReferences(FolderReadState& state, const std::string& file, const std::string& refusedFile)
{
    const std::size_t count = std::exchange(state.uncheckedReferences, 0);
    if (count == 0)
        return;
    const std::string message =
        count == 1
            ? "1 ligne renvoie à " + refusedFile + ", refusé : ce renvoi sera vérifié une fois ce fichier corrigé."
            : std::to_string(count) + " lignes renvoient à " + refusedFile
                  + ", refusé : ces renvois seront vérifiés une fois ce fichier corrigé.";
    state.errors.push_back({file, 0, {}, message});
}

void readPlieFile(FolderReadState& state)
{
    int rows = 0;
    readCsvTable(state.folder, "plie.csv", false, kPlieColumns, state.errors, [&](CsvRow& row) {
        if (++rows > 1) {
            row.recordError("plie.csv n'a qu'une ligne : celle du PLIE.");
            return;
        }
        PlieSettings plie{row.text(0, true), row.text(1)};
        if (row.hasErrors())
            return;
        if (!state.existing.plie.name.empty() && state.existing.plie.name != plie.name) {
            row.error(0, "La base appartient déjà au PLIE « " + state.existing.plie.name + " », pas à « " + plie.name
                             + " ».");
            return;
        }
        state.batch.plie = plie;
    });
}

void readParticipantsFile(FolderReadState& state)
{
    const auto readRow = [&](CsvRow& row) {
        Participant p;
        p.record.externalId = row.text(Id, true);
        p.archived = row.flag(Archived);
        std::optional<Date> birth;
        if (p.archived) {
            // retention.md: what identified the person is erased; the base holds neutral values.
            for (std::size_t k : {LastName, FirstName, BirthDate}) {
                if (row.has(k))
                    row.error(k, "Doit être vide pour un.e participant.e archivé.e (archived = 1).");
            }
        } else {
            p.lastName = row.text(LastName, true);
            p.firstName = row.text(FirstName, true);
            birth = row.date(BirthDate, true);
            if (birth)
                p.birthDate = *birth;
        }
        if (const auto sex = row.code<Sex>(SexColumn, true))
            p.sex = *sex;
        p.postcode = row.text(Postcode);
        p.city = row.text(City);
        p.qpv = row.flag(Qpv);
        p.phone = row.text(Phone);
        p.email = row.text(Email);
        p.franceTravailId = row.text(FranceTravailId);
        p.informationDate = row.date(InformationDate);
        if (p.archived) {
            p.lastName = kArchivedName;
            p.firstName = kArchivedName;
            p.birthDate = archivedBirthDate();
        } else if (!p.lastName.empty() && !p.firstName.empty())
            reportViolations(row, checkParticipant(p), kParticipantColumns);
        if (p.record.externalId.empty())
            return;
        if (state.existing.participants.count(p.record.externalId)) {
            row.error(Id, "La base contient déjà le participant « " + p.record.externalId + " ».");
            return;
        }
        const auto [it, inserted] =
            state.participantIndex.emplace(p.record.externalId, state.batch.participants.size());
        if (!inserted) {
            row.error(Id, "Identifiant « " + p.record.externalId + " » déjà utilisé plus haut dans le fichier.");
            return;
        }
        state.participantDated.push_back(birth.has_value() || p.archived); // archived: the age at entry
        state.batch.participants.push_back(std::move(p));
    };
    state.participantsRefused =
        !readCsvTable(state.folder, "participants.csv", true, kParticipantColumns, state.errors, readRow);
}

} // namespace parcours::interchange
