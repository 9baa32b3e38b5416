// CaseloadModel: under QAbstractItemModelTester, the rows and the values a référent.e reads in French.
#include "ui/caseload/CaseloadModel.h"
#include "TestDatabase.h"
#include "ui/common/DomainLabels.h"
#include "ui/common/Translations.h"
#include "store/CaseloadQuery.h"
#include "usecases/PlannedActionCases.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using parcours::ui::CaseloadModel;

class CaseloadModelTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyDatabaseHasNoRows();
    void listsEveryParticipantByName();
    void showsAgeAtThePinnedDay();
    void showsReferentEntryStatusAndLastContact();
    void headersAreInFrench();
    void reloadFollowsTheClock();
    void sortRoleOrdersDatesAndAges();
    void timeInPathwayInYearsAndMonths();
    void lastContactInDaysAndOverdue();
    void durationWords();
    void nextActionAndWhatIsDueThisWeek();
};

void CaseloadModelTest::initTestCase()
{
    QVERIFY(parcours::ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
}

void CaseloadModelTest::emptyDatabaseHasNoRows()
{
    parcours::test::TestDatabase data;
    CaseloadModel model(data.db(), data.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 9);
}

void CaseloadModelTest::listsEveryParticipantByName()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    CaseloadModel model(data.db(), data.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 9);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, CaseloadModel::LastName).data().toString() + QLatin1Char(' ')
                     + model.index(row, CaseloadModel::FirstName).data().toString();
    QCOMPARE(names,
             QStringList({QStringLiteral("Benali Karim"), QStringLiteral("Durand Lucie"), QStringLiteral("Leroy Anne"),
                          QStringLiteral("Martin Sophie"), QStringLiteral("Petit Jean")}));
}

void CaseloadModelTest::showsAgeAtThePinnedDay()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    CaseloadModel model(data.db(), data.clock());

    // Karim Benali, born 28 November 1999, is still 26 on 27 November 2026.
    QCOMPARE(model.index(0, CaseloadModel::Age).data().toInt(), 26);
    QCOMPARE(model.index(1, CaseloadModel::Age).data().toInt(), 56);
    QCOMPARE(model.index(3, CaseloadModel::Age).data().toInt(), 41);
}

void CaseloadModelTest::showsReferentEntryStatusAndLastContact()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    CaseloadModel model(data.db(), data.clock());
    auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };

    QCOMPARE(text(0, CaseloadModel::Referent), QStringLiteral("Claire Dubois"));
    QCOMPARE(text(0, CaseloadModel::Entry), QStringLiteral("01/09/2025"));
    QCOMPARE(text(0, CaseloadModel::Status), QStringLiteral("en veille"));
    QCOMPARE(text(0, CaseloadModel::LastContact), QStringLiteral("aucun"));

    QCOMPARE(text(1, CaseloadModel::Referent), QStringLiteral("Marc Petit"));
    QCOMPARE(text(1, CaseloadModel::Status), QStringLiteral("en emploi \u2013 suivi"));

    QCOMPARE(text(2, CaseloadModel::Referent), QString());
    QCOMPARE(text(2, CaseloadModel::Entry), QString());
    QCOMPARE(text(2, CaseloadModel::Status), QStringLiteral("sans parcours"));

    QCOMPARE(text(3, CaseloadModel::Entry), QStringLiteral("02/02/2026"));
    QCOMPARE(text(3, CaseloadModel::Status), QStringLiteral("en parcours"));
    QCOMPARE(text(3, CaseloadModel::LastContact), QStringLiteral("il y a 7\u00a0j"));

    QCOMPARE(text(4, CaseloadModel::Status), QStringLiteral("sorti.e"));
}

void CaseloadModelTest::headersAreInFrench()
{
    parcours::test::TestDatabase data;
    CaseloadModel model(data.db(), data.clock());
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers, QStringList({QStringLiteral("Nom"), QStringLiteral("Pr\u00e9nom"), QStringLiteral("\u00c2ge"),
                                   QStringLiteral("Entr\u00e9e"), QStringLiteral("Dur\u00e9e du parcours"),
                                   QStringLiteral("Statut"), QStringLiteral("Dernier entretien"),
                                   QStringLiteral("R\u00e9f\u00e9rent.e"), QStringLiteral("Prochaine action")}));
}

void CaseloadModelTest::reloadFollowsTheClock()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    CaseloadModel model(data.db(), data.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The next day Karim Benali turns 27; Lucie Durand's hire of 1 September is still followed
    // on 28 February 2027 (the six months end on 1 March).
    data.clock().setToday(parcours::Date(2026, 11, 28));
    model.reload();
    QCOMPARE(model.index(0, CaseloadModel::Age).data().toInt(), 27);
    data.clock().setToday(parcours::Date(2027, 2, 28));
    model.reload();
    QCOMPARE(model.index(1, CaseloadModel::Status).data().toString(), QStringLiteral("en emploi \u2013 suivi"));
    QCOMPARE(model.rowCount(), 5);
}

void CaseloadModelTest::sortRoleOrdersDatesAndAges()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    CaseloadModel model(data.db(), data.clock());

    const QVariant earlyEntry = model.index(1, CaseloadModel::Entry).data(CaseloadModel::SortRole); // 2024-05-13
    const QVariant lateEntry = model.index(3, CaseloadModel::Entry).data(CaseloadModel::SortRole);  // 2026-02-02
    QVERIFY(earlyEntry.toDate() < lateEntry.toDate());
    QCOMPARE(model.index(4, CaseloadModel::Age).data(CaseloadModel::SortRole).toInt(), 64);
    QCOMPARE(model.index(3, CaseloadModel::LastName).data(CaseloadModel::ParticipantIdRole).toLongLong() > 0, true);
}

void CaseloadModelTest::timeInPathwayInYearsAndMonths()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    CaseloadModel model(data.db(), data.clock());
    auto text = [&model](int row) { return model.index(row, CaseloadModel::TimeInPathway).data().toString(); };

    QCOMPARE(text(0), QStringLiteral("1 an 2 mois"));  // since 1 September 2025
    QCOMPARE(text(1), QStringLiteral("2 ans 6 mois")); // since 13 May 2024
    QCOMPARE(text(2), QString());                      // no pathway
    QCOMPARE(text(3), QStringLiteral("9 mois"));       // since 2 February 2026
    // Exited on 30 June 2025 after entering on 10 January 2023: the pathway's whole length.
    QCOMPARE(text(4), QStringLiteral("2 ans 5 mois (sorti.e le 30/06/2025)"));
    QCOMPARE(model.index(4, CaseloadModel::TimeInPathway).data(Qt::ToolTipRole).toString(), text(4));
    QCOMPARE(model.index(4, CaseloadModel::TimeInPathway).data(CaseloadModel::SortRole).toInt(),
             QDate(2023, 1, 10).daysTo(QDate(2025, 6, 30)));
    // Sorted by days, not by text: « 9 mois » before « 1 an 2 mois ».
    QVERIFY(model.index(3, CaseloadModel::TimeInPathway).data(CaseloadModel::SortRole).toInt()
            < model.index(0, CaseloadModel::TimeInPathway).data(CaseloadModel::SortRole).toInt());
}

void CaseloadModelTest::lastContactInDaysAndOverdue()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    CaseloadModel model(data.db(), data.clock());
    auto overdue = [&model](int row) {
        return model.index(row, CaseloadModel::LastContact).data(CaseloadModel::ContactOverdueRole).toBool();
    };
    QVERIFY(overdue(0));  // on hold since October, no contact since the entry in 2025
    QVERIFY(overdue(1));  // in follow-up, never met
    QVERIFY(!overdue(2)); // no pathway
    QVERIFY(!overdue(3)); // met 7 days ago
    QVERIFY(!overdue(4)); // exited: nothing to chase
    QVERIFY(model.index(0, CaseloadModel::LastContact).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(3, CaseloadModel::LastContact).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(3, CaseloadModel::LastContact).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Dernier entretien le 20/11/2026"));

    // 31 days after Sophie Martin's last contact, it stands out.
    data.clock().setToday(parcours::Date(2026, 12, 21));
    model.reload();
    QCOMPARE(model.index(3, CaseloadModel::LastContact).data().toString(), QStringLiteral("il y a 31\u00a0j"));
    QVERIFY(overdue(3));
    data.clock().setToday(parcours::Date(2026, 12, 20));
    model.reload();
    QVERIFY(!overdue(3)); // 30 days: not yet
}

void CaseloadModelTest::durationWords()
{
    using parcours::Date;
    using parcours::ui::durationText;
    QCOMPARE(durationText(Date(2026, 11, 20), Date(2026, 11, 27)), QStringLiteral("7 jours"));
    QCOMPARE(durationText(Date(2026, 11, 26), Date(2026, 11, 27)), QStringLiteral("1 jour"));
    QCOMPARE(durationText(Date(2026, 7, 27), Date(2026, 11, 27)), QStringLiteral("4 mois"));
    QCOMPARE(durationText(Date(2026, 7, 28), Date(2026, 11, 27)), QStringLiteral("3 mois"));
    QCOMPARE(durationText(Date(2025, 8, 27), Date(2026, 11, 27)), QStringLiteral("1 an 3 mois"));
    QCOMPARE(durationText(Date(2024, 11, 27), Date(2026, 11, 27)), QStringLiteral("2 ans"));
    QCOMPARE(durationText(Date(2026, 1, 31), Date(2026, 2, 28)), QStringLiteral("1 mois")); // to the month's end
    QCOMPARE(parcours::ui::daysAgoText(0), QStringLiteral("aujourd\u2019hui"));
}

// Lucie Durand owes a check-in on 1 December (« À faire »): her row is marked; Sophie Martin,
// seen on 20 November, is not, and shows her next appointment once it is planned.
void CaseloadModelTest::nextActionAndWhatIsDueThisWeek()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    CaseloadModel model(data.db(), data.clock());
    const auto rowOf = [&](const QString& lastName) {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, CaseloadModel::LastName).data().toString() == lastName)
                return row;
        return -1;
    };
    QVERIFY(model.index(rowOf(QStringLiteral("Durand")), 0).data(CaseloadModel::DueRole).toBool());
    QVERIFY(!model.index(rowOf(QStringLiteral("Durand")), 0).data(Qt::DecorationRole).isNull());
    const int martin = rowOf(QStringLiteral("Martin"));
    QVERIFY(!model.index(martin, 0).data(CaseloadModel::DueRole).toBool());
    QCOMPARE(model.index(martin, CaseloadModel::NextAction).data().toString(), QString());

    parcours::PlannedAction action;
    action.pathwayId = parcours::loadCaseload(data.db(), data.clock().today())[static_cast<std::size_t>(martin)].pathwayId;
    action.date = parcours::Date(2026, 12, 15);
    parcours::planAction(data.db(), data.clock(), action);
    model.reload();
    QCOMPARE(model.index(martin, CaseloadModel::NextAction).data().toString(), QStringLiteral("15/12/2026"));
    QVERIFY(!model.index(martin, 0).data(CaseloadModel::DueRole).toBool()); // more than a week ahead
}

QTEST_MAIN(CaseloadModelTest)
#include "CaseloadModelTest.moc"
