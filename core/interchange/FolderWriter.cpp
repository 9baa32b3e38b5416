// The nine interchange files, written from InterchangeData.
#include "interchange/FolderWriter.h"

#include "interchange/CsvWriter.h"

#include <fstream>
#include <functional>

namespace parcours {

namespace {

const std::string& idOf(const RecordIdentity& record)
{
    return record.externalId.empty() ? record.uuid : record.externalId;
}

std::string dateText(const std::optional<Date>& date)
{
    return date ? toIsoDate(*date) : std::string();
}

std::string_view flag(bool value)
{
    return value ? "1" : "0";
}

void writeFile(const std::filesystem::path& folder, const std::string& name,
               const std::function<void(CsvWriter&)>& writeRows)
{
    const std::filesystem::path target = folder / name;
    std::filesystem::path temporary = target;
    temporary += ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw FolderWriteError("Impossible d'écrire « " + temporary.string() + " ».");
        CsvWriter writer(out);
        writeRows(writer);
        out.flush();
        if (!out)
            throw FolderWriteError("Écriture de « " + temporary.string() + " » interrompue (disque plein ?).");
    }
    std::error_code code;
    std::filesystem::rename(temporary, target, code);
    if (code)
        throw FolderWriteError("Impossible de remplacer « " + target.string() + " » : " + code.message());
}

void writeParticipants(CsvWriter& csv, const InterchangeData& data)
{
    csv.row({"participant_id", "last_name", "first_name", "birth_date", "sex", "postcode", "city", "qpv", "phone",
             "email", "france_travail_id"});
    for (const Participant& p : data.participants) {
        csv.row({idOf(p.record), p.lastName, p.firstName, toIsoDate(p.birthDate), toCode(p.sex), p.postcode, p.city,
                 flag(p.qpv), p.phone, p.email, p.franceTravailId});
    }
}

void writePathways(CsvWriter& csv, const InterchangeData& data)
{
    csv.row({"parcours_id", "participant_id", "referent", "entry_date", "education_level", "rsa", "deld", "rqth",
             "other_difficulty", "hire_date", "contract_type", "employer_category", "naf_section", "employer_name",
             "employer_contact", "exit_date", "exit_reason"});
    for (const PathwayEntry& entry : data.pathways) {
        const Pathway& p = entry.pathway;
        const SituationAtEntry& s = p.situation;
        const Hire* hire = p.currentHire ? &*p.currentHire : nullptr;
        const std::string naf = hire ? std::string(1, hire->nafSection) : std::string();
        csv.row({idOf(p.record), idOf(data.participants[entry.participant].record), entry.referentName,
                 toIsoDate(p.entryDate), toCode(s.education), flag(s.rsa), flag(s.deld), flag(s.rqth),
                 flag(s.otherDifficulty), hire ? toIsoDate(hire->hireDate) : std::string(),
                 hire ? toCode(hire->contract) : std::string_view(), hire ? toCode(hire->employer) : std::string_view(),
                 naf, hire ? hire->employerName : std::string(), hire ? hire->employerContact : std::string(),
                 p.exit ? toIsoDate(p.exit->date) : std::string(),
                 p.exit ? toCode(p.exit->reason) : std::string_view()});
    }
}

void writeHoldsAndHires(const std::filesystem::path& folder, const InterchangeData& data)
{
    writeFile(folder, "holds.csv", [&](CsvWriter& csv) {
        csv.row({"parcours_id", "start_date", "end_date", "reason"});
        for (const PathwayEntry& entry : data.pathways) {
            for (const Hold& hold : entry.pathway.holds)
                csv.row({idOf(entry.pathway.record), toIsoDate(hold.start), dateText(hold.end), hold.reason});
        }
    });
    writeFile(folder, "hires.csv", [&](CsvWriter& csv) {
        csv.row({"parcours_id", "hire_date", "contract_type", "employer_category", "naf_section", "end_date",
                 "end_reason", "employer_name", "employer_contact"});
        for (const PathwayEntry& entry : data.pathways) {
            for (const Hire& hire : entry.pathway.earlierHires) {
                csv.row({idOf(entry.pathway.record), toIsoDate(hire.hireDate), toCode(hire.contract),
                         toCode(hire.employer), std::string(1, hire.nafSection), dateText(hire.endDate),
                         hire.endReason, hire.employerName, hire.employerContact});
            }
        }
    });
}

} // namespace

void writeInterchangeFolder(const InterchangeData& data, const std::filesystem::path& folder)
{
    std::error_code code;
    std::filesystem::create_directories(folder, code);
    if (code)
        throw FolderWriteError("Impossible de créer le dossier « " + folder.string() + " » : " + code.message());
    const auto pathwayId = [&](std::size_t index) -> const std::string& {
        return idOf(data.pathways[index].pathway.record);
    };

    writeFile(folder, "plie.csv", [&](CsvWriter& csv) {
        csv.row({"name", "code"});
        if (data.plie && !data.plie->name.empty())
            csv.row({data.plie->name, data.plie->code});
    });
    writeFile(folder, "participants.csv", [&](CsvWriter& csv) { writeParticipants(csv, data); });
    writeFile(folder, "parcours.csv", [&](CsvWriter& csv) { writePathways(csv, data); });
    writeHoldsAndHires(folder, data);
    writeFile(folder, "steps.csv", [&](CsvWriter& csv) {
        csv.row({"step_id", "parcours_id", "type", "subtype", "start_date", "end_date", "operator", "label"});
        for (const auto& [step, pathway] : data.steps) {
            csv.row({idOf(step.record), pathwayId(pathway), toCode(step.type), toCode(step.subtype),
                     toIsoDate(step.start), dateText(step.end), step.operatorName, step.label});
        }
    });
    writeFile(folder, "freins.csv", [&](CsvWriter& csv) {
        csv.row({"parcours_id", "category", "identified_date", "status", "lifted_date"});
        for (const auto& [barrier, pathway] : data.barriers) {
            csv.row({pathwayId(pathway), toCode(barrier.category), toIsoDate(barrier.identifiedDate),
                     toCode(barrier.status), dateText(barrier.liftedDate)});
        }
    });
    writeFile(folder, "contacts.csv", [&](CsvWriter& csv) {
        csv.row({"parcours_id", "date", "mode", "note"});
        for (const auto& [contact, pathway] : data.contacts)
            csv.row({pathwayId(pathway), toIsoDate(contact.date), toCode(contact.mode), contact.note});
    });
    writeFile(folder, "actions.csv", [&](CsvWriter& csv) {
        csv.row({"parcours_id", "date", "kind", "note", "done"});
        for (const auto& [action, pathway] : data.plannedActions)
            csv.row({pathwayId(pathway), toIsoDate(action.date), toCode(action.kind), action.note, flag(action.done)});
    });
}

} // namespace parcours
