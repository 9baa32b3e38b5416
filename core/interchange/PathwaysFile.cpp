// parcours.csv of an interchange folder: one row per pathway, with its latest hire and exit.
#include "interchange/FolderReadState.h"

namespace parcours::interchange {

namespace {

enum PathwayColumn : std::size_t {
    Id,
    ParticipantId,
    ReferentColumn,
    EntryDate,
    Education,
    Rsa,
    Deld,
    Rqth,
    OtherDifficulty,
    HireDate,
    Contract,
    Employer,
    Naf,
    ExitDate,
    ExitReasonColumn,
    EmployerName,
    EmployerContact,
    AgeAtEntry
};

constexpr ColumnSpec kPathwayColumns[] = {
    {"parcours_id", true},       {"participant_id", true}, {"referent", true},       {"entry_date", true},
    {"education_level", false},  {"rsa", false},           {"deld", false},          {"rqth", false},
    {"other_difficulty", false}, {"hire_date", false},     {"contract_type", false}, {"employer_category", false},
    {"naf_section", false},      {"exit_date", false},     {"exit_reason", false},   {"employer_name", false},
    {"employer_contact", false}, {"age_at_entry", false},
};

// age_at_entry: whole years from 16 to 99 (retention.md), on the rows of an archived person only.
std::optional<int> readAgeAtEntry(CsvRow& row)
{
    const std::string_view value = row.raw(AgeAtEntry);
    if (value.empty())
        return std::nullopt;
    int age = 0;
    bool digits = value.size() <= 3;
    for (const char c : value) {
        digits = digits && c >= '0' && c <= '9';
        if (digits)
            age = age * 10 + (c - '0');
    }
    if (!digits || age < 16 || age > 99) {
        row.error(AgeAtEntry,
                  "Âge à l'entrée « " + std::string(value) + " » invalide : attendu un nombre entier de 16 à 99.");
        return std::nullopt;
    }
    return age;
}

std::optional<char> nafSection(CsvRow& row, std::size_t column, bool required)
{
    const std::string value = row.text(column, required);
    if (value.empty())
        return std::nullopt;
    if (value.size() != 1 || !isNafSection(value[0])) {
        row.error(column, "Section NAF « " + value + " » invalide : attendu une lettre de A à U.");
        return std::nullopt;
    }
    return value[0];
}

// The latest hire: hire_date and its three job columns go together; the employer's name and
// contact, optional, belong to a hire too.
std::optional<Hire> readHire(CsvRow& row)
{
    const auto hireDate = row.date(HireDate);
    if (!row.has(HireDate)) {
        for (std::size_t k : {Contract, Employer, Naf, EmployerName, EmployerContact}) {
            if (row.has(k))
                row.error(k, "Renseigné sans hire_date : les colonnes de l'emploi vont avec une date d'embauche.");
        }
        return std::nullopt;
    }
    const auto contract = row.code<ContractType>(Contract, true);
    const auto employer = row.code<EmployerCategory>(Employer, true);
    const auto naf = nafSection(row, Naf, true);
    if (!hireDate || !contract || !employer || !naf)
        return std::nullopt;
    Hire hire;
    hire.hireDate = *hireDate;
    hire.contract = *contract;
    hire.employer = *employer;
    hire.nafSection = *naf;
    hire.employerName = row.text(EmployerName);
    hire.employerContact = row.text(EmployerContact);
    return hire;
}

std::optional<PathwayExit> readExit(CsvRow& row)
{
    if (row.has(ExitDate) && !row.has(ExitReasonColumn))
        row.error(ExitReasonColumn, "Obligatoire avec exit_date.");
    if (row.has(ExitReasonColumn) && !row.has(ExitDate))
        row.error(ExitDate, "Obligatoire avec exit_reason.");
    const auto date = row.date(ExitDate);
    const auto reason = row.code<ExitReason>(ExitReasonColumn);
    if (!date || !reason)
        return std::nullopt;
    return PathwayExit{*date, *reason};
}

} // namespace

void readPathwaysFile(FolderReadState& state)
{
    const auto readRow = [&](CsvRow& row) {
        PathwayEntry imported;
        Pathway& p = imported.pathway;
        p.record.externalId = row.text(Id, true);
        const std::string participantId = row.text(ParticipantId, true);
        imported.referentName = row.text(ReferentColumn, true);
        const auto entry = row.date(EntryDate, true);
        if (entry)
            p.entryDate = *entry;
        p.situation.education = row.code<EducationLevel>(Education).value_or(EducationLevel::Unknown);
        p.situation.rsa = row.flag(Rsa);
        p.situation.deld = row.flag(Deld);
        p.situation.rqth = row.flag(Rqth);
        p.situation.otherDifficulty = row.flag(OtherDifficulty);
        p.currentHire = readHire(row);
        p.exit = readExit(row);
        p.ageAtEntry = readAgeAtEntry(row);

        const auto person = state.participantIndex.find(participantId);
        if (!participantId.empty() && person == state.participantIndex.end()) {
            if (state.participantsRefused) {
                ++state.uncheckedReferences;
                if (!p.record.externalId.empty())
                    state.uncheckedPathways.insert(p.record.externalId);
            } else {
                row.error(ParticipantId, "Participant « " + participantId + " » absent de participants.csv.");
            }
        }
        if (person != state.participantIndex.end()) {
            const bool archived = state.batch.participants[person->second].archived;
            if (archived && !row.has(AgeAtEntry))
                row.error(AgeAtEntry, "Obligatoire pour un.e participant.e archivé.e : son âge à l'entrée.");
            else if (!archived && row.has(AgeAtEntry))
                row.error(AgeAtEntry, "Réservé aux parcours d'un.e participant.e archivé.e (la date de naissance "
                                      "donne l'âge des autres).");
        }
        const bool checkable = entry && person != state.participantIndex.end() && state.participantDated[person->second]
                               && (p.ageAtEntry || !state.batch.participants[person->second].archived)
                               && (!row.has(HireDate) || p.currentHire) && (!row.has(ExitDate) || p.exit);
        if (checkable) {
            // An emploi_durable exit whose hire columns are wrong is already reported.
            Violations violations = checkPathway(p, state.batch.participants[person->second]);
            reportViolations(row, violations, kPathwayColumns);
        }
        if (p.record.externalId.empty() || person == state.participantIndex.end())
            return;
        if (state.existing.pathways.count(p.record.externalId)) {
            row.error(Id, "La base contient déjà le parcours « " + p.record.externalId + " ».");
            return;
        }
        const auto [it, inserted] = state.pathwayIndex.emplace(p.record.externalId, state.batch.pathways.size());
        if (!inserted) {
            row.error(Id, "Identifiant « " + p.record.externalId + " » déjà utilisé plus haut dans le fichier.");
            return;
        }
        imported.participant = person->second;
        state.pathwayDated.push_back(entry.has_value());
        state.pathwayLine.push_back(row.line());
        state.holdLines.emplace_back();
        state.batch.pathways.push_back(std::move(imported));
    };
    state.pathwaysRefused = !readCsvTable(state.folder, "parcours.csv", true, kPathwayColumns, state.errors, readRow);
    reportUncheckedReferences(state, "parcours.csv", "participants.csv");
}

} // namespace parcours::interchange
