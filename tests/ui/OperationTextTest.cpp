// OperationText and HistoryModel: the words of a file's history for each kind of operation, in French, and their order.
#include "ui/participant/OperationText.h"
#include "ui/common/Translations.h"
#include "ui/participant/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

#include <time.h>

using namespace parcours;
using parcours::ui::FileRows;
using parcours::ui::OperationText;
using json = nlohmann::json;

namespace {

const char* const kPathway = "11111111-1111-4111-8111-111111111111";
const char* const kParticipant = "22222222-2222-4222-8222-222222222222";

Operation operation(const char* entity, const char* id, OperationKind kind, json data, json before = nullptr)
{
    Operation o;
    o.op = std::string(id) + "-op";
    o.change = "change";
    o.at = "2026-03-12T13:02:00.000Z";
    o.author = "Alice N'Diaye";
    o.entity = entity;
    o.id = id;
    o.kind = kind;
    o.data = std::move(data);
    o.before = std::move(before);
    o.file = kParticipant;
    return o;
}

QString wordsOf(const Operation& o, const json& row = json::object())
{
    return OperationText::action(o, row);
}

QStringList wordsOf(const std::vector<Operation>& operations, const FileRows& rows = {})
{
    return OperationText::actions(Change{"change", operations}, rows);
}

json participantRow()
{
    return {{"participant_id", nullptr},
            {"last_name", "Martin"},
            {"first_name", "Sophie"},
            {"birth_date", "1985-03-12"},
            {"sex", "F"},
            {"postcode", "69008"},
            {"city", "Lyon"},
            {"qpv", 0},
            {"phone", ""},
            {"email", ""},
            {"france_travail_id", ""}};
}

json pathwayRow()
{
    return {{"parcours_id", nullptr},
            {"participant", kParticipant},
            {"referent", "33333333-3333-4333-8333-333333333333"},
            {"entry_date", "2026-02-02"},
            {"education_level", "3"},
            {"rsa", 1},
            {"deld", 0},
            {"rqth", 0},
            {"other_difficulty", 0},
            {"exit_date", nullptr},
            {"exit_reason", nullptr}};
}

json stepRow()
{
    return {{"step_id", nullptr},       {"pathway", kPathway},        {"operator", nullptr}, {"type", "formation"},
            {"subtype", "qualifiante"}, {"start_date", "2026-03-02"}, {"end_date", nullptr}, {"label", "Titre pro"}};
}

json barrierRow(const char* status = "identifie")
{
    return {{"pathway", kPathway},
            {"category", "mobilite"},
            {"identified_date", "2026-02-02"},
            {"status", status},
            {"lifted_date", nullptr}};
}

json contactRow()
{
    return {{"pathway", kPathway}, {"date", "2026-03-11"}, {"mode", "telephone"}, {"note", "Point"}};
}

QString nbsp(const char* text)
{
    // The French typography of the translations: a no-break space inside « » and before a colon.
    return QString::fromUtf8(text).replace(QStringLiteral("~"), QStringLiteral("\u00a0"));
}

} // namespace

class OperationTextTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void authorsAreNamed();
    void instantsInLocalTime();
    void sentenceJoinsInstantAuthorAndAction();
    void creatingTheFileIsOneAction();
    void theUpgradeTookTheFileOver();
    void identityEditListsTheFields();
    void deletingTheFileIsOneAction();
    void pathways();
    void steps();
    void barriers();
    void contacts();
    void holdsAndHires();
    void unknownRowsStillRead();
    void historyModelGroupsByActionNewestFirst();
};

void OperationTextTest::initTestCase()
{
    // A zone with summer time: the instants are UTC, shown in local time.
    qputenv("TZ", "Europe/Paris");
    tzset();
    QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
}

void OperationTextTest::authorsAreNamed()
{
    QCOMPARE(OperationText::author("Alice N'Diaye"), QStringLiteral("Alice N'Diaye"));
    QCOMPARE(OperationText::author("import"), QStringLiteral("L'import"));
    QCOMPARE(OperationText::author("demo"), QStringLiteral("La démonstration"));
    QCOMPARE(OperationText::author("upgrade"), QStringLiteral("La mise à niveau de la base"));
    QCOMPARE(OperationText::author(""), QStringLiteral("Quelqu'un"));
}

void OperationTextTest::instantsInLocalTime()
{
    QCOMPARE(OperationText::instant("2026-03-12T13:02:00.000Z"), QStringLiteral("12/03/2026 14:02")); // UTC+1
    QCOMPARE(OperationText::instant("2026-06-30T12:00:59.999Z"), QStringLiteral("30/06/2026 14:00")); // UTC+2
    QCOMPARE(OperationText::instant("2026-12-31T23:30:00.000Z"), QStringLiteral("01/01/2027 00:30"));
    QCOMPARE(OperationText::instant("hier"), QStringLiteral("hier"));
}

void OperationTextTest::sentenceJoinsInstantAuthorAndAction()
{
    QCOMPARE(OperationText::sentence(QStringLiteral("12/03/2026 14:02"), QStringLiteral("Alice N'Diaye"),
                                     QStringLiteral("a levé le frein Mobilité")),
             QStringLiteral("12/03/2026 14:02 — Alice N'Diaye a levé le frein Mobilité"));
}

void OperationTextTest::creatingTheFileIsOneAction()
{
    const std::vector<Operation> created{operation("participant", kParticipant, OperationKind::Put, participantRow()),
                                         operation("pathway", kPathway, OperationKind::Put, pathwayRow())};
    QCOMPARE(wordsOf(created), QStringList{QStringLiteral("a créé la fiche")});
    // Alone, a participant's put is the file's creation too.
    QCOMPARE(wordsOf(created.front()), QStringLiteral("a créé la fiche"));
}

void OperationTextTest::theUpgradeTookTheFileOver()
{
    std::vector<Operation> upgraded{operation("participant", kParticipant, OperationKind::Put, participantRow()),
                                    operation("pathway", kPathway, OperationKind::Put, pathwayRow()),
                                    operation("contact", "c1", OperationKind::Put, contactRow())};
    for (Operation& o : upgraded)
        o.author = "upgrade";
    QCOMPARE(wordsOf(upgraded), QStringList{QStringLiteral("a repris la fiche existante")});
}

void OperationTextTest::identityEditListsTheFields()
{
    // In the order of the form, whatever the order of the operation's fields.
    const Operation edited =
        operation("participant", kParticipant, OperationKind::Patch,
                  {{"email", "s.martin@example.org"}, {"phone", "06 12 34 56 78"}}, {{"email", ""}, {"phone", ""}});
    QCOMPARE(wordsOf(edited), nbsp("a modifié l'identité~: téléphone, e-mail"));
    const Operation renamed = operation("participant", kParticipant, OperationKind::Patch,
                                        {{"last_name", "Martin-Roux"}, {"birth_date", "1985-03-13"}},
                                        {{"last_name", "Martin"}, {"birth_date", "1985-03-12"}});
    QCOMPARE(wordsOf(renamed), nbsp("a modifié l'identité~: nom, date de naissance"));
}

void OperationTextTest::deletingTheFileIsOneAction()
{
    const std::vector<Operation> deleted{
        operation("contact", "c1", OperationKind::Delete, nullptr, contactRow()),
        operation("barrier", "b1", OperationKind::Delete, nullptr, barrierRow()),
        operation("pathway", kPathway, OperationKind::Delete, nullptr, pathwayRow()),
        operation("participant", kParticipant, OperationKind::Delete, nullptr, participantRow())};
    QCOMPARE(wordsOf(deleted), QStringList{QStringLiteral("a supprimé la fiche")});
}

void OperationTextTest::pathways()
{
    QCOMPARE(wordsOf(operation("pathway", kPathway, OperationKind::Put, pathwayRow())),
             QStringLiteral("a ouvert un parcours le 02/02/2026"));

    // Opened with a hold: one action, one phrase.
    const json hold{{"pathway", kPathway}, {"start_date", "2026-02-10"}, {"end_date", nullptr}, {"reason", ""}};
    QCOMPARE(wordsOf({operation("pathway", kPathway, OperationKind::Put, pathwayRow()),
                      operation("hold", "h1", OperationKind::Put, hold)}),
             QStringList{QStringLiteral("a ouvert un parcours le 02/02/2026")});

    QCOMPARE(wordsOf(operation("pathway", kPathway, OperationKind::Patch,
                               {{"exit_date", "2026-06-30"}, {"exit_reason", "emploi_durable"}},
                               {{"exit_date", nullptr}, {"exit_reason", nullptr}}),
                     pathwayRow()),
             QStringLiteral("a clos le parcours le 30/06/2026 (emploi durable)"));

    json exited = pathwayRow();
    exited["exit_date"] = "2026-06-30";
    exited["exit_reason"] = "abandon";
    QCOMPARE(
        wordsOf(operation("pathway", kPathway, OperationKind::Patch, {{"exit_date", nullptr}, {"exit_reason", nullptr}},
                          {{"exit_date", "2026-06-30"}, {"exit_reason", "abandon"}}),
                exited),
        QStringLiteral("a rouvert le parcours du 02/02/2026"));

    QCOMPARE(wordsOf(operation("pathway", kPathway, OperationKind::Patch, {{"rsa", 0}, {"referent", "x"}},
                               {{"rsa", 1}, {"referent", "y"}}),
                     pathwayRow()),
             nbsp("a modifié le parcours du 02/02/2026~: référent.e, RSA"));

    QCOMPARE(wordsOf(operation("pathway", kPathway, OperationKind::Delete, nullptr, pathwayRow())),
             QStringLiteral("a supprimé le parcours du 02/02/2026"));
    // Deleted with its contacts: one phrase.
    QCOMPARE(wordsOf({operation("contact", "c1", OperationKind::Delete, nullptr, contactRow()),
                      operation("pathway", kPathway, OperationKind::Delete, nullptr, pathwayRow())}),
             QStringList{QStringLiteral("a supprimé le parcours du 02/02/2026")});
}

void OperationTextTest::steps()
{
    QCOMPARE(wordsOf(operation("step", "s1", OperationKind::Put, stepRow())),
             nbsp("a ajouté l'étape Formation «~Titre pro~»"));

    // The patch carries only the end date: the type and the title come from the rows.
    QCOMPARE(
        wordsOf(operation("step", "s1", OperationKind::Patch, {{"end_date", "2026-06-30"}}, {{"end_date", nullptr}}),
                stepRow()),
        nbsp("a clos l'étape Formation «~Titre pro~» le 30/06/2026"));

    json closed = stepRow();
    closed["end_date"] = "2026-06-30";
    QCOMPARE(
        wordsOf(operation("step", "s1", OperationKind::Patch, {{"end_date", nullptr}}, {{"end_date", "2026-06-30"}}),
                closed),
        nbsp("a rouvert l'étape Formation «~Titre pro~»"));

    QCOMPARE(wordsOf(operation("step", "s1", OperationKind::Patch,
                               {{"label", "Titre pro ADVF"}, {"start_date", "2026-03-09"}},
                               {{"label", "Titre pro"}, {"start_date", "2026-03-02"}}),
                     stepRow()),
             nbsp("a modifié l'étape Formation «~Titre pro~»~: date de début, intitulé"));

    json untitled = stepRow();
    untitled["label"] = "";
    untitled["type"] = "iae";
    QCOMPARE(wordsOf(operation("step", "s2", OperationKind::Delete, nullptr, untitled)),
             QStringLiteral("a supprimé l'étape Insertion par l'activité économique (IAE)"));
}

void OperationTextTest::barriers()
{
    QCOMPARE(wordsOf(operation("barrier", "b1", OperationKind::Put, barrierRow())),
             QStringLiteral("a identifié le frein Mobilité"));
    QCOMPARE(
        wordsOf(operation("barrier", "b1", OperationKind::Patch, {{"status", "leve"}, {"lifted_date", "2026-03-12"}},
                          {{"status", "identifie"}, {"lifted_date", nullptr}}),
                barrierRow()),
        QStringLiteral("a levé le frein Mobilité"));
    QCOMPARE(
        wordsOf(operation("barrier", "b1", OperationKind::Patch, {{"status", "en_cours"}}, {{"status", "identifie"}}),
                barrierRow()),
        nbsp("a passé le frein Mobilité à l'état «~en cours~»"));
    QCOMPARE(wordsOf(operation("barrier", "b1", OperationKind::Patch, {{"identified_date", "2026-02-03"}},
                               {{"identified_date", "2026-02-02"}}),
                     barrierRow()),
             nbsp("a modifié le frein Mobilité~: date d'identification"));
    QCOMPARE(wordsOf(operation("barrier", "b1", OperationKind::Delete, nullptr, barrierRow("leve"))),
             QStringLiteral("a supprimé le frein Mobilité"));
}

void OperationTextTest::contacts()
{
    QCOMPARE(wordsOf(operation("contact", "c1", OperationKind::Put, contactRow())),
             QStringLiteral("a noté un entretien du 11/03/2026 (téléphone)"));
    QCOMPARE(
        wordsOf(operation("contact", "c1", OperationKind::Patch, {{"note", "Point sur le CV"}}, {{"note", "Point"}}),
                contactRow()),
        nbsp("a modifié l'entretien du 11/03/2026~: note"));
    QCOMPARE(wordsOf(operation("contact", "c1", OperationKind::Delete, nullptr, contactRow())),
             QStringLiteral("a supprimé l'entretien du 11/03/2026"));
}

void OperationTextTest::holdsAndHires()
{
    const json hold{{"pathway", kPathway}, {"start_date", "2026-10-01"}, {"end_date", nullptr}, {"reason", "santé"}};
    QCOMPARE(wordsOf(operation("hold", "h1", OperationKind::Put, hold)),
             QStringLiteral("a mis le parcours en veille le 01/10/2026 (santé)"));
    QCOMPARE(
        wordsOf(operation("hold", "h1", OperationKind::Patch, {{"end_date", "2026-11-15"}}, {{"end_date", nullptr}}),
                hold),
        QStringLiteral("a mis fin à la veille du 01/10/2026 le 15/11/2026"));

    const json hire{{"pathway", kPathway},
                    {"current", 1},
                    {"hire_date", "2026-09-01"},
                    {"contract_type", "cdi"},
                    {"employer_category", "entreprise"},
                    {"naf_section", "Q"},
                    {"end_date", nullptr},
                    {"end_reason", ""}};
    QCOMPARE(wordsOf(operation("hire", "e1", OperationKind::Put, hire)),
             QStringLiteral("a noté une embauche le 01/09/2026 (CDI)"));
    QCOMPARE(wordsOf(operation("hire", "e1", OperationKind::Patch, {{"end_date", "2026-12-31"}, {"current", 0}},
                               {{"end_date", nullptr}, {"current", 1}}),
                     hire),
             QStringLiteral("a mis fin à l'embauche du 01/09/2026 le 31/12/2026"));
    QCOMPARE(wordsOf(operation("hire", "e1", OperationKind::Delete, nullptr, hire)),
             QStringLiteral("a supprimé l'embauche du 01/09/2026"));
}

void OperationTextTest::unknownRowsStillRead()
{
    // A patch of a row whose put this history does not hold: said without its details.
    QCOMPARE(wordsOf(operation("step", "s9", OperationKind::Patch, {{"label", "Atelier CV"}}, {{"label", ""}})),
             nbsp("a modifié une étape~: intitulé"));
    QCOMPARE(wordsOf(operation("barrier", "b9", OperationKind::Patch, {{"identified_date", "2026-02-03"}},
                               {{"identified_date", "2026-02-02"}})),
             nbsp("a modifié un frein~: date d'identification"));
}

void OperationTextTest::historyModelGroupsByActionNewestFirst()
{
    std::vector<Operation> history{
        operation("participant", kParticipant, OperationKind::Put, participantRow()),
        operation("pathway", kPathway, OperationKind::Put, pathwayRow()),
        operation("step", "s1", OperationKind::Put, stepRow()),
        operation("step", "s1", OperationKind::Patch, {{"end_date", "2026-06-30"}}, {{"end_date", nullptr}})};
    history[0].author = history[1].author = "import";
    history[2].change = "added";
    history[2].at = "2026-03-12T13:05:00.000Z";
    history[3].change = "closed";
    history[3].at = "2026-06-30T15:30:00.000Z";

    ui::HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOperations(history);
    QCOMPARE(model.sentences(),
             (QStringList{nbsp("30/06/2026 17:30 — Alice N'Diaye a clos l'étape Formation «~Titre pro~» le 30/06/2026"),
                          nbsp("12/03/2026 14:05 — Alice N'Diaye a ajouté l'étape Formation «~Titre pro~»"),
                          QStringLiteral("12/03/2026 14:02 — L'import a créé la fiche")}));
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex newest = model.index(0, 0);
    QCOMPARE(newest.data(ui::HistoryModel::AuthorRole).toString(), QStringLiteral("Alice N'Diaye"));
    QCOMPARE(newest.data(ui::HistoryModel::ActionRole).toString(),
             nbsp("a clos l'étape Formation «~Titre pro~» le 30/06/2026"));
    QCOMPARE(newest.data(ui::HistoryModel::InstantRole).toDateTime(),
             QDateTime(QDate(2026, 6, 30), QTime(15, 30), Qt::UTC).toLocalTime());

    model.setOperations({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(OperationTextTest)
#include "OperationTextTest.moc"
