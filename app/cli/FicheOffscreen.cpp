// Qt for the fiche alone: an offscreen QGuiApplication with the French translation, its notes quiet.
#include "FicheOffscreen.h"

#include "store/Database.h"
#include "store/ParticipantRepository.h"
#include "store/RowMapping.h"
#include "store/Uuid.h"
#include "ui/common/Translations.h"

#include <QGuiApplication>
#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <iostream>
#include <vector>

namespace parcours::cli {

namespace {

const char* g_command = "parcours-cli";

// Qt's own notes (no XDG_RUNTIME_DIR, a missing font) mean nothing to whoever runs the command;
// only its critical messages reach standard error.
void criticalOnly(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::cerr << "parcours-cli " << g_command << " : Qt : " << message.toStdString() << '\n';
}

} // namespace

std::optional<Participant> participantNamed(Database& db, const Clock& clock, const std::string& id)
{
    const std::string trimmed = rows::trimmed(id);
    ParticipantRepository participants(db, clock);
    std::optional<Participant> person = participants.findByExternalId(trimmed);
    if (!person && isUuid(trimmed))
        person = participants.findByUuid(trimmed);
    return person;
}

std::string writeFicheOffscreen(const char* command, Database& db, const Clock& clock, RowId participant,
                                const std::string& pdf, ui::FicheOutput::Trace trace)
{
    g_command = command;
    qInstallMessageHandler(criticalOnly);
    std::vector<std::string> words = {"parcours-cli", "-platform", "offscreen"};
    std::vector<char*> arguments;
    for (std::string& word : words)
        arguments.push_back(word.data());
    arguments.push_back(nullptr);
    int argumentCount = static_cast<int>(words.size());
    QGuiApplication application(argumentCount, arguments.data());
    ui::installTranslations(application, QLocale(QLocale::French, QLocale::France));
    return ui::writeFichePdf(db, clock, participant, QString::fromStdString(pdf), trace).toStdString();
}

} // namespace parcours::cli
