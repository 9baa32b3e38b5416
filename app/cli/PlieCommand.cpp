// `parcours-cli plie`: without options it only reads (a missing database is refused, never created);
// with --name or --code it writes, creating the database when missing.
#include "PlieCommand.h"

#include "store/Database.h"
#include "store/PlieSettingsRepository.h"
#include "usecases/PlieCases.h"

#include <ostream>

namespace parcours::cli {

namespace {

void print(const PlieSettings& settings, std::ostream& out)
{
    auto valueOrUnset = [](const std::string& value) { return value.empty() ? "(non renseigné)" : value; };
    out << "Nom du PLIE : " << valueOrUnset(settings.name) << '\n';
    out << "Code du PLIE : " << valueOrUnset(settings.code) << '\n';
}

} // namespace

PlieCommand::PlieCommand(CLI::App& parent)
    : Command(parent, "plie", "Affiche le nom et le code du PLIE enregistrés dans la base, ou les modifie")
{
    addDatabaseOption(m_database, "La base du PLIE ; créée si elle manque et que --name ou --code est donné");
    m_nameOption = m_app->add_option("--name", m_name, "Nouveau nom du PLIE, par exemple « PLIE de Rennes Métropole »")
                       ->type_name("NOM");
    m_codeOption = m_app->add_option("--code", m_code, "Nouveau code du PLIE")->type_name("CODE");
}

int PlieCommand::run(std::ostream& out, std::ostream& /*err*/)
{
    const bool writes = *m_nameOption || *m_codeOption;
    Database db = openDatabase(m_database, writes ? OpenMode::CreateIfMissing : OpenMode::ReadOnly);
    db.journal().setAuthor(author());
    PlieSettingsRepository repository(db);
    if (writes) {
        PlieSettings settings = repository.get();
        if (*m_nameOption)
            settings.name = m_name;
        if (*m_codeOption)
            settings.code = m_code;
        setPlieIdentity(db, SystemClock(), settings);
        out << "Identité du PLIE enregistrée.\n";
    }
    print(repository.get(), out);
    return kExitSuccess;
}

} // namespace parcours::cli
