// Opening the database at start: created on first start with its folder; refused files explained in French.
#include "ui/main/StartupDatabase.h"
#include "domain/Clock.h"
#include "store/Database.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using parcours::ui::MessageBox;

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

private:
    parcours::FixedClock m_clock{parcours::Date(2026, 11, 27)};
};

void StartupDatabaseTest::initTestCase()
{
    QVERIFY(parcours::ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
    MessageBox::answerAutomatically(QMessageBox::Ok);
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

QTEST_MAIN(StartupDatabaseTest)
#include "StartupDatabaseTest.moc"
