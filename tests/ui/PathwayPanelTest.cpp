// The « Parcours » section of a file: the state in French, the turns a state allows, and the
// six-month validation written, then undone, through the file's undo.
#include "ui/participant/PathwayPanel.h"
#include "TestDatabase.h"
#include "store/CaseloadQuery.h"
#include "store/PathwayRepository.h"
#include "ui/common/Translations.h"
#include "ui/common/UndoController.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QTimer>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using parcours::ui::PathwayPanel;

class PathwayPanelTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aHireInFollowUpShowsItsSixMonthDateAndItsTurns();
    void aHoldShowsSinceWhenAndOffersToResume();
    void theValidationAtSixMonthsIsWrittenThenUndone();
    void anExitedPathwayOffersOnlyANewOne();
    void theHoldFormPutsThePathwayOnHoldWithItsReason();
};

namespace {

parcours::RowId participantNamed(parcours::Database& db, const parcours::Date& today, const std::string& lastName)
{
    for (const parcours::CaseloadRow& row : parcours::loadCaseload(db, today)) {
        if (row.lastName == lastName)
            return row.participantId;
    }
    return 0;
}

struct OpenPanel {
    explicit OpenPanel(parcours::test::TestDatabase& data, const std::string& lastName)
        : undo(data.db(), data.clock(), stack, nullptr),
          panel({data.db(), data.clock(), undo}, participantNamed(data.db(), data.clock().today(), lastName))
    {
        QObject::connect(&undo, &parcours::ui::UndoController::changed, &panel, &PathwayPanel::reload);
        panel.reload();
    }
    QUndoStack stack;
    parcours::ui::UndoController undo;
    PathwayPanel panel;
};

} // namespace

void PathwayPanelTest::initTestCase()
{
    QVERIFY(parcours::ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
}

void PathwayPanelTest::aHireInFollowUpShowsItsSixMonthDateAndItsTurns()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    OpenPanel file(data, "Durand");
    PathwayPanel& panel = file.panel;

    QCOMPARE(panel.stateText(), QStringLiteral("En emploi – suivi jusqu'au 01/03/2027"));
    const QString details = panel.findChild<QLabel*>(QStringLiteral("pathwayDetails"))->text();
    QVERIFY2(details.contains(QStringLiteral("Six mois le 01/03/2027.")), qPrintable(details));
    QVERIFY(!panel.button(QStringLiteral("validate"))->isEnabled()); // before six months
    QVERIFY(panel.button(QStringLiteral("broken"))->isEnabled());
    QVERIFY(!panel.button(QStringLiteral("hold"))->isEnabled());
    QVERIFY(!panel.button(QStringLiteral("exit"))->isEnabled()); // the follow-up ends first
    QVERIFY(!panel.button(QStringLiteral("hire"))->isEnabled());
}

void PathwayPanelTest::aHoldShowsSinceWhenAndOffersToResume()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    OpenPanel file(data, "Benali");
    QCOMPARE(file.panel.stateText(), QStringLiteral("En veille depuis le 01/10/2026"));
    QVERIFY(file.panel.button(QStringLiteral("resume"))->isEnabled());
    QVERIFY(!file.panel.button(QStringLiteral("hold"))->isEnabled());
    QVERIFY(file.panel.button(QStringLiteral("exit"))->isEnabled());
}

void PathwayPanelTest::theValidationAtSixMonthsIsWrittenThenUndone()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    data.clock().setToday(parcours::Date(2027, 3, 8)); // the click comes a week after six months
    OpenPanel file(data, "Durand");
    QPushButton* validate = file.panel.button(QStringLiteral("validate"));
    QVERIFY(validate->isEnabled());
    QTest::mouseClick(validate, Qt::LeftButton);

    QCOMPARE(file.panel.stateText(), QStringLiteral("Sorti.e le 01/03/2027 : emploi durable"));
    QCOMPARE(file.stack.undoText(), QStringLiteral("Valider l'emploi durable"));
    QVERIFY(file.undo.undo()); // Ctrl+Z: written through the core, then the stack moves
    QCOMPARE(file.panel.stateText(), QStringLiteral("En emploi – suivi jusqu'au 01/03/2027"));
}

void PathwayPanelTest::anExitedPathwayOffersOnlyANewOne()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    OpenPanel file(data, "Petit");
    QCOMPARE(file.panel.stateText(), QStringLiteral("Sorti.e le 30/06/2025 : abandon"));
    QVERIFY(file.panel.button(QStringLiteral("newPathway"))->isEnabled());
    for (const char* turn : {"hold", "resume", "hire", "validate", "broken", "exit"})
        QVERIFY2(!file.panel.button(QString::fromLatin1(turn))->isEnabled(), turn);
}

// The form of a turn, filled as a person would: the date offered (today), a reason, Enter.
void PathwayPanelTest::theHoldFormPutsThePathwayOnHoldWithItsReason()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    OpenPanel file(data, "Martin");
    QCOMPARE(file.panel.stateText(), QStringLiteral("En parcours depuis le 02/02/2026"));
    bool filled = false;
    QTimer::singleShot(0, [&] {
        auto* form = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(form);
        QCOMPARE(form->windowTitle(), QStringLiteral("Mettre en veille"));
        auto* reason = form->findChild<QLineEdit*>();
        QVERIFY(reason);
        QTest::keyClicks(reason, QStringLiteral("Hospitalisation"));
        QTest::keyClick(reason, Qt::Key_Return);
        filled = true;
    });
    QTest::mouseClick(file.panel.button(QStringLiteral("hold")), Qt::LeftButton);
    QVERIFY(filled);
    QCOMPARE(file.panel.stateText(), QStringLiteral("En veille depuis le 27/11/2026"));
    const parcours::RowId martin = participantNamed(data.db(), data.clock().today(), "Martin");
    const auto pathway = parcours::PathwayRepository(data.db(), data.clock()).forParticipant(martin).back();
    QCOMPARE(pathway.holds.size(), std::size_t(1));
    QCOMPARE(pathway.holds[0].reason, std::string("Hospitalisation"));
    QCOMPARE(file.stack.undoText(), QStringLiteral("Mettre en veille"));
}

QTEST_MAIN(PathwayPanelTest)
#include "PathwayPanelTest.moc"
