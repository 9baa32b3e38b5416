// parcours-cli: parses the command line, runs one command, and maps every outcome to cli.md's exit statuses.
#include "AccessCommand.h"
#include "AgendaCommand.h"
#include "ApplyCommand.h"
#include "ArchiveCommand.h"
#include "BackupCommand.h"
#include "ChangesCommand.h"
#include "CheckCommand.h"
#include "Command.h"
#include "ConsolidateCommand.h"
#include "DemoCommand.h"
#include "DumpCommand.h"
#include "EncryptCommand.h"
#include "ExportCommand.h"
#include "FicheCommand.h"
#include "ImportCommand.h"
#include "ListCommand.h"
#include "PlieCommand.h"

#include "Version.h"
#include "domain/Rules.h"
#include "platform/Platform.h"
#include "store/StoreError.h"

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Exception.h>

#include <exception>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

using namespace parcours;
using namespace parcours::cli;

constexpr const char* kProgram = "parcours-cli";

// CLI11 speaks English; its usage and option labels are put in French here.
void frenchLabels(CLI::App& app)
{
    auto formatter = app.get_formatter();
    formatter->label("Usage", "Utilisation "); // CLI11 adds the colon
    formatter->label("OPTIONS", "OPTIONS");
    formatter->label("SUBCOMMAND", "COMMANDE");
    formatter->label("SUBCOMMANDS", "COMMANDES");
    formatter->label("REQUIRED", "(obligatoire)");
    formatter->label("TEXT", "TEXTE");
    formatter->label("Positionals", "Arguments");
    app.option_defaults()->group("Options");
}

// What went wrong, in French for the usual mistakes; CLI11's own (English) words otherwise.
std::string diagnosis(const CLI::App& app, const CLI::ParseError& error)
{
    std::string what = error.what(); // not const: returned by move
    const bool required = dynamic_cast<const CLI::RequiredError*>(&error) != nullptr;
    if (required && app.get_subcommands().empty()) {
        // CLI11 checks for a command before it reports the words it did not expect.
        const std::vector<std::string> words = app.remaining();
        if (words.empty())
            return "indiquez une commande";
        return (words.front().starts_with('-') ? "option inconnue : " : "commande inconnue : ") + words.front();
    }
    if (const std::string suffix = " is required"; required && what.ends_with(suffix))
        return "option obligatoire manquante : " + what.substr(0, what.size() - suffix.size());
    if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
        const std::vector<std::string> words = app.remaining(true);
        if (words.empty())
            return what;
        std::string list = words.size() == 1 ? "argument inattendu :" : "arguments inattendus :";
        for (const std::string& word : words) {
            list += ' ';
            list += word;
        }
        return list;
    }
    if (const auto colon = what.find(": ");
        dynamic_cast<const CLI::ArgumentMismatch*>(&error) && colon != std::string::npos)
        return "valeur manquante ou en trop pour " + what.substr(0, colon);
    return what;
}

// A wrong command line: the diagnosis, and where to find help.
int reportCommandLineError(const CLI::App& app, const CLI::ParseError& error)
{
    std::string helpCommand = kProgram;
    for (const CLI::App* sub : app.get_subcommands())
        helpCommand += " " + sub->get_name();
    std::cerr << kProgram << " : ligne de commande incorrecte : " << diagnosis(app, error) << '\n'
              << "Pour l'aide : " << helpCommand << " --help\n";
    return kExitCommandLine;
}

int runRefusingErrors(Command& command)
{
    try {
        return command.run(std::cout, std::cerr);
    } catch (const RuleError& error) {
        std::cerr << kProgram << " " << command.name() << " : refusé :\n";
        for (const RuleViolation& violation : error.violations())
            std::cerr << "- " << violation.field << " : " << violation.message << '\n';
    } catch (const PassphraseRequired& error) {
        std::cerr << kProgram << " " << command.name() << " : " << error.what()
                  << " (option --passphrase-file FICHIER, dont la première ligne est la phrase de passe)\n";
    } catch (const StoreError& error) {
        std::cerr << kProgram << " " << command.name() << " : " << error.what() << '\n';
    } catch (const SQLite::Exception& error) {
        std::cerr << kProgram << " " << command.name() << " : erreur de la base SQLite : " << error.what() << '\n';
    } catch (const std::exception& error) {
        std::cerr << kProgram << " " << command.name() << " : erreur inattendue : " << error.what() << '\n';
    }
    return kExitRefused;
}

} // namespace

int main(int argc, char** argv)
{
    parcours::hardenProcess(); // before any file is created: private files, no core dump
    CLI::App app{"Parcours : suivi des parcours des participant.e.s d'un PLIE, en ligne de commande.", kProgram};
    frenchLabels(app);
    app.set_help_flag("-h,--help", "Affiche cette aide et quitte");
    app.set_version_flag("--version", std::string(kProgram) + " " + kVersion, "Affiche la version et quitte");
    app.require_subcommand(1);
    const std::string exitStatuses = "Sorties : 0 succès ; 1 entrée refusée (messages sur la sortie d'erreur) ; "
                                     "2 ligne de commande incorrecte.";
    app.footer(exitStatuses); // inherited by the commands added below

    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ImportCommand>(app));
    commands.push_back(std::make_unique<DumpCommand>(app));
    commands.push_back(std::make_unique<DemoCommand>(app));
    commands.push_back(std::make_unique<PlieCommand>(app));
    commands.push_back(std::make_unique<CheckCommand>(app));
    commands.push_back(std::make_unique<ExportCommand>(app));
    commands.push_back(std::make_unique<ConsolidateCommand>(app));
    commands.push_back(std::make_unique<ChangesCommand>(app));
    commands.push_back(std::make_unique<ApplyCommand>(app));
    commands.push_back(std::make_unique<AgendaCommand>(app));
    commands.push_back(std::make_unique<ListCommand>(app));
    commands.push_back(std::make_unique<FicheCommand>(app));
    commands.push_back(std::make_unique<AccessCommand>(app));
    commands.push_back(std::make_unique<BackupCommand>(app));
    commands.push_back(std::make_unique<RestoreCommand>(app));
    commands.push_back(std::make_unique<EncryptCommand>(app));
    commands.push_back(std::make_unique<ArchiveCommand>(app));
    app.footer(exitStatuses + "\nAide d'une commande : " + kProgram + " COMMANDE --help");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        if (error.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success))
            return app.exit(error); // --help, --version: printed on standard output, exit 0
        return reportCommandLineError(app, error);
    }

    for (const auto& command : commands) {
        if (command->chosen())
            return runRefusingErrors(*command);
    }
    return kExitCommandLine; // unreachable: require_subcommand(1) makes CLI11 refuse a line without command
}
