// Opening the database at start: created on first start with its folder; refused files explained in French.
#include "ui/main/StartupDatabase.h"
#include "domain/Clock.h"
#include "store/Database.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Translations.h"
#include "ui/privacy/PassphrasePrompt.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using parcours::ui::MessageBox;
using parcours::ui::PassphrasePrompt;

class StartupDatabaseTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void createsTheFolderAndTheDatabase();
    void reopensAnExistingDatabase();
    void refusesAFileThatIsNotOurs();
    void relativePathIsMadeAbsolute();
    void explainsAFolderThatCannotBeCreated();
    void defaultPathIsInTheApplicationDataFolder();
    void newBaseIsEncryptedWithTheChosenPassphrase();
    void encryptedBaseAsksAgainAfterAWrongPassphrase();
    void cancellingThePassphraseOpensNothing();

private:
    parcours::FixedClock m_clock{parcours::Date(2026, 11, 27)};
};

void StartupDatabaseTest::initTestCase()
{
    QVERIFY(parcours::ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
    MessageBox::answerAutomatically(QMessageBox::Ok);
    PassphrasePrompt::answerAutomatically(QString()); // a plain new base, unless a test says otherwise
}

void StartupDatabaseTest::createsTheFolderAndTheDatabase()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("Parcours/Parcours/parcours.sqlite"));
    const auto db = parcours::ui::openStartupDatabase(path, m_clock);
    QVERIFY(db);
    QVERIFY(QFile::exists(path));
    QCOMPARE(db->schemaVersion(), parcours::Database::kSchemaVersion);
}

void StartupDatabaseTest::reopensAnExistingDatabase()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("parcours.sqlite"));
    QVERIFY(parcours::ui::openStartupDatabase(path, m_clock));
    QVERIFY(parcours::ui::openStartupDatabase(path, m_clock));
}

void StartupDatabaseTest::refusesAFileThatIsNotOurs()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Liste des courses : pain, lait, oeufs.\n");
    file.close();

    QVERIFY(!parcours::ui::openStartupDatabase(path, m_clock));
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Parcours ne peut pas d\u00e9marrer"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("notes.sqlite")), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("ne peut pas \u00eatre ouverte")),
             qPrintable(MessageBox::lastText()));

    QFile unchanged(path);
    QVERIFY(unchanged.open(QIODevice::ReadOnly));
    QCOMPARE(unchanged.readAll(), QByteArray("Liste des courses : pain, lait, oeufs.\n"));
}

void StartupDatabaseTest::relativePathIsMadeAbsolute()
{
    QTemporaryDir dir;
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const auto db = parcours::ui::openStartupDatabase(QStringLiteral("relative.sqlite"), m_clock);
    QDir::setCurrent(previous);
    QVERIFY(db);
    QCOMPARE(parcours::ui::toQString(db->path()), QDir(dir.path()).absoluteFilePath(QStringLiteral("relative.sqlite")));
}

void StartupDatabaseTest::explainsAFolderThatCannotBeCreated()
{
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("a-file"));
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    QVERIFY(!parcours::ui::openStartupDatabase(file + QStringLiteral("/Parcours/parcours.sqlite"), m_clock));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Le dossier")), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("ne peut pas \u00eatre cr\u00e9\u00e9")),
             qPrintable(MessageBox::lastText()));
}

void StartupDatabaseTest::defaultPathIsInTheApplicationDataFolder()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Parcours"));
    QCoreApplication::setApplicationName(QStringLiteral("Parcours"));
    const QString path = parcours::ui::defaultDatabasePath();
    QVERIFY2(path.endsWith(QStringLiteral("/Parcours/Parcours/parcours.sqlite")), qPrintable(path));
}

namespace {

QByteArray fileStart(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(16) : QByteArray();
}

} // namespace

void StartupDatabaseTest::newBaseIsEncryptedWithTheChosenPassphrase()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("chiffree.sqlite"));
    PassphrasePrompt::answerNext({QStringLiteral("rouge gorge au jardin")});
    {
        const auto db = parcours::ui::openStartupDatabase(path, m_clock);
        QVERIFY(db);
        QVERIFY(db->isEncrypted());
    }
    QVERIFY(!fileStart(path).startsWith("SQLite format 3"));

    // Opening it again asks for the passphrase; the right one opens it.
    const int asked = PassphrasePrompt::timesAsked();
    PassphrasePrompt::answerNext({QStringLiteral("rouge gorge au jardin")});
    const auto again = parcours::ui::openStartupDatabase(path, m_clock);
    QVERIFY(again);
    QCOMPARE(PassphrasePrompt::timesAsked(), asked + 1);
    QCOMPARE(again->schemaVersion(), parcours::Database::kSchemaVersion);
}

void StartupDatabaseTest::encryptedBaseAsksAgainAfterAWrongPassphrase()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("chiffree.sqlite"));
    PassphrasePrompt::answerNext({QStringLiteral("rouge gorge au jardin")});
    QVERIFY(parcours::ui::openStartupDatabase(path, m_clock));

    const int asked = PassphrasePrompt::timesAsked();
    PassphrasePrompt::answerNext({QStringLiteral("merle au jardin"), QStringLiteral("rouge gorge au jardin")});
    const auto db = parcours::ui::openStartupDatabase(path, m_clock);
    QVERIFY(db);
    QCOMPARE(PassphrasePrompt::timesAsked(), asked + 2);
    QVERIFY2(PassphrasePrompt::lastProblem().contains(QStringLiteral("n'ouvre pas")),
             qPrintable(PassphrasePrompt::lastProblem()));
}

void StartupDatabaseTest::cancellingThePassphraseOpensNothing()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("chiffree.sqlite"));
    PassphrasePrompt::answerNext({QStringLiteral("rouge gorge au jardin")});
    QVERIFY(parcours::ui::openStartupDatabase(path, m_clock));
    const QByteArray before = fileStart(path);

    PassphrasePrompt::answerNext({std::nullopt});
    QVERIFY(!parcours::ui::openStartupDatabase(path, m_clock));
    QCOMPARE(fileStart(path), before);

    // A new base whose passphrase question is cancelled is not created.
    const QString other = QDir(dir.path()).filePath(QStringLiteral("autre.sqlite"));
    PassphrasePrompt::answerNext({std::nullopt});
    QVERIFY(!parcours::ui::openStartupDatabase(other, m_clock));
    QVERIFY(!QFile::exists(other));
}

QTEST_MAIN(StartupDatabaseTest)
#include "StartupDatabaseTest.moc"
