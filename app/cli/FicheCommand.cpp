// `parcours-cli fiche`: reads only (a missing database is refused, never created); the one command
// that starts Qt, offscreen, to lay the fiche out and write it as a PDF with real text.
#include "FicheCommand.h"

#include "domain/Clock.h"
#include "store/Database.h"
#include "store/ParticipantRepository.h"
#include "store/RowMapping.h"
#include "store/Uuid.h"
#include "ui/common/Translations.h"
#include "ui/fiche/FicheOutput.h"

#include <QGuiApplication>
#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <iostream>
#include <ostream>
#include <vector>

namespace parcours::cli {

namespace {

// Qt's own notes (no XDG_RUNTIME_DIR, a missing font) mean nothing to whoever runs the command;
// only its critical messages reach standard error.
void criticalOnly(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::cerr << "parcours-cli fiche : Qt : " << message.toStdString() << '\n';
}

} // namespace

FicheCommand::FicheCommand(CLI::App& parent)
    : Command(parent, "fiche", "Écrit la fiche parcours d'un.e participant.e en PDF, à imprimer")
{
    addDatabaseOption(m_database, "La base à lire ; elle n'est jamais créée ni modifiée");
    m_app->add_option("--participant", m_participant, "Le numéro de dossier (participant_id) ou l'UUID de la personne")
        ->required()
        ->type_name("ID");
    m_app->add_option("--out", m_output, "Le fichier PDF à écrire (remplacé d'un coup)")
        ->required()
        ->type_name("FICHIER");
}

int FicheCommand::run(std::ostream&, std::ostream& err)
{
    const SystemClock clock;
    Database db = openDatabase(m_database, OpenMode::ReadOnly);
    const std::string id = rows::trimmed(m_participant);
    ParticipantRepository participants(db, clock);
    std::optional<Participant> person = participants.findByExternalId(id);
    if (!person && isUuid(id))
        person = participants.findByUuid(id);
    if (!person) {
        err << "parcours-cli fiche : --participant : aucun.e participant.e « " << id
            << " » dans la base (numéro de dossier ou UUID).\n";
        return kExitRefused;
    }

    qInstallMessageHandler(criticalOnly);
    // Qt only now, and without a display: the other commands never start it.
    std::vector<std::string> words = {"parcours-cli", "-platform", "offscreen"};
    std::vector<char*> arguments;
    for (std::string& word : words)
        arguments.push_back(word.data());
    arguments.push_back(nullptr);
    int argumentCount = static_cast<int>(words.size());
    QGuiApplication application(argumentCount, arguments.data());
    ui::installTranslations(application, QLocale(QLocale::French, QLocale::France));

    const QString error = ui::writeFichePdf(db, clock, person->record.id, QString::fromStdString(m_output));
    if (!error.isEmpty()) {
        err << "parcours-cli fiche : " << error.toStdString() << '\n';
        return kExitRefused;
    }
    return kExitSuccess;
}

} // namespace parcours::cli
