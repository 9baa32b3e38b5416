// The RGPD information: the date given, saved from the identity panel as an operation of the
// file; the notice's dialog fills the template with the PLIE's name and contact, saves it
// through the core and writes it as a PDF.
#include "ui/privacy/NoticeDialog.h"
#include "TestDatabase.h"
#include "domain/InformationNotice.h"
#include "store/OperationLog.h"
#include "store/ParticipantRepository.h"
#include "store/PlieSettingsRepository.h"
#include "ui/participant/IdentityPanel.h"
#include "ui/participant/ParticipantFileWindow.h"
#include "usecases/ParticipantCases.h"

#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace parcours;

class NoticeDialogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void theInformationDateIsSavedAsAnOperationOfTheFile();
    void theNoticeIsFilledWithThePliesNameAndContact();
    void thePliesTemplateIsSavedAndWrittenAsPdf();
};

namespace {

RowId addLea(test::TestDatabase& data)
{
    Participant p;
    p.lastName = "Martin";
    p.firstName = "Léa";
    p.birthDate = Date(1985, 5, 10);
    Pathway pathway;
    pathway.entryDate = Date(2026, 2, 2);
    createParticipant(data.db(), data.clock(), p, pathway, "Claire Dubois");
    return p.record.id;
}

} // namespace

void NoticeDialogTest::theInformationDateIsSavedAsAnOperationOfTheFile()
{
    test::TestDatabase data;
    const RowId lea = addLea(data);
    ui::ParticipantFileWindow window(data.db(), data.clock(), lea);
    ui::IdentityPanel* identity = window.identityPanel();
    QCOMPARE(identity->informationDateField()->text(), QStringLiteral("not given"));

    identity->informationDateField()->setDate(QDate(2026, 11, 20));
    QVERIFY(identity->saveEdits());

    const auto saved = ParticipantRepository(data.db(), data.clock()).find(lea);
    QVERIFY(saved->informationDate == Date(2026, 11, 20));
    const std::vector<Operation> history = operationsOfFile(data.db(), saved->record.uuid);
    QVERIFY(history.back().data == nlohmann::json({{"information_date", "2026-11-20"}}));
}

void NoticeDialogTest::theNoticeIsFilledWithThePliesNameAndContact()
{
    test::TestDatabase data;
    const RowId lea = addLea(data);
    data.setPlieName("PLIE du Pays de Brest");
    ui::NoticeDialog dialog(data.db(), data.clock(), lea);
    QCOMPARE(dialog.plieNameField()->text(), QStringLiteral("PLIE du Pays de Brest"));
    QCOMPARE(dialog.templateField()->toPlainText(), QString::fromStdString(defaultInformationNotice()));

    dialog.contactField()->setText(QStringLiteral("rgpd@plie-brest.fr"));
    const QString text = dialog.filledText();

    QVERIFY(text.contains(QStringLiteral("Le PLIE du Pays de Brest (Plan local")));
    QVERIFY(text.contains(QStringLiteral("rgpd@plie-brest.fr")));
    QVERIFY(text.contains(QStringLiteral("Remise à : Léa MARTIN")));
    QVERIFY(text.contains(QStringLiteral("Le : 27/11/2026"))); // no information date yet: today
}

void NoticeDialogTest::thePliesTemplateIsSavedAndWrittenAsPdf()
{
    test::TestDatabase data;
    ui::NoticeDialog dialog(data.db(), data.clock());
    dialog.plieNameField()->setText(QStringLiteral("PLIE de Rennes"));
    dialog.contactField()->setText(QStringLiteral("02 99 00 00 00"));
    dialog.templateField()->setPlainText(QStringLiteral("Le {plie} vous informe. Contact : {contact}."));

    QVERIFY(dialog.save());

    const PlieSettings settings = PlieSettingsRepository(data.db(), data.clock()).get();
    QCOMPARE(settings.name, std::string("PLIE de Rennes"));
    QCOMPARE(settings.contact, std::string("02 99 00 00 00"));
    QCOMPARE(settings.informationNotice, std::string("Le {plie} vous informe. Contact : {contact}."));
    QCOMPARE(dialog.filledText(), QStringLiteral("Le PLIE de Rennes vous informe. Contact : 02 99 00 00 00."));

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("notice.pdf"));
    QCOMPARE(dialog.writePdf(path), QString());
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

QTEST_MAIN(NoticeDialogTest)
#include "NoticeDialogTest.moc"
