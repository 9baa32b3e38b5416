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
    QTest::keyClicks(dialog.birthDateField(), birth.toString(QStringLiteral("ddMMyyyy"))); // the slashes are there
    dialog.sexField()->setCurrentIndex(dialog.sexField()->findData(static_cast<int>(Sex::F)));
    QTest::keyClicks(dialog.postcodeField(), QStringLiteral("69008"));
    QTest::keyClicks(dialog.cityField(), QStringLiteral("Lyon"));
    dialog.referentField()->setEditText(QStringLiteral("Claire Dubois"));
}

} // namespace

class NewParticipantDialogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init()
    {
        test::isolateSettings(); // no référent.e remembered from another test
        ui::MessageBox::showToUser();
    }
    void createsTheParticipantAndTheirPathway();
    void warnsOfAProbableDuplicate();
    void aPersonWhoComesBackGetsANewPathwayFromTheWarning();
    void refusedFormShowsMessagesAndWritesNothing();
    void cancelledCreatesNobody();
    void ctrlSCreates();
    void referentIsRequired();
    void referentPreselectedFromTheCaseloadOrTheLastCreation();
    void birthDateAndSexMustBeChosen();
    void escapeAsksBeforeThrowingAFilledFormAway();
    void nameMadeOfDigitsIsRefused();
};

void NewParticipantDialogTest::initTestCase()
{
    test::isolateSettings();
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

// Jean Petit left on 30 June 2025: « Ouvrir un nouveau parcours » gives him a second pathway
// instead of a second file; Sophie Martin, still in her pathway, cannot get one.
void NewParticipantDialogTest::aPersonWhoComesBackGetsANewPathwayFromTheWarning()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    ParticipantRepository participants(data.db(), data.clock());
    const int before = participants.count();
    ui::MessageBox::answerAutomatically(QMessageBox::Open);

    NewParticipantDialog dialog(data.db(), data.clock());
    fill(dialog, QStringLiteral("Petit"), QStringLiteral("Jean"), QDate(1962, 4, 30));
    QVERIFY(!dialog.create());
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("nouveau parcours")), qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(participants.count(), before);
    QVERIFY(dialog.reopenedParticipantId() != 0);
    const auto pathways = PathwayRepository(data.db(), data.clock()).forParticipant(dialog.reopenedParticipantId());
    QCOMPARE(pathways.size(), std::size_t(2));
    QVERIFY(pathways.back().isOpen());

    NewParticipantDialog again(data.db(), data.clock());
    fill(again, QStringLiteral("Martin"), QStringLiteral("Sophie"), QDate(1985, 3, 12));
    QVERIFY(!again.create());
    QCOMPARE(again.reopenedParticipantId(), RowId(0));
    QCOMPARE(participants.count(), before);
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
    ui::MessageBox::answerAutomatically(QMessageBox::Discard);
    dialog.reject();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
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

void NewParticipantDialogTest::referentPreselectedFromTheCaseloadOrTheLastCreation()
{
    test::TestDatabase data;
    data.fillSmallCaseload(); // Claire Dubois and Marc Petit
    {
        NewParticipantDialog dialog(data.db(), data.clock(), QStringLiteral("Marc Petit"));
        QCOMPARE(dialog.referentField()->currentText(), QStringLiteral("Marc Petit"));
        fill(dialog, QStringLiteral("Nguyen"), QStringLiteral("Linh"), QDate(1992, 7, 14)); // chooses Claire Dubois
        QVERIFY(dialog.create());
    }
    // The caseload shows everyone: the last one chosen.
    NewParticipantDialog next(data.db(), data.clock());
    QCOMPARE(next.referentField()->currentText(), QStringLiteral("Claire Dubois"));
    // A name the database does not know is not offered.
    NewParticipantDialog unknown(data.db(), data.clock(), QStringLiteral("Personne Inconnue"));
    QCOMPARE(unknown.referentField()->currentText(), QStringLiteral("Claire Dubois"));
}

void NewParticipantDialogTest::birthDateAndSexMustBeChosen()
{
    test::TestDatabase data;
    NewParticipantDialog dialog(data.db(), data.clock(), QStringLiteral("Claire Dubois"));
    QCOMPARE(dialog.birthDateField()->text().remove(QLatin1Char('/')), QString()); // nothing offered
    QCOMPARE(dialog.sexField()->currentIndex(), -1);
    QCOMPARE(dialog.sexField()->currentText(), QString());
    QTest::keyClicks(dialog.lastNameField(), QStringLiteral("Nguyen"));
    QTest::keyClicks(dialog.firstNameField(), QStringLiteral("Linh"));
    dialog.referentField()->setEditText(QStringLiteral("Claire Dubois"));

    QVERIFY(!dialog.create());
    QCOMPARE(dialog.errors().text("birth_date"), QStringLiteral("Saisissez la date de naissance (jj/mm/aaaa)."));
    QCOMPARE(dialog.errors().text("sex"), QStringLiteral("Choisissez le sexe de la personne."));
    QCOMPARE(ParticipantRepository(data.db(), data.clock()).count(), 0);

    QTest::keyClicks(dialog.birthDateField(), QStringLiteral("31021990")); // no such day
    dialog.sexField()->setCurrentIndex(dialog.sexField()->findData(static_cast<int>(Sex::M)));
    QVERIFY(!dialog.create());
    QVERIFY2(dialog.errors().text("birth_date").contains(QStringLiteral("31/02/1990")),
             qPrintable(dialog.errors().text("birth_date")));
    QCOMPARE(dialog.errors().text("sex"), QString());

    dialog.birthDateField()->setText(QStringLiteral("14/07/1992"));
    QVERIFY(dialog.create());
    const auto person = ParticipantRepository(data.db(), data.clock()).find(dialog.createdParticipantId());
    QCOMPARE(person->birthDate, Date(1992, 7, 14));
    QCOMPARE(person->sex, Sex::M);
}

void NewParticipantDialogTest::escapeAsksBeforeThrowingAFilledFormAway()
{
    test::TestDatabase data;
    {
        // Nothing entered: Esc closes at once.
        ui::MessageBox::answerAutomatically(QMessageBox::Cancel);
        NewParticipantDialog empty(data.db(), data.clock(), QStringLiteral("Claire Dubois"));
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        QTest::keyClick(&empty, Qt::Key_Escape);
        QVERIFY(!empty.isVisible());
    }
    NewParticipantDialog dialog(data.db(), data.clock());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.lastNameField(), QStringLiteral("Nguyen"));

    ui::MessageBox::answerAutomatically(QMessageBox::Cancel);
    QTest::keyClick(dialog.lastNameField(), Qt::Key_Escape);
    QVERIFY(dialog.isVisible()); // kept, with what was typed
    QCOMPARE(dialog.lastNameField()->text(), QStringLiteral("Nguyen"));
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("Abandonner")), qPrintable(ui::MessageBox::lastText()));

    ui::MessageBox::answerAutomatically(QMessageBox::Discard);
    QTest::keyClick(dialog.lastNameField(), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(ParticipantRepository(data.db(), data.clock()).count(), 0);
}

void NewParticipantDialogTest::nameMadeOfDigitsIsRefused()
{
    test::TestDatabase data;
    NewParticipantDialog dialog(data.db(), data.clock());
    fill(dialog, QStringLiteral("0612345678"), QStringLiteral("Linh"), QDate(1992, 7, 14));
    QVERIFY(!dialog.create());
    QCOMPARE(dialog.errors().text("last_name"),
             QStringLiteral("Le nom « 0612345678 » ne contient que des chiffres."));
    QCOMPARE(ParticipantRepository(data.db(), data.clock()).count(), 0);
}

QTEST_MAIN(NewParticipantDialogTest)
#include "NewParticipantDialogTest.moc"
