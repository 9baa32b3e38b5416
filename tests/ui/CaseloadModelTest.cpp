// CaseloadModel: under QAbstractItemModelTester, the rows and the values a référent.e reads in French.
#include "ui/CaseloadModel.h"
#include "TestDatabase.h"
#include "ui/Translations.h"

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
    QCOMPARE(model.columnCount(), 7);
}

void CaseloadModelTest::listsEveryParticipantByName()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    CaseloadModel model(data.db(), data.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 7);
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
    QCOMPARE(text(0, CaseloadModel::LastContact), QString());

    QCOMPARE(text(1, CaseloadModel::Referent), QStringLiteral("Marc Petit"));
    QCOMPARE(text(1, CaseloadModel::Status), QStringLiteral("en emploi \u2013 suivi"));

    QCOMPARE(text(2, CaseloadModel::Referent), QString());
    QCOMPARE(text(2, CaseloadModel::Entry), QString());
    QCOMPARE(text(2, CaseloadModel::Status), QStringLiteral("sans parcours"));

    QCOMPARE(text(3, CaseloadModel::Entry), QStringLiteral("02/02/2026"));
    QCOMPARE(text(3, CaseloadModel::Status), QStringLiteral("en parcours"));
    QCOMPARE(text(3, CaseloadModel::LastContact), QStringLiteral("20/11/2026"));

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
                                   QStringLiteral("R\u00e9f\u00e9rent.e"), QStringLiteral("Entr\u00e9e"),
                                   QStringLiteral("Statut"), QStringLiteral("Dernier entretien")}));
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

QTEST_MAIN(CaseloadModelTest)
#include "CaseloadModelTest.moc"
