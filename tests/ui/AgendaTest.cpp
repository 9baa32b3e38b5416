// « À faire » in the window: the items of the pinned day in French, overdue first, opened
// with Enter, filtered by référent.e, gone once the contact is logged.
#include "ui/agenda/AgendaModel.h"
#include "ui/agenda/AgendaPanel.h"
#include "TestDatabase.h"
#include "store/CaseloadQuery.h"
#include "ui/common/Translations.h"
#include "usecases/PathwayItemCases.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using parcours::ui::AgendaModel;
using parcours::ui::AgendaPanel;

class AgendaTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listsWhatIsDueInFrenchOverdueFirst();
    void enterOpensThePersonsFile();
    void aReferentSeesTheirOwnOnly();
    void aLoggedContactTakesTheItemsAway();
};

namespace {

parcours::RowId durandPathway(parcours::Database& db, const parcours::Date& today)
{
    for (const parcours::CaseloadRow& row : parcours::loadCaseload(db, today)) {
        if (row.lastName == "Durand")
            return row.pathwayId;
    }
    return 0;
}

} // namespace

void AgendaTest::initTestCase()
{
    QVERIFY(parcours::ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
}

// On 27 November 2026 Lucie Durand, hired on 1 September, has had no contact since her entry
// (13 May 2024) and her three-month check-in is due on 1 December; the others owe nothing.
void AgendaTest::listsWhatIsDueInFrenchOverdueFirst()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    AgendaModel model(data.db(), data.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AgendaModel::Person).data().toString(), QStringLiteral("Durand Lucie"));
    QCOMPARE(model.index(0, AgendaModel::Due).data().toString(), QStringLiteral("13/06/2024 (en retard)"));
    QVERIFY(model.index(0, AgendaModel::What).data().toString().startsWith(QStringLiteral("Sans entretien — ")));
    QCOMPARE(model.index(1, AgendaModel::Due).data().toString(), QStringLiteral("01/12/2026"));
    QCOMPARE(model.index(1, AgendaModel::What).data().toString(),
             QStringLiteral("Point de suivi — Point de suivi à 3 mois de l'embauche du 01/09/2026"));
    QCOMPARE(model.index(1, AgendaModel::Referent).data().toString(), QStringLiteral("Marc Petit"));
    QCOMPARE(model.overdueCount(), 1);
    QCOMPARE(model.headerData(AgendaModel::Due, Qt::Horizontal).toString(), QStringLiteral("Échéance"));

    AgendaPanel panel(model);
    QCOMPARE(panel.summary(), QStringLiteral("2 choses à faire d'ici une semaine, dont 1 en retard."));
}

void AgendaTest::enterOpensThePersonsFile()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    AgendaModel model(data.db(), data.clock());
    AgendaPanel panel(model);
    panel.show();
    QSignalSpy opened(&panel, &AgendaPanel::itemActivated);
    panel.table().setFocus();
    panel.table().setCurrentIndex(model.index(1, 0));
    QTest::keyClick(&panel.table(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(),
             model.index(1, 0).data(AgendaModel::ParticipantIdRole).toLongLong());
    QVERIFY(opened.at(0).at(0).toLongLong() > 0);
    QCOMPARE(opened.at(0).at(1).toInt(), static_cast<int>(parcours::AgendaKind::PointSuivi));
}

void AgendaTest::aReferentSeesTheirOwnOnly()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    AgendaModel model(data.db(), data.clock());
    model.setReferent(QStringLiteral("Claire Dubois"));
    QCOMPARE(model.rowCount(), 0);
    AgendaPanel panel(model);
    QCOMPARE(panel.summary(), QStringLiteral("Rien à faire cette semaine."));
    model.setReferent(QStringLiteral("Marc Petit"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("agendaSummary"))->text(), panel.summary());
}

void AgendaTest::aLoggedContactTakesTheItemsAway()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    AgendaModel model(data.db(), data.clock());
    parcours::Contact contact;
    contact.pathwayId = durandPathway(data.db(), data.clock().today());
    QVERIFY(contact.pathwayId > 0);
    contact.date = data.clock().today();
    contact.mode = parcours::ContactMode::Telephone;
    parcours::logContact(data.db(), data.clock(), contact);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(AgendaTest)
#include "AgendaTest.moc"
