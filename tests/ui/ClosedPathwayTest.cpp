// Adding to a pathway that has exited asks first: a follow-up after the exit happens, a
// mistake on the wrong file too.
#include "ui/participant/ContactsPanel.h"
#include "TestDatabase.h"
#include "store/CaseloadQuery.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Translations.h"
#include "ui/common/UndoController.h"
#include "ui/participant/RecordListModel.h"

#include <QApplication>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>

using parcours::ui::ContactsPanel;
using parcours::ui::MessageBox;

class ClosedPathwayTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aContactInAClosedPathwayIsAddedOnlyWhenConfirmed();
};

void ClosedPathwayTest::initTestCase()
{
    QVERIFY(parcours::ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
}

// Jean Petit left on 30 June 2025 (drop-out).
void ClosedPathwayTest::aContactInAClosedPathwayIsAddedOnlyWhenConfirmed()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    parcours::RowId petit = 0;
    for (const parcours::CaseloadRow& row : parcours::loadCaseload(data.db(), data.clock().today()))
        if (row.lastName == "Petit")
            petit = row.participantId;
    QUndoStack stack;
    parcours::ui::UndoController undo(data.db(), data.clock(), stack, nullptr);
    ContactsPanel panel({data.db(), data.clock(), undo}, petit);
    QObject::connect(&undo, &parcours::ui::UndoController::changed, &panel, &ContactsPanel::reload);
    panel.reload();
    const int before = panel.model()->rowCount();

    panel.noteEdit()->setPlainText(QStringLiteral("Nouvelles après la sortie"));
    MessageBox::answerAutomatically(QMessageBox::No);
    QVERIFY(!panel.saveEdits());
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Ce parcours est clos depuis le 30/06/2025. Ajouter quand même ?"));
    QCOMPARE(panel.model()->rowCount(), before);

    MessageBox::answerAutomatically(QMessageBox::Yes);
    QVERIFY(panel.saveEdits());
    QCOMPARE(panel.model()->rowCount(), before + 1);
}

QTEST_MAIN(ClosedPathwayTest)
#include "ClosedPathwayTest.moc"
