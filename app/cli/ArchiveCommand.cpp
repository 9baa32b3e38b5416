// `parcours-cli archive`: how many files are due, then the backup and the archiving in one
// transaction (nothing written with --dry-run).
#include "ArchiveCommand.h"

#include "backup/BackupFolder.h"
#include "domain/Clock.h"
#include "domain/Retention.h"
#include "store/RetentionQuery.h"
#include "usecases/ArchiveCases.h"

#include <charconv>
#include <optional>
#include <ostream>

namespace parcours::cli {

namespace {

std::optional<int> parseMonths(const std::string& text)
{
    int months = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), months);
    if (error != std::errc() || end != text.data() + text.size() || months < kMinimumRetentionMonths
        || months > kMaximumRetentionMonths)
        return std::nullopt;
    return months;
}

std::string dueCount(std::size_t count)
{
    if (count == 0)
        return "Aucun dossier à archiver";
    if (count == 1)
        return "1 dossier à archiver";
    return std::to_string(count) + " dossiers à archiver";
}

} // namespace

ArchiveCommand::ArchiveCommand(CLI::App& parent)
    : Command(parent, "archive",
              "Archive les dossiers dont la durée de conservation est passée : l'identité et les textes libres "
              "effacés, les chiffres gardés (après une sauvegarde)")
{
    addDatabaseOption(m_database, "La base du PLIE ; elle n'est jamais créée");
    m_dateOption = m_app->add_option("--date", m_date, "Le jour du calcul (AAAA-MM-JJ) ; aujourd'hui sinon")
                       ->type_name("AAAA-MM-JJ");
    m_monthsOption =
        m_app
            ->add_option("--months", m_months,
                         "La durée de conservation en mois (1 à 240) ; celle du PLIE sinon (24 par défaut)")
            ->type_name("MOIS");
    m_app->add_flag("--dry-run", m_dryRun, "Affiche seulement combien de dossiers seraient archivés");
}

int ArchiveCommand::run(std::ostream& out, std::ostream& err)
{
    const SystemClock clock;
    Date day = clock.today();
    if (*m_dateOption) {
        const std::optional<Date> given = parseIsoDate(m_date);
        if (!given) {
            err << "parcours-cli archive : --date : « " << m_date << " » n'est pas une date AAAA-MM-JJ.\n";
            return kExitCommandLine;
        }
        day = *given;
    }
    std::optional<int> months;
    if (*m_monthsOption) {
        months = parseMonths(m_months);
        if (!months) {
            err << "parcours-cli archive : --months : « " << m_months << " » n'est pas un nombre de mois de 1 à 240.\n";
            return kExitCommandLine;
        }
    }
    Database db = openDatabase(m_database, m_dryRun ? OpenMode::ReadOnly : OpenMode::ExistingOnly);
    db.journal().setAuthor(author());
    const int period = months.value_or(retentionMonths(db));
    const std::vector<DueFile> due = filesDueForArchiving(db, day, period);
    out << dueCount(due.size()) << " le " << toFrenchDate(day) << " (dernier enregistrement avant le "
        << toFrenchDate(retentionLimit(day, period)) << ", durée de conservation : " << period << " mois).\n";
    if (m_dryRun || due.empty())
        return kExitSuccess;
    const auto backup = backupNow(db.path(), clock, db.key());
    out << "Sauvegarde écrite et vérifiée : " << displayName(backup) << '\n';
    const std::vector<DueFile> archived = archiveFiles(db, clock, day, period, due);
    out << (archived.size() == 1 ? std::string("1 dossier archivé.")
                                 : std::to_string(archived.size()) + " dossiers archivés.")
        << '\n';
    return kExitSuccess;
}

} // namespace parcours::cli
