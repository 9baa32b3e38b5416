// The nine interchange files, written from InterchangeData.
#include "interchange/FolderWriter.h"

#include "interchange/CsvWriter.h"
#include "platform/AtomicFile.h"
#include "platform/Platform.h"

#include <functional>
#include <memory>
#include <vector>

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

// The nine files are all written and synced as temporaries before any replaces its target:
// a failure leaves the folder exactly as it was, and no temporary behind.
class FolderFiles {
public:
    explicit FolderFiles(const std::filesystem::path& folder) : m_folder(folder) {}

    void add(const std::string& name, const std::function<void(CsvWriter&)>& writeRows)
    {
        guarded([&] {
            auto file = std::make_unique<AtomicFile>(m_folder / name);
            CsvWriter writer(file->stream());
            writeRows(writer);
            file->finish();
            m_files.push_back(std::move(file));
        });
    }

    void replaceAll()
    {
        // Checked before any rename, so that a name taken by a folder (or anything that is not a
        // file) stops the dump before it replaces a single file.
        for (const auto& file : m_files) {
            std::error_code code;
            const auto status = std::filesystem::symlink_status(file->target(), code);
            if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)
                && !std::filesystem::is_symlink(status))
                throw FolderWriteError("Impossible d'écrire « " + file->target().string()
                                       + " » : ce nom est pris par autre chose qu'un fichier. " + kNothingChanged);
        }
        guarded([&] {
            for (const auto& file : m_files)
                file->commit();
        });
    }

private:
    static constexpr const char* kNothingChanged = "Le dossier n'a pas été modifié.";

    template <typename Work>
    void guarded(Work work)
    {
        try {
            work();
        } catch (const FileWriteError& error) {
            throw FolderWriteError(std::string(error.what()) + " " + kNothingChanged);
        }
    }

    std::filesystem::path m_folder;
    std::vector<std::unique_ptr<AtomicFile>> m_files;
};

bool anyArchived(const InterchangeData& data)
{
    for (const Participant& p : data.participants) {
        if (p.archived)
            return true;
    }
    return false;
}

// The optional columns of retention.md (archived, age_at_entry) only when someone is archived:
// a folder without archived files is written as before.
void writeParticipants(CsvWriter& csv, const InterchangeData& data)
{
    const bool archivedColumn = anyArchived(data);
    std::vector<std::string> header{
        "participant_id", "last_name", "first_name",        "birth_date",      "sex", "postcode", "city", "qpv",
        "phone",          "email",     "france_travail_id", "information_date"};
    if (archivedColumn)
        header.emplace_back("archived");
    csv.row(header);
    for (const Participant& p : data.participants) {
        // An archived person's names and birth date are written empty, not the neutral values the base holds.
        std::vector<std::string> row{idOf(p.record),
                                     p.archived ? std::string() : p.lastName,
                                     p.archived ? std::string() : p.firstName,
                                     p.archived ? std::string() : toIsoDate(p.birthDate),
                                     std::string(toCode(p.sex)),
                                     p.postcode,
                                     p.city,
                                     std::string(flag(p.qpv)),
                                     p.phone,
                                     p.email,
                                     p.franceTravailId,
                                     p.informationDate ? toIsoDate(*p.informationDate) : std::string()};
        if (archivedColumn)
            row.emplace_back(p.archived ? "1" : "0");
        csv.row(row);
    }
}

void writePathways(CsvWriter& csv, const InterchangeData& data)
{
    const bool ageColumn = anyArchived(data);
    if (ageColumn)
        csv.row({"parcours_id", "participant_id", "referent", "entry_date", "education_level", "rsa", "deld", "rqth",
                 "other_difficulty", "hire_date", "contract_type", "employer_category", "naf_section", "employer_name",
                 "employer_contact", "exit_date", "exit_reason", "age_at_entry"});
    else
        csv.row({"parcours_id", "participant_id", "referent", "entry_date", "education_level", "rsa", "deld", "rqth",
                 "other_difficulty", "hire_date", "contract_type", "employer_category", "naf_section", "employer_name",
                 "employer_contact", "exit_date", "exit_reason"});
    for (const PathwayEntry& entry : data.pathways) {
        const Pathway& p = entry.pathway;
        const SituationAtEntry& s = p.situation;
        const Hire* hire = p.currentHire ? &*p.currentHire : nullptr;
        const std::string naf = hire ? std::string(1, hire->nafSection) : std::string();
        const Participant& person = data.participants[entry.participant];
        const std::string age = person.archived && p.ageAtEntry ? std::to_string(*p.ageAtEntry) : std::string();
        const std::string_view columns[] = {idOf(p.record),
                                            idOf(person.record),
                                            entry.referentName,
                                            "",
                                            toCode(s.education),
                                            flag(s.rsa),
                                            flag(s.deld),
                                            flag(s.rqth),
                                            flag(s.otherDifficulty),
                                            "",
                                            hire ? toCode(hire->contract) : std::string_view(),
                                            hire ? toCode(hire->employer) : std::string_view(),
                                            naf};
        const std::string entryDate = toIsoDate(p.entryDate);
        const std::string hireDate = hire ? toIsoDate(hire->hireDate) : std::string();
        const std::string exitDate = p.exit ? toIsoDate(p.exit->date) : std::string();
        const std::string_view exitReason = p.exit ? toCode(p.exit->reason) : std::string_view();
        const std::string_view employerName = hire ? std::string_view(hire->employerName) : std::string_view();
        const std::string_view employerContact = hire ? std::string_view(hire->employerContact) : std::string_view();
        if (ageColumn)
            csv.row({columns[0], columns[1], columns[2], entryDate, columns[4], columns[5], columns[6], columns[7],
                     columns[8], hireDate, columns[10], columns[11], columns[12], employerName, employerContact,
                     exitDate, exitReason, age});
        else
            csv.row({columns[0], columns[1], columns[2], entryDate, columns[4], columns[5], columns[6], columns[7],
                     columns[8], hireDate, columns[10], columns[11], columns[12], employerName, employerContact,
                     exitDate, exitReason});
    }
}

void writeHoldsAndHires(FolderFiles& files, const InterchangeData& data)
{
    files.add("holds.csv", [&](CsvWriter& csv) {
        csv.row({"parcours_id", "start_date", "end_date", "reason"});
        for (const PathwayEntry& entry : data.pathways) {
            for (const Hold& hold : entry.pathway.holds)
                csv.row({idOf(entry.pathway.record), toIsoDate(hold.start), dateText(hold.end), hold.reason});
        }
    });
    files.add("hires.csv", [&](CsvWriter& csv) {
        csv.row({"parcours_id", "hire_date", "contract_type", "employer_category", "naf_section", "end_date",
                 "end_reason", "employer_name", "employer_contact"});
        for (const PathwayEntry& entry : data.pathways) {
            for (const Hire& hire : entry.pathway.earlierHires) {
                csv.row({idOf(entry.pathway.record), toIsoDate(hire.hireDate), toCode(hire.contract),
                         toCode(hire.employer), std::string(1, hire.nafSection), dateText(hire.endDate), hire.endReason,
                         hire.employerName, hire.employerContact});
            }
        }
    });
}

} // namespace

void writeInterchangeFolder(const InterchangeData& data, const std::filesystem::path& folder)
{
    std::error_code code;
    if (std::filesystem::create_directories(folder, code))
        makePrivate(folder, code); // a folder made for the dump is private, whatever the umask
    else if (code)
        throw FolderWriteError("Impossible de créer le dossier « " + folder.string() + " » : " + frenchReason(code)
                               + ".");
    FolderFiles files(folder);
    const auto pathwayId = [&](std::size_t index) -> const std::string& {
        return idOf(data.pathways[index].pathway.record);
    };

    files.add("plie.csv", [&](CsvWriter& csv) {
        csv.row({"name", "code"});
        if (data.plie && !data.plie->name.empty())
            csv.row({data.plie->name, data.plie->code});
    });
    files.add("participants.csv", [&](CsvWriter& csv) { writeParticipants(csv, data); });
    files.add("parcours.csv", [&](CsvWriter& csv) { writePathways(csv, data); });
    writeHoldsAndHires(files, data);
    files.add("steps.csv", [&](CsvWriter& csv) {
        csv.row({"step_id", "parcours_id", "type", "subtype", "start_date", "end_date", "operator", "label"});
        for (const auto& [step, pathway] : data.steps) {
            csv.row({idOf(step.record), pathwayId(pathway), toCode(step.type), toCode(step.subtype),
                     toIsoDate(step.start), dateText(step.end), step.operatorName, step.label});
        }
    });
    files.add("freins.csv", [&](CsvWriter& csv) {
        csv.row({"parcours_id", "category", "identified_date", "status", "lifted_date"});
        for (const auto& [barrier, pathway] : data.barriers) {
            csv.row({pathwayId(pathway), toCode(barrier.category), toIsoDate(barrier.identifiedDate),
                     toCode(barrier.status), dateText(barrier.liftedDate)});
        }
    });
    files.add("contacts.csv", [&](CsvWriter& csv) {
        csv.row({"parcours_id", "date", "mode", "note"});
        for (const auto& [contact, pathway] : data.contacts)
            csv.row({pathwayId(pathway), toIsoDate(contact.date), toCode(contact.mode), contact.note});
    });
    files.add("actions.csv", [&](CsvWriter& csv) {
        csv.row({"parcours_id", "date", "kind", "note", "done"});
        for (const auto& [action, pathway] : data.plannedActions)
            csv.row({pathwayId(pathway), toIsoDate(action.date), toCode(action.kind), action.note, flag(action.done)});
    });
    files.replaceAll();
}

} // namespace parcours
