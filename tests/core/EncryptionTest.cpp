// Encryption at rest: an encrypted base shows neither SQLite's header nor any value; a missing
// or wrong passphrase is refused and leaves the file as it was; encrypting in place, and
// changing the passphrase, keep every row; the backups of an encrypted base are encrypted too.
#include "SchemaTestSupport.h"
#include "StoreFixture.h"

#include "backup/BackupFolder.h"
#include "backup/DatabaseProtection.h"
#include "store/DatabaseEncryption.h"
#include "store/StoreError.h"
#include "transfer/DemoDatabase.h"

#include <SQLiteCpp/Statement.h>

namespace parcours::test {
namespace {

namespace fs = std::filesystem;

const DatabaseKey kKey("rouge-gorge au jardin d'hiver");
const DatabaseKey kOtherKey("merle sur la haie de houx");

// Every row of every table, as text, read through a connection opened with `key`.
std::string allRows(const fs::path& file, const DatabaseKey& key = {})
{
    Database db(file, OpenMode::ReadOnly, key);
    std::vector<std::string> tables;
    SQLite::Statement names(db.sql(), "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (names.executeStep())
        tables.push_back(names.getColumn(0).getString());
    std::string text;
    for (const std::string& table : tables) {
        text += "[" + table + "]\n";
        SQLite::Statement rows(db.sql(), "SELECT * FROM \"" + table + "\" ORDER BY rowid");
        while (rows.executeStep()) {
            for (int i = 0; i < rows.getColumnCount(); ++i)
                text += rows.getColumn(i).getString() + "|";
            text += "\n";
        }
    }
    return text;
}

// Values a reader of the file would look for: a last name, a phone, an e-mail, a contact note.
std::vector<std::string> personalValues(const fs::path& file, const DatabaseKey& key = {})
{
    Database db(file, OpenMode::ReadOnly, key);
    std::vector<std::string> values;
    SQLite::Statement people(db.sql(), "SELECT last_name, phone, email FROM participants "
                                       "WHERE length(phone) > 0 AND length(email) > 0 LIMIT 3");
    while (people.executeStep()) {
        for (int i = 0; i < 3; ++i)
            values.push_back(people.getColumn(i).getString());
    }
    SQLite::Statement notes(db.sql(), "SELECT note FROM contacts WHERE length(note) > 12 LIMIT 2");
    while (notes.executeStep())
        values.push_back(notes.getColumn(0).getString());
    return values;
}

class EncryptionTest : public ::testing::Test {
protected:
    void createDemo(const DatabaseKey& key)
    {
        DemoOptions options;
        options.participants = 40;
        options.today = clock.today();
        createDemoDatabase(base, clock, options, {}, key);
    }

    TempFolder folder;
    fs::path base = folder / "suivi.parcours";
    FixedClock clock{d("2026-12-01")};
};

TEST_F(EncryptionTest, AnEncryptedBaseShowsNoHeaderAndNoValue)
{
    createDemo({});
    const std::vector<std::string> values = personalValues(base);
    ASSERT_GE(values.size(), 5u);
    const std::string plain = fileBytes(base);
    ASSERT_EQ(plain.rfind("SQLite format 3", 0), 0u);
    for (const std::string& value : values)
        ASSERT_NE(plain.find(value), std::string::npos) << value; // the check below can fail

    fs::remove(base);
    createDemo(kKey);
    EXPECT_EQ(personalValues(base, kKey), values); // the same demo, readable with its key
    const std::string encrypted = fileBytes(base);
    EXPECT_NE(encrypted.rfind("SQLite format 3", 0), 0u);
    EXPECT_TRUE(looksEncrypted(base));
    for (const std::string& value : values)
        EXPECT_EQ(encrypted.find(value), std::string::npos) << value;
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        EXPECT_FALSE(fs::exists(base.string() + suffix)) << suffix;
}

TEST_F(EncryptionTest, AMissingOrWrongPassphraseIsRefusedAndChangesNothing)
{
    createDemo(kKey);
    const std::string before = fileBytes(base);
    for (OpenMode mode : {OpenMode::ReadOnly, OpenMode::ExistingOnly, OpenMode::CreateIfMissing}) {
        try {
            Database db(base, mode);
            FAIL() << "opened without its passphrase";
        } catch (const PassphraseRequired& e) {
            EXPECT_TRUE(contains(e.what(), "phrase de passe"));
            EXPECT_TRUE(contains(e.what(), "suivi.parcours"));
        }
        try {
            Database db(base, mode, kOtherKey);
            FAIL() << "opened with a wrong passphrase";
        } catch (const WrongPassphrase& e) {
            EXPECT_TRUE(contains(e.what(), "phrase de passe"));
        }
    }
    EXPECT_EQ(fileBytes(base), before);
    Database db(base, OpenMode::ExistingOnly, kKey);
    EXPECT_TRUE(db.isEncrypted());
    EXPECT_EQ(rowCount(db, "participants"), 40);
}

TEST_F(EncryptionTest, APlainBaseOpenedWithAKeyStaysPlain)
{
    createDemo({});
    Database db(base, OpenMode::ExistingOnly, kKey);
    EXPECT_FALSE(db.isEncrypted());
    EXPECT_EQ(rowCount(db, "participants"), 40);
}

TEST_F(EncryptionTest, EncryptingInPlaceKeepsEveryRowAndLeavesNoPlainCopy)
{
    createDemo({});
    const std::string rows = allRows(base);
    const std::vector<std::string> values = personalValues(base);

    reencryptDatabaseFile(base, {}, kKey);
    EXPECT_EQ(allRows(base, kKey), rows);
    EXPECT_THROW(Database(base, OpenMode::ReadOnly), PassphraseRequired);
    {
        Database db(base, OpenMode::ExistingOnly, kKey);
        EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    }
    // Nothing readable left in the folder: no temporary, no journal, no plain copy.
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(folder.path())) {
        if (!entry.is_regular_file())
            continue;
        const std::string bytes = fileBytes(entry.path());
        for (const std::string& value : values)
            EXPECT_EQ(bytes.find(value), std::string::npos) << entry.path() << " holds " << value;
    }

    // Changing the passphrase: the former one no longer opens it, the rows are the same.
    reencryptDatabaseFile(base, kKey, kOtherKey);
    EXPECT_THROW(Database(base, OpenMode::ReadOnly, kKey), WrongPassphrase);
    EXPECT_EQ(allRows(base, kOtherKey), rows);

    // And back to plain, for a PLIE that would want it.
    reencryptDatabaseFile(base, kOtherKey, {});
    EXPECT_FALSE(looksEncrypted(base));
    EXPECT_EQ(allRows(base), rows);
}

TEST_F(EncryptionTest, ReencryptingWithAWrongKeyChangesNothing)
{
    createDemo(kKey);
    const std::string before = fileBytes(base);
    EXPECT_THROW(reencryptDatabaseFile(base, kOtherKey, {}), StoreError);
    EXPECT_THROW(reencryptDatabaseFile(base, {}, kOtherKey), StoreError);
    EXPECT_EQ(fileBytes(base), before);
}

TEST_F(EncryptionTest, TheBackupOfAnEncryptedBaseIsEncrypted)
{
    createDemo(kKey);
    const fs::path backup = backupNow(base, clock, kKey);
    EXPECT_TRUE(looksEncrypted(backup));
    EXPECT_THROW(Database(backup, OpenMode::ReadOnly), PassphraseRequired);
    EXPECT_EQ(allRows(backup, kKey), allRows(base, kKey));
    const std::optional<BackupFile> newest = newestSoundBackup(base, kKey);
    ASSERT_TRUE(newest);
    EXPECT_EQ(newest->path, backup);
}

TEST_F(EncryptionTest, ProtectingABaseRewritesItsBackupsToo)
{
    createDemo({});
    const fs::path backup = backupNow(base, clock);
    ASSERT_FALSE(looksEncrypted(backup));
    const std::vector<std::string> values = personalValues(base);
    const std::string rows = allRows(backup);

    const ProtectionReport report = protectDatabase(base, {}, kKey);
    EXPECT_EQ(report.copiesRewritten, 1);
    EXPECT_TRUE(report.copiesLeft.empty());
    EXPECT_TRUE(looksEncrypted(base));
    EXPECT_TRUE(looksEncrypted(backup));
    EXPECT_EQ(allRows(backup, kKey), rows);
    const std::string bytes = fileBytes(backup);
    for (const std::string& value : values)
        EXPECT_EQ(bytes.find(value), std::string::npos) << value;
}

TEST_F(EncryptionTest, ACopyUnderAnotherPassphraseIsListedAndLeftAsItWas)
{
    createDemo(kKey);
    const fs::path backup = backupNow(base, clock, kKey);
    reencryptDatabaseFile(backup, kKey, kOtherKey); // as if kept from an older passphrase
    const std::string before = fileBytes(backup);

    const DatabaseKey next("une nouvelle phrase pour la base");
    const ProtectionReport report = protectDatabase(base, kKey, next);
    EXPECT_EQ(report.copiesRewritten, 0);
    ASSERT_EQ(report.copiesLeft.size(), 1u);
    EXPECT_TRUE(contains(report.copiesLeft.front(), backup.filename().string()));
    EXPECT_EQ(fileBytes(backup), before);
    Database db(base, OpenMode::ReadOnly, next);
    EXPECT_EQ(rowCount(db, "participants"), 40);
}

TEST(PassphraseTest, StrengthFollowsTheLengthInCharacters)
{
    EXPECT_EQ(passphraseStrength("court"), PassphraseStrength::TooShort);
    EXPECT_EQ(passphraseStrength("éléphant"), PassphraseStrength::Weak); // 8 characters, 10 bytes
    EXPECT_EQ(passphraseStrength("éléphant bleu"), PassphraseStrength::Fair);
    EXPECT_EQ(passphraseStrength("un éléphant bleu au jardin"), PassphraseStrength::Strong);
}

TEST(PassphraseTest, ThePassphraseFileGivesItsFirstLine)
{
    TempFolder folder;
    const fs::path file = folder / "phrase.txt";
    {
        std::ofstream out(file, std::ios::binary);
        out << "rouge-gorge au jardin\r\nune autre ligne\n";
    }
    EXPECT_EQ(readPassphraseFile(file).passphrase(), "rouge-gorge au jardin");
    {
        std::ofstream out(file, std::ios::binary);
        out << "\nrouge-gorge\n";
    }
    EXPECT_THROW(readPassphraseFile(file), StoreError);
    EXPECT_THROW(readPassphraseFile(folder / "absent.txt"), StoreError);
}

} // namespace
} // namespace parcours::test
