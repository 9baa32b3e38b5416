// `parcours-cli encrypt`: the base and its kept copies rewritten with the new passphrase.
#include "EncryptCommand.h"

#include "backup/DatabaseProtection.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <ostream>

namespace parcours::cli {

EncryptCommand::EncryptCommand(CLI::App& parent)
    : Command(parent, "encrypt",
              "Chiffre une base en clair sur place (SQLCipher), sans en laisser de copie en clair ; ou change la "
              "phrase de passe d'une base chiffrée (--new-passphrase-file)")
{
    addDatabaseOption(m_database, "La base à chiffrer");
    m_app
        ->add_option("--new-passphrase-file", m_newPassphraseFile,
                     "Pour une base déjà chiffrée : le fichier dont la première ligne est la nouvelle phrase de passe")
        ->type_name("FICHIER");
}

int EncryptCommand::run(std::ostream& out, std::ostream& err)
{
    const std::string prefix = "parcours-cli encrypt : ";
    if (!hasPassphraseFile()) {
        err << prefix << "donnez la phrase de passe avec --passphrase-file FICHIER (sa première ligne).\n";
        return kExitCommandLine;
    }
    // The new passphrase: --new-passphrase-file's for an encrypted base, --passphrase-file's for a
    // plain one; a short one is refused before the base is even opened.
    DatabaseKey next = m_newPassphraseFile.empty() ? passphrase() : readPassphraseFile(m_newPassphraseFile);
    if (passphraseStrength(next.passphrase()) == PassphraseStrength::TooShort) {
        err << prefix << "la phrase de passe est trop courte : " << kPassphraseMinimumLength
            << " caractères au moins (une courte phrase de quelques mots est plus sûre et plus facile à "
               "retenir).\n";
        return kExitRefused;
    }
    // Opened once for writing: a missing, foreign, damaged or older base is refused or upgraded
    // as every command does, and the passphrase given for it is checked.
    DatabaseKey current;
    {
        const Database db = openDatabase(m_database, OpenMode::ExistingOnly);
        if (db.isEncrypted() && m_newPassphraseFile.empty()) {
            err << prefix << "la base « " << displayName(m_database)
                << " » est déjà chiffrée ; pour changer sa phrase de passe, donnez la nouvelle avec "
                   "--new-passphrase-file FICHIER.\n";
            return kExitRefused;
        }
        if (!db.isEncrypted() && !m_newPassphraseFile.empty()) {
            err << prefix << "la base « " << displayName(m_database)
                << " » n'est pas chiffrée : sa phrase de passe est celle de --passphrase-file, sans "
                   "--new-passphrase-file.\n";
            return kExitRefused;
        }
        current = db.key();
    }
    const ProtectionReport report = protectDatabase(m_database, current, next);
    out << (current.empty() ? "Base « " + displayName(m_database) + " » chiffrée"
                            : "Phrase de passe de la base « " + displayName(m_database) + " » changée");
    if (report.copiesRewritten > 0)
        out << ", ainsi que " << report.copiesRewritten
            << (report.copiesRewritten == 1 ? " copie (sauvegarde)" : " copies (sauvegardes)");
    out << ".\nGardez la phrase de passe en lieu sûr : oubliée, elle ne peut pas être retrouvée, et la base "
           "ne peut plus être ouverte.\n";
    for (const std::string& left : report.copiesLeft)
        err << prefix << "copie laissée telle quelle : " << left << '\n';
    return kExitSuccess;
}

} // namespace parcours::cli
