// `parcours-cli export`: reads the database only (never creates it) and writes the report to --out
// (atomically) or to standard output.
#include "ExportCommand.h"

#include "consolidation/Consolidation.h"
#include "consolidation/ReportWriter.h"
#include "consolidation/ReportXlsx.h"
#include "domain/Clock.h"
#include "sheets/SheetFiles.h"
#include "store/Database.h"

#include <charconv>
#include <optional>
#include <ostream>

namespace parcours::cli {

namespace {

// The years computeConsolidation counts.
constexpr int kFirstYear = 1401;
constexpr int kLastYear = 9998;

std::optional<int> wholeNumber(const std::string& text)
{
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

CLI::Validator yearValidator()
{
    return CLI::Validator(
        [](std::string& text) -> std::string {
            const std::optional<int> year = wholeNumber(text);
            if (text.size() == 4 && year && *year >= kFirstYear && *year <= kLastYear)
                return {};
            return "année « " + text + " » invalide : quatre chiffres, de " + std::to_string(kFirstYear) + " à "
                   + std::to_string(kLastYear);
        },
        "");
}

CLI::Validator thresholdValidator()
{
    return CLI::Validator(
        [](std::string& text) -> std::string {
            const std::optional<int> threshold = wholeNumber(text);
            if (threshold && *threshold >= kMinimumPublicThreshold)
                return {};
            return "seuil « " + text + " » refusé : un nombre entier d'au moins "
                   + std::to_string(kMinimumPublicThreshold);
        },
        "");
}

CLI::Validator profileValidator()
{
    return CLI::Validator(
        [](std::string& text) -> std::string {
            if (text == "warehouse" || text == "public")
                return {};
            return "profil « " + text + " » inconnu : warehouse ou public";
        },
        "warehouse|public");
}

CLI::Validator formatValidator()
{
    return CLI::Validator(
        [](std::string& text) -> std::string {
            if (text == "json" || text == "csv" || text == "xlsx")
                return {};
            return "format « " + text + " » inconnu : json, csv ou xlsx";
        },
        "json|csv|xlsx");
}

} // namespace

ExportCommand::ExportCommand(CLI::App& parent)
    : Command(parent, "export", "Écrit la consolidation d'une année (indicateurs anonymisés), en JSON, CSV ou XLSX")
{
    addDatabaseOption(m_database, "La base du PLIE ; elle n'est jamais créée ni modifiée");
    m_app->add_option("--year", m_year, "L'année civile à consolider")
        ->required()
        ->check(yearValidator())
        ->type_name("AAAA");
    m_app
        ->add_option("--profile", m_profile,
                     "warehouse (par défaut) : les nombres exacts, pour l'entrepôt national ; "
                     "public : les petits effectifs masqués, pour un document que tout le monde peut lire")
        ->check(profileValidator())
        ->type_name("PROFIL");
    m_thresholdOption = m_app
                            ->add_option("--threshold", m_threshold,
                                         "Seuil du profil public : les effectifs de 1 à K-1 sont masqués (11 par "
                                         "défaut, au moins 5)")
                            ->check(thresholdValidator())
                            ->type_name("K");
    m_app
        ->add_option("--format", m_format,
                     "json (par défaut) ou csv, pour l'entrepôt ; xlsx, un classeur à ouvrir (une feuille par "
                     "rubrique, libellés en français), avec --out")
        ->check(formatValidator())
        ->type_name("FORMAT");
    m_outOption =
        m_app->add_option("--out", m_out, "Le fichier à écrire (remplacé d'un coup) ; la sortie standard sinon")
            ->type_name("FICHIER");
    m_app->callback([this] {
        if (*m_thresholdOption && m_profile != "public")
            throw CLI::ValidationError("--threshold", "ne s'emploie qu'avec --profile public");
        // A workbook is binary: on a terminal it is noise, and a pipe is better served by CSV.
        if (m_format == "xlsx" && !*m_outOption)
            throw CLI::ValidationError("--format xlsx",
                                       "demande --out FICHIER (un classeur ne s'écrit pas sur la sortie standard)");
    });
}

int ExportCommand::run(std::ostream& out, std::ostream& err)
{
    const SystemClock clock;
    const ReportProfile profile =
        m_profile == "public" ? ReportProfile::forPublic(m_threshold) : ReportProfile::warehouse();
    ConsolidationReport report;
    {
        Database db = openDatabase(m_database, OpenMode::ReadOnly);
        report = computeConsolidation(db, m_year);
    }
    if (m_format == "xlsx") {
        try {
            writeReportXlsx(report, profile, m_out);
        } catch (const SheetWriteError& error) {
            err << "parcours-cli export : " << error.what() << '\n';
            return kExitRefused;
        }
        out << "Consolidation " << m_year << " (profil " << m_profile << ") écrite dans « " << m_out << " ».\n";
        return kExitSuccess;
    }
    const std::string text =
        m_format == "csv" ? reportCsvText(report, profile) : reportJsonText(report, profile, clock.nowUtc());
    if (m_out.empty()) {
        out << text;
        return kExitSuccess;
    }
    try {
        writeReportFile(m_out, text);
    } catch (const ReportWriteError& error) {
        err << "parcours-cli export : " << error.what() << '\n';
        return kExitRefused;
    }
    out << "Consolidation " << m_year << " (profil " << m_profile << ") écrite dans « " << m_out << " ».\n";
    return kExitSuccess;
}

} // namespace parcours::cli
