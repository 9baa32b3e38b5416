// `parcours-cli agenda`: reads only (a missing database is refused, never created).
#include "AgendaCommand.h"

#include "consolidation/ReportWriter.h"
#include "domain/Clock.h"
#include "interchange/CsvWriter.h"
#include "store/AgendaQuery.h"
#include "store/Database.h"
#include "store/ReferentRepository.h"
#include "store/RowMapping.h"

#include <ostream>
#include <sstream>

namespace parcours::cli {

namespace {

std::string agendaCsv(const std::vector<AgendaItem>& items)
{
    std::ostringstream text;
    CsvWriter csv(text);
    csv.row({"due", "kind", "referent", "parcours_id", "last_name", "first_name", "detail"});
    for (const AgendaItem& item : items) {
        const std::string due = toIsoDate(item.due);
        csv.row({due, toCode(item.kind), item.referent, item.pathwayKey, item.lastName, item.firstName, item.detail});
    }
    return text.str();
}

} // namespace

AgendaCommand::AgendaCommand(CLI::App& parent)
    : Command(parent, "agenda", "Écrit « À faire » : ce qui est dû d'ici une semaine, retards compris (CSV)")
{
    addDatabaseOption(m_database, "La base à lire ; elle n'est jamais créée ni modifiée");
    m_dateOption = m_app->add_option("--date", m_date, "Le jour de la liste (AAAA-MM-JJ) ; aujourd'hui sinon")
                       ->type_name("AAAA-MM-JJ");
    m_referentOption = m_app->add_option("--referent", m_referent, "Seulement les parcours de ce ou cette référent.e")
                           ->type_name("NOM");
    m_outputOption = m_app->add_option("--out", m_output, "Le fichier à écrire (remplacé d'un coup) ; la sortie standard sinon")
                         ->type_name("FICHIER");
}

int AgendaCommand::run(std::ostream& out, std::ostream& err)
{
    const SystemClock clock;
    Date day = clock.today();
    if (*m_dateOption) {
        const std::optional<Date> given = parseIsoDate(m_date);
        if (!given) {
            err << "parcours-cli agenda : --date : « " << m_date << " » n'est pas une date AAAA-MM-JJ.\n";
            return kExitRefused;
        }
        day = *given;
    }
    Database db = openDatabase(m_database, OpenMode::ReadOnly);
    std::optional<RowId> referent;
    if (*m_referentOption) {
        const std::optional<Referent> known = ReferentRepository(db, clock).findByName(m_referent);
        if (!known) {
            err << "parcours-cli agenda : --referent : aucun.e référent.e « " << rows::trimmed(m_referent)
                << " » dans la base.\n";
            return kExitRefused;
        }
        referent = known->record.id;
    }
    const std::string csv = agendaCsv(loadAgenda(db, day, referent));
    if (!*m_outputOption) {
        out << csv;
        return kExitSuccess;
    }
    try {
        writeReportFile(m_output, csv);
    } catch (const ReportWriteError& error) {
        err << "parcours-cli agenda : " << error.what() << '\n';
        return kExitRefused;
    }
    return kExitSuccess;
}

} // namespace parcours::cli
