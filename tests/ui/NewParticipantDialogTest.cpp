// NewParticipantDialog: a participant created with their pathway, the duplicate warning answered, refusals under their fields.
#include "ui/participant/NewParticipantDialog.h"
#include "TestDatabase.h"
#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "store/ReferentRepository.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTest>

using namespace parcours;
using parcours::ui::NewParticipantDialog;

namespace {

void fill(NewParticipantDialog& dialog, const QString& last, const QString& first, const QDate& birth)
{
    QTest::keyClicks(dialog.lastNameField(), last);
    QTest::keyClicks(dialog.firstNameField(), first);
    dialog.birthDateField()->setDate(birth);
    QTest::keyClicks(dialog.postcodeField(), QStringLiteral("69008"));
    QTest::keyClicks(dialog.cityField(), QStringLiteral("Lyon"));
    dialog.referentField()->setEditText(QStringLiteral("Claire Dubois"));
}

} // namespace

class NewParticipantDialogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { ui::MessageBox::showToUser(); }
    void createsTheParticipantAndTheirPathway();
    void warnsOfAProbableDuplicate();
    void refusedFormShowsMessagesAndWritesNothing();
    void cancelledCreatesNobody();
    void ctrlSCreates();
    void referentIsRequired();
};

void NewParticipantDialogTest::initTestCase()
{
    QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
}

void NewParticipantDialogTest::createsTheParticipantAndTheirPathway()
{
    test::TestDatabase data;
    NewParticipantDialog dialog(data.db(), data.clock());
    QCOMPARE(dialog.entryDateField()->date(), QDate(2026, 11, 27)); // today by default
    fill(dialog, QStringLiteral("Nguyen"), QStringLiteral("Linh"), QDate(1992, 7, 14));
    QTest::keyClicks(dialog.franceTravailIdField(), QStringLiteral("7654321B"));
    dialog.rsaField()->setChecked(true);
    dialog.rqthField()->setChecked(true);
    dialog.educationField()->setCurrentIndex(static_cast<int>(EducationLevel::L3));
    dialog.accept();

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const RowId id = dialog.createdParticipantId();
    QVERIFY(id != 0);
    const auto person = ParticipantRepository(data.db(), data.clock()).find(id);
    QVERIFY(person);
    QCOMPARE(person->lastName, std::string("Nguyen"));
    QCOMPARE(person->postcode, std::string("69008"));
    QCOMPARE(person->franceTravailId, std::string("7654321B"));
    const auto pathways = PathwayRepository(data.db(), data.clock()).forParticipant(id);
    QCOMPARE(pathways.size(), std::size_t(1));
    QCOMPARE(pathways.front().entryDate, Date(2026, 11, 27));
    QVERIFY(pathways.front().isOpen());
    QVERIFY(pathways.front().situation.rsa);
    QVERIFY(pathways.front().situation.rqth);
    QVERIFY(!pathways.front().situation.deld);
    QCOMPARE(pathways.front().situation.education, EducationLevel::L3);
    QCOMPARE(ReferentRepository(data.db(), data.clock()).find(pathways.front().referentId)->name,
             std::string("Claire Dubois"));
}

void NewParticipantDialogTest::warnsOfAProbableDuplicate()
{
    test::TestDatabase data;
    data.fillSmallCaseload(); // Sophie Martin, born 1985-03-12
    ParticipantRepository participants(data.db(), data.clock());
    const int before = participants.count();
    NewParticipantDialog dialog(data.db(), data.clock());
    fill(dialog, QStringLiteral("MARTIN"), QStringLiteral("sophie"), QDate(1985, 3, 12));

    ui::MessageBox::answerAutomatically(QMessageBox::No);
    QVERIFY(!dialog.create());
    QCOMPARE(ui::MessageBox::lastTitle(), QStringLiteral("Doublon probable"));
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("MARTIN Sophie")), qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(participants.count(), before);
    QCOMPARE(dialog.createdParticipantId(), RowId(0));

    ui::MessageBox::answerAutomatically(QMessageBox::Yes);
    QVERIFY(dialog.create());
    QCOMPARE(participants.count(), before + 1);
    QCOMPARE(PathwayRepository(data.db(), data.clock()).forParticipant(dialog.createdParticipantId()).size(),
             std::size_t(1));
}

void NewParticipantDialogTest::refusedFormShowsMessagesAndWritesNothing()
{
    test::TestDatabase data;
    ParticipantRepository participants(data.db(), data.clock());
    NewParticipantDialog dialog(data.db(), data.clock());
    fill(dialog, QString(), QStringLiteral("Tom"), QDate(2016, 1, 1)); // no last name, ten years old
    QVERIFY(!dialog.create());
    QCOMPARE(dialog.errors().text("last_name"), QStringLiteral("Le nom est obligatoire."));
    QVERIFY2(dialog.errors().text("entry_date").contains(QStringLiteral("10 ans")),
             qPrintable(dialog.errors().text("entry_date")));
    QCOMPARE(participants.count(), 0);
    QCOMPARE(dialog.createdParticipantId(), RowId(0));
}

void NewParticipantDialogTest::cancelledCreatesNobody()
{
    test::TestDatabase data;
    NewParticipantDialog dialog(data.db(), data.clock());
    fill(dialog, QStringLiteral("Nguyen"), QStringLiteral("Linh"), QDate(1992, 7, 14));
    dialog.reject();
    QCOMPARE(dialog.createdParticipantId(), RowId(0));
    QCOMPARE(ParticipantRepository(data.db(), data.clock()).count(), 0);
}

void NewParticipantDialogTest::ctrlSCreates()
{
    test::TestDatabase data;
    NewParticipantDialog dialog(data.db(), data.clock());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    fill(dialog, QStringLiteral("Nguyen"), QStringLiteral("Linh"), QDate(1992, 7, 14));
    QTest::keyClick(dialog.cityField(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(dialog.createdParticipantId() != 0);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void NewParticipantDialogTest::referentIsRequired()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    ParticipantRepository participants(data.db(), data.clock());
    const int before = participants.count();
    NewParticipantDialog dialog(data.db(), data.clock());
    QCOMPARE(dialog.referentField()->currentText(), QString()); // never the first of the list by default
    QCOMPARE(dialog.referentField()->count(), 2);
    fill(dialog, QStringLiteral("Nguyen"), QStringLiteral("Linh"), QDate(1992, 7, 14));
    dialog.referentField()->setEditText(QString());
    QVERIFY(!dialog.create());
    QCOMPARE(dialog.errors().text("referent"),
             QStringLiteral("Choisissez le ou la référent.e qui suit cette personne."));
    QCOMPARE(participants.count(), before);
}

QTEST_MAIN(NewParticipantDialogTest)
#include "NewParticipantDialogTest.moc"
