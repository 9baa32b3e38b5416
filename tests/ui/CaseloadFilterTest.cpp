// CaseloadFilterModel: search as you type (accents and case aside), the status and référent.e filters, under the model tester.
#include "ui/caseload/CaseloadFilterModel.h"
#include "TestDatabase.h"
#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "store/ReferentRepository.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/caseload/SearchText.h"
#include "ui/common/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using parcours::ui::CaseloadFilterModel;
using parcours::ui::CaseloadModel;
using StatusFilter = CaseloadFilterModel::StatusFilter;

class CaseloadFilterTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void searchKeySetsAccentsAndCaseAside();
    void defaultShowsCurrentPathwaysOfEveryone();
    void statusFilter();
    void referentFilter();
    void searchFindsAccentedNames();
    void searchByCityAndFranceTravailId();
    void searchWordsInAnyOrder();
    void filtersCombineAndSurviveAReload();
    void sortsByEveryColumn();
};

namespace {

// The small caseload, and Éloïse Lefèvre of Villeurbanne, France Travail 1234567A, followed by Claire Dubois.
void addEloise(parcours::test::TestDatabase& data)
{
    parcours::Participant person;
    person.lastName = "Lefèvre";
    person.firstName = "Éloïse";
    person.birthDate = parcours::Date(1995, 5, 17);
    person.postcode = "69100";
    person.city = "Villeurbanne";
    person.franceTravailId = "1234567A";
    parcours::ParticipantRepository(data.db(), data.clock()).add(person);
    parcours::Pathway pathway;
    pathway.participantId = person.record.id;
    pathway.referentId = parcours::ReferentRepository(data.db(), data.clock()).findOrCreate("Claire Dubois").record.id;
    pathway.entryDate = parcours::Date(2026, 6, 1);
    parcours::PathwayRepository(data.db(), data.clock()).add(pathway);
}

QStringList list(std::initializer_list<const char*> names)
{
    QStringList result;
    for (const char* name : names)
        result << QString::fromUtf8(name);
    return result;
}

QStringList shownNames(const QAbstractItemModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, CaseloadModel::LastName).data().toString();
    return names;
}

struct Fixture {
    Fixture()
    {
        data.fillSmallCaseload();
        addEloise(data);
        model = std::make_unique<CaseloadModel>(data.db(), data.clock());
        filter.setSourceModel(model.get());
    }
    parcours::test::TestDatabase data;
    std::unique_ptr<CaseloadModel> model;
    CaseloadFilterModel filter;
    QAbstractItemModelTester tester{&filter, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

} // namespace

void CaseloadFilterTest::initTestCase()
{
    QVERIFY(parcours::ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
}

void CaseloadFilterTest::searchKeySetsAccentsAndCaseAside()
{
    using parcours::ui::searchKey;
    QCOMPARE(searchKey(QStringLiteral("Éloïse LEFÈVRE")), QStringLiteral("eloise lefevre"));
    QCOMPARE(searchKey(QStringLiteral("Cœur Æther Straße")), QStringLiteral("coeur aether strasse"));
    QCOMPARE(searchKey(QStringLiteral("François N’Diaye")), QStringLiteral("francois n'diaye"));
    QCOMPARE(parcours::ui::searchWords(QStringLiteral("  Éloïse   lef ")),
             QStringList({QStringLiteral("eloise"), QStringLiteral("lef")}));
}

void CaseloadFilterTest::defaultShowsCurrentPathwaysOfEveryone()
{
    Fixture f;
    QCOMPARE(f.filter.statusFilter(), StatusFilter::Open);
    // Jean Petit has exited; Anne Leroy, without a pathway, is still to be followed.
    QCOMPARE(shownNames(f.filter), QStringList({QStringLiteral("Benali"), QStringLiteral("Durand"),
                                                QStringLiteral("Lefèvre"), QStringLiteral("Leroy"),
                                                QStringLiteral("Martin")}));
}

void CaseloadFilterTest::statusFilter()
{
    Fixture f;
    f.filter.setStatusFilter(StatusFilter::Active);
    QCOMPARE(shownNames(f.filter), QStringList({QStringLiteral("Lefèvre"), QStringLiteral("Martin")}));
    f.filter.setStatusFilter(StatusFilter::OnHold);
    QCOMPARE(shownNames(f.filter), QStringList({QStringLiteral("Benali")}));
    f.filter.setStatusFilter(StatusFilter::InFollowUp);
    QCOMPARE(shownNames(f.filter), QStringList({QStringLiteral("Durand")}));
    f.filter.setStatusFilter(StatusFilter::Exited);
    QCOMPARE(shownNames(f.filter), QStringList({QStringLiteral("Petit")}));
    f.filter.setStatusFilter(StatusFilter::All);
    QCOMPARE(f.filter.rowCount(), 6);
}

void CaseloadFilterTest::referentFilter()
{
    Fixture f;
    f.filter.setReferentFilter(QStringLiteral("Claire Dubois"));
    QCOMPARE(shownNames(f.filter),
             QStringList({QStringLiteral("Benali"), QStringLiteral("Lefèvre"), QStringLiteral("Martin")}));
    f.filter.setReferentFilter(QStringLiteral("Marc Petit"));
    QCOMPARE(shownNames(f.filter), QStringList({QStringLiteral("Durand")})); // Jean Petit has exited
    f.filter.setStatusFilter(StatusFilter::All);
    QCOMPARE(shownNames(f.filter), QStringList({QStringLiteral("Durand"), QStringLiteral("Petit")}));
    f.filter.setReferentFilter(QString());
    QCOMPARE(f.filter.rowCount(), 6);
}

void CaseloadFilterTest::searchFindsAccentedNames()
{
    Fixture f;
    for (const char* query : {"eloise", "ELOISE", "Éloïse", "lefevre", "lefè", "eloïse lef"}) {
        f.filter.setSearchText(QString::fromUtf8(query));
        QCOMPARE(shownNames(f.filter), QStringList({QStringLiteral("Lefèvre")}));
    }
    f.filter.setSearchText(QStringLiteral("mar"));
    QCOMPARE(shownNames(f.filter), QStringList({QStringLiteral("Martin")}));
    f.filter.setSearchText(QStringLiteral("zzz"));
    QCOMPARE(f.filter.rowCount(), 0);
    f.filter.setSearchText(QString());
    QCOMPARE(f.filter.rowCount(), 5);
}

void CaseloadFilterTest::searchByCityAndFranceTravailId()
{
    Fixture f;
    f.filter.setSearchText(QStringLiteral("villeur"));
    QCOMPARE(shownNames(f.filter), QStringList({QStringLiteral("Lefèvre")}));
    f.filter.setSearchText(QStringLiteral("1234567a"));
    QCOMPARE(shownNames(f.filter), QStringList({QStringLiteral("Lefèvre")}));
    f.filter.setSearchText(QStringLiteral("lyon"));
    QCOMPARE(f.filter.rowCount(), 4); // everyone else lives in Lyon; Jean Petit has exited
}

void CaseloadFilterTest::searchWordsInAnyOrder()
{
    Fixture f;
    f.filter.setSearchText(QStringLiteral("sophie martin"));
    QCOMPARE(shownNames(f.filter), QStringList({QStringLiteral("Martin")}));
    f.filter.setSearchText(QStringLiteral("martin sophie"));
    QCOMPARE(shownNames(f.filter), QStringList({QStringLiteral("Martin")}));
    f.filter.setSearchText(QStringLiteral("martin lucie"));
    QCOMPARE(f.filter.rowCount(), 0);
}

void CaseloadFilterTest::filtersCombineAndSurviveAReload()
{
    Fixture f;
    f.filter.setReferentFilter(QStringLiteral("Claire Dubois"));
    f.filter.setSearchText(QStringLiteral("lyon"));
    QCOMPARE(shownNames(f.filter), QStringList({QStringLiteral("Benali"), QStringLiteral("Martin")}));
    f.model->reload();
    QCOMPARE(shownNames(f.filter), QStringList({QStringLiteral("Benali"), QStringLiteral("Martin")}));
}

void CaseloadFilterTest::sortsByEveryColumn()
{
    Fixture f;
    f.filter.setStatusFilter(StatusFilter::All);
    const QList<QPair<int, QStringList>> expected = {
        {CaseloadModel::LastName, list({"Benali", "Durand", "Lefèvre", "Leroy", "Martin", "Petit"})},
        // Equal statuses keep the order before: by last name here.
        {CaseloadModel::Status, list({"Leroy", "Lefèvre", "Martin", "Benali", "Durand", "Petit"})},
        // Anne, Éloïse (among the E, not after the Z), Jean, Karim, Lucie, Sophie.
        {CaseloadModel::FirstName, list({"Leroy", "Lefèvre", "Petit", "Benali", "Durand", "Martin"})},
        {CaseloadModel::Age, list({"Benali", "Lefèvre", "Leroy", "Martin", "Durand", "Petit"})},
        {CaseloadModel::Entry, list({"Leroy", "Petit", "Durand", "Benali", "Martin", "Lefèvre"})},
    };
    for (const auto& [column, names] : expected) {
        f.filter.sort(column, Qt::AscendingOrder);
        QCOMPARE(shownNames(f.filter), names);
    }
    f.filter.sort(CaseloadModel::LastName, Qt::DescendingOrder);
    QCOMPARE(shownNames(f.filter).first(), QStringLiteral("Petit"));
    for (int column = 0; column < CaseloadModel::ColumnCount; ++column) {
        f.filter.sort(column, Qt::AscendingOrder); // none refuses, none breaks the tester
        QCOMPARE(f.filter.rowCount(), 6);
    }
}

QTEST_MAIN(CaseloadFilterTest)
#include "CaseloadFilterTest.moc"
