// « Dossiers à archiver… »: the dialog lists the files due for the period chosen, and archives
// them once confirmed, after the backup; a cancelled confirmation archives nothing.
#include "ui/retention/RetentionDialog.h"
#include "TestDatabase.h"
#include "store/ParticipantRepository.h"
#include "store/RetentionQuery.h"
#include "ui/common/MessageBox.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace parcours;

namespace {

int archivedCount(test::TestDatabase& data)
{
    return data.db().sql().execAndGet("SELECT count(*) FROM participants WHERE archived = 1").getInt();
}

} // namespace

class RetentionDialogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void cleanup() { ui::MessageBox::answerAutomatically(QMessageBox::Ok); }

    void listsTheFilesDueForThePeriodChosen()
    {
        test::TestDatabase data;
        data.fillSmallCaseload();
        ui::RetentionDialog dialog(data.db(), data.clock(), [] { return true; });
        QCOMPARE(dialog.monthsBox()->value(), 24); // the PLIE's default
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(!dialog.archiveButton()->isEnabled());

        dialog.monthsBox()->setValue(12); // Petit Jean left on 30 June 2025
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("Petit Jean"));
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("Marc Petit"));
        QVERIFY(dialog.summary()->text().contains(QStringLiteral("1")));
        QVERIFY(dialog.archiveButton()->isEnabled());
    }

    void thePeriodShownIsKeptAsThePliesOnRequest()
    {
        test::TestDatabase data;
        {
            ui::RetentionDialog dialog(data.db(), data.clock(), [] { return true; });
            QVERIFY(!dialog.savePeriodButton()->isEnabled());
            dialog.monthsBox()->setValue(36);
            QVERIFY(dialog.savePeriodButton()->isEnabled());
            dialog.savePeriodButton()->click();
            QVERIFY(!dialog.savePeriodButton()->isEnabled());
        }
        QCOMPARE(retentionMonths(data.db()), 36);
        ui::RetentionDialog again(data.db(), data.clock(), [] { return true; });
        QCOMPARE(again.monthsBox()->value(), 36);
    }

    void archivesAfterTheConfirmationAndTheBackup()
    {
        test::TestDatabase data;
        data.fillSmallCaseload();
        int backups = 0;
        ui::RetentionDialog dialog(data.db(), data.clock(), [&] {
            ++backups;
            return true;
        });
        dialog.monthsBox()->setValue(12);
        int signalled = 0;
        connect(&dialog, &ui::RetentionDialog::archived, this, [&] { ++signalled; });

        ui::MessageBox::answerAutomatically(QMessageBox::Cancel);
        QVERIFY(!dialog.archiveListed());
        QCOMPARE(backups, 0);
        QCOMPARE(archivedCount(data), 0);

        ui::MessageBox::answerAutomatically(QMessageBox::Yes);
        QVERIFY(dialog.archiveListed());
        QCOMPARE(backups, 1);
        QCOMPARE(signalled, 1);
        QCOMPARE(archivedCount(data), 1);
        QCOMPARE(dialog.archivedCount(), std::size_t(1));
        QCOMPARE(dialog.table()->rowCount(), 0);
        const auto count = data.db().sql().execAndGet("SELECT count(*) FROM participants WHERE last_name = 'Petit'"
                                                      " AND first_name = 'Jean'");
        QCOMPARE(count.getInt(), 0);
    }

    void aFailedBackupArchivesNothing()
    {
        test::TestDatabase data;
        data.fillSmallCaseload();
        ui::RetentionDialog dialog(data.db(), data.clock(), [] { return false; });
        dialog.monthsBox()->setValue(12);
        ui::MessageBox::answerAutomatically(QMessageBox::Yes);
        QVERIFY(!dialog.archiveListed());
        QCOMPARE(archivedCount(data), 0);
        QCOMPARE(dialog.table()->rowCount(), 1);
    }
};

QTEST_MAIN(RetentionDialogTest)
#include "RetentionDialogTest.moc"
