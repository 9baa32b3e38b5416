// Choosing a passphrase (its strength, a short or mismatched one refused, the warning that a
// forgotten one cannot be recovered) and « Protéger la base… »: the window's own base and its
// backups encrypted in place, the window still working on it, the status bar saying so.
#include "TestDatabase.h"

#include "backup/BackupFolder.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/privacy/PassphraseDialog.h"
#include "ui/privacy/PassphrasePrompt.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using parcours::ui::MainWindow;
using parcours::ui::MessageBox;
using parcours::ui::PassphraseDialog;
using parcours::ui::PassphrasePrompt;

class ProtectionTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void strengthFollowsTheLength();
    void aShortOrMismatchedPassphraseCannotBeChosen();
    void aNewBaseMayStayPlain();
    void protectingTheBaseEncryptsItAndItsBackups();
    void changingThePassphrase();
};

namespace {

QPushButton* okButton(PassphraseDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

void type(PassphraseDialog& dialog, const char* field, const QString& text)
{
    auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(field));
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QString strengthText(PassphraseDialog& dialog)
{
    return dialog.findChild<QLabel*>(QStringLiteral("strength"))->text();
}

bool startsAsSqlite(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(15) == "SQLite format 3";
}

QLabel* protectionLabel(MainWindow& window)
{
    return window.statusBar()->findChild<QLabel*>(QStringLiteral("protection"));
}

} // namespace

void ProtectionTest::initTestCase()
{
    parcours::test::isolateSettings();
    QVERIFY(parcours::ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
    MessageBox::answerAutomatically(QMessageBox::Ok);
}

void ProtectionTest::strengthFollowsTheLength()
{
    PassphraseDialog dialog(PassphraseDialog::Purpose::Protect, QStringLiteral("suivi.parcours"));
    type(dialog, "passphrase", QStringLiteral("jardin"));
    QVERIFY2(strengthText(dialog).contains(QStringLiteral("trop courte")), qPrintable(strengthText(dialog)));
    type(dialog, "passphrase", QStringLiteral("jardinier"));
    QVERIFY2(strengthText(dialog).contains(QStringLiteral("faible")), qPrintable(strengthText(dialog)));
    type(dialog, "passphrase", QStringLiteral("le jardin d'hiver"));
    QVERIFY2(strengthText(dialog).contains(QStringLiteral("moyenne")), qPrintable(strengthText(dialog)));
    type(dialog, "passphrase", QStringLiteral("un rouge-gorge au jardin d'hiver"));
    QVERIFY2(strengthText(dialog).contains(QStringLiteral("solide")), qPrintable(strengthText(dialog)));
    // The warning that a forgotten passphrase is lost, in plain words.
    const QLabel* warning = dialog.findChild<QLabel*>(QStringLiteral("warning"));
    QVERIFY(warning);
    QVERIFY2(warning->text().contains(QStringLiteral("ne peut pas être retrouvée")), qPrintable(warning->text()));
}

void ProtectionTest::aShortOrMismatchedPassphraseCannotBeChosen()
{
    PassphraseDialog dialog(PassphraseDialog::Purpose::Protect, QStringLiteral("suivi.parcours"));
    type(dialog, "passphrase", QStringLiteral("court"));
    type(dialog, "confirmation", QStringLiteral("court"));
    QVERIFY(!okButton(dialog)->isEnabled());
    type(dialog, "passphrase", QStringLiteral("un rouge-gorge au jardin"));
    type(dialog, "confirmation", QStringLiteral("un rouge-gorge au jardim"));
    QVERIFY(!okButton(dialog)->isEnabled());
    type(dialog, "confirmation", QStringLiteral("un rouge-gorge au jardin"));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.passphrase(), QStringLiteral("un rouge-gorge au jardin"));
}

void ProtectionTest::aNewBaseMayStayPlain()
{
    PassphraseDialog dialog(PassphraseDialog::Purpose::NewDatabase, QStringLiteral("suivi.parcours"));
    auto* protect = dialog.findChild<QCheckBox*>(QStringLiteral("protect"));
    QVERIFY(protect);
    QVERIFY(protect->isChecked()); // recommended, on by default
    QVERIFY(!okButton(dialog)->isEnabled());
    protect->setChecked(false);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!dialog.protects());
}

void ProtectionTest::protectingTheBaseEncryptsItAndItsBackups()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    const std::filesystem::path path = data.db().path();
    data.release();
    parcours::backupNow(path, data.clock());
    const std::filesystem::path backup = parcours::listBackups(path).front().path;

    MainWindow window(std::make_unique<parcours::Database>(path, parcours::OpenMode::ExistingOnly), data.clock());
    window.show();
    QCOMPARE(protectionLabel(window)->text(), QStringLiteral("Base non chiffrée"));
    const int rows = window.findChild<QAbstractItemView*>(QStringLiteral("caseloadTable"))->model()->rowCount();
    QVERIFY(rows > 0);

    PassphrasePrompt::answerNext({QStringLiteral("un rouge-gorge au jardin d'hiver")});
    QVERIFY(window.protectOwnDatabase());
    QVERIFY(!startsAsSqlite(data.path()));
    QVERIFY(!startsAsSqlite(QString::fromStdString(backup.string())));
    QCOMPARE(protectionLabel(window)->text(), QStringLiteral("Base chiffrée"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("chiffrée")), qPrintable(MessageBox::lastText()));
    // The window goes on with its base, now encrypted: the same caseload.
    QCOMPARE(window.findChild<QAbstractItemView*>(QStringLiteral("caseloadTable"))->model()->rowCount(), rows);
    parcours::Database reopened(path, parcours::OpenMode::ReadOnly,
                                parcours::DatabaseKey("un rouge-gorge au jardin d'hiver"));
    QVERIFY(reopened.isEncrypted());
}

void ProtectionTest::changingThePassphrase()
{
    QTemporaryDir dir;
    const std::filesystem::path path = std::filesystem::path(dir.path().toStdString()) / "chiffree.parcours";
    parcours::FixedClock clock(parcours::test::pinnedToday());
    MainWindow window(std::make_unique<parcours::Database>(path, parcours::OpenMode::CreateIfMissing,
                                                           parcours::DatabaseKey("rouge-gorge au jardin")),
                      clock);
    QCOMPARE(protectionLabel(window)->text(), QStringLiteral("Base chiffrée"));

    // Cancelled: nothing changes.
    PassphrasePrompt::answerNext({std::nullopt});
    QVERIFY(!window.protectOwnDatabase());
    QVERIFY(parcours::Database(path, parcours::OpenMode::ReadOnly, parcours::DatabaseKey("rouge-gorge au jardin"))
                .isEncrypted());

    PassphrasePrompt::answerNext({QStringLiteral("merle sur la haie de houx")});
    QVERIFY(window.protectOwnDatabase());
    QVERIFY_THROWS_EXCEPTION(
        parcours::WrongPassphrase,
        parcours::Database(path, parcours::OpenMode::ReadOnly, parcours::DatabaseKey("rouge-gorge au jardin")));
    QVERIFY(parcours::Database(path, parcours::OpenMode::ReadOnly, parcours::DatabaseKey("merle sur la haie de houx"))
                .isEncrypted());
}

QTEST_MAIN(ProtectionTest)
#include "ProtectionTest.moc"
