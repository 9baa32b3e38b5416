// ParticipantFileWindow: logging a contact, barriers, steps, identity; every edit undone and redone in the database; refusals and the question on closing.
#include "ui/participant/ParticipantFileWindow.h"
#include "TestDatabase.h"
#include "store/BarrierRepository.h"
#include "store/ContactRepository.h"
#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/HelpWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Translations.h"
#include "ui/common/UndoController.h"
#include "ui/participant/BarriersPanel.h"
#include "ui/participant/ContactsPanel.h"
#include "ui/participant/IdentityPanel.h"
#include "ui/participant/RecordListModel.h"
#include "ui/participant/StepsPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace parcours;
using parcours::ui::ParticipantFileWindow;

namespace {

// Sophie Martin: entry on 2026-02-02, three contacts, no barrier, no step.
struct File {
    test::TestDatabase data;
    RowId participantId = 0;
    RowId pathwayId = 0;
    std::unique_ptr<ParticipantFileWindow> window;

    File()
    {
        data.fillSmallCaseload();
        for (const Participant& p : ParticipantRepository(data.db(), data.clock()).all()) {
            if (p.lastName == "Martin")
                participantId = p.record.id;
        }
        pathwayId = PathwayRepository(data.db(), data.clock()).forParticipant(participantId).back().record.id;
        window = std::make_unique<ParticipantFileWindow>(data.db(), data.clock(), participantId);
    }
    std::vector<Contact> contacts() { return ContactRepository(data.db(), data.clock()).forPathway(pathwayId); }
    std::vector<Barrier> barriers() { return BarrierRepository(data.db(), data.clock()).forPathway(pathwayId); }
    std::vector<Step> steps() { return PathwayRepository(data.db(), data.clock()).steps(pathwayId); }
    Participant participant() { return *ParticipantRepository(data.db(), data.clock()).find(participantId); }
};

void showActive(QWidget& window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

} // namespace

class ParticipantFileTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { ui::MessageBox::showToUser(); }
    void logsAContactWithCtrlLAndEnter();
    void addsAdvancesAndLiftsABarrier();
    void addsAndClosesAStep();
    void subtypesFollowTheType();
    void refusedStepShowsTheMessageUnderItsField();
    void refusedIdentityWritesNothing();
    void identityEditUndoneAndRedone();
    void closingWithUnsavedEditsAsks();
    void escapeForgetsTheEdit();
    void contactEditUndoneAndRedone();
    void enterInADateConfirmsTheBarrier();
    void readOnlyDatabaseRefusesWithoutCrashing();
    void fitsALaptopScreenAtLargeFonts();
    void geometryKeptWithinTheScreen();
    void contactNoteOnSeveralLinesReadInFull();
    void closedStepReadableWithItsSubtype();
    void digitsTypedIntoADateGoWhereTheCursorIs();
    void f1ShowsTheGuide();
};

void ParticipantFileTest::initTestCase()
{
    QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
}

void ParticipantFileTest::logsAContactWithCtrlLAndEnter()
{
    File file;
    QAbstractItemModelTester tester(file.window->contactsPanel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(file.window.get(), &ParticipantFileWindow::changed);
    showActive(*file.window);
    QCOMPARE(file.window->contactsPanel()->model()->rowCount(), 3);

    QTest::keyClick(file.window.get(), Qt::Key_L, Qt::ControlModifier);
    QPlainTextEdit* note = file.window->contactsPanel()->noteEdit();
    QCOMPARE(QApplication::focusWidget(), note);
    QCOMPARE(file.window->contactsPanel()->modeField()->currentText(), QStringLiteral("téléphone"));
    QTest::keyClicks(note, QStringLiteral("Point sur la recherche d'emploi"));
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier); // Enter alone starts a new line

    auto contacts = file.contacts();
    QCOMPARE(contacts.size(), std::size_t(4));
    QCOMPARE(contacts.front().date, Date(2026, 11, 27)); // newest first: today, from the pinned clock
    QCOMPARE(contacts.front().mode, ContactMode::Telephone);
    QCOMPARE(contacts.front().note, std::string("Point sur la recherche d'emploi"));
    QCOMPARE(file.window->contactsPanel()->model()->rowCount(), 4);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!file.window->hasUnsavedEdits());

    QTest::keyClick(file.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(file.contacts().size(), std::size_t(3));
    QCOMPARE(file.window->contactsPanel()->model()->rowCount(), 3);
    QTest::keyClick(file.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    contacts = file.contacts();
    QCOMPARE(contacts.size(), std::size_t(4));
    QCOMPARE(contacts.front().note, std::string("Point sur la recherche d'emploi"));
    QCOMPARE(changed.count(), 3);
}

void ParticipantFileTest::addsAdvancesAndLiftsABarrier()
{
    File file;
    ui::BarriersPanel* panel = file.window->barriersPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel->startNew();
    panel->categoryField()->setCurrentIndex(static_cast<int>(BarrierCategory::Mobilite));
    panel->identifiedField()->setDate(QDate(2026, 3, 10));
    QVERIFY(panel->saveEdits());
    QCOMPARE(file.barriers().size(), std::size_t(1));
    QCOMPARE(file.barriers().front().status, BarrierStatus::Identifie);

    panel->select(0);
    QVERIFY(panel->advanceSelected());
    QCOMPARE(file.barriers().front().status, BarrierStatus::EnCours);
    QVERIFY(panel->advanceSelected());
    Barrier lifted = file.barriers().front();
    QCOMPARE(lifted.status, BarrierStatus::Leve);
    QCOMPARE(lifted.liftedDate, std::optional<Date>(Date(2026, 11, 27)));
    QCOMPARE(panel->model()->index(0, 1).data().toString(), QStringLiteral("levé"));

    ui::UndoController* undo = file.window->undoController();
    QCOMPARE(undo->stack().undoText(), QStringLiteral("Lever le frein"));
    QVERIFY(undo->undo());
    QCOMPARE(file.barriers().front().status, BarrierStatus::EnCours);
    QVERIFY(!file.barriers().front().liftedDate);
    QVERIFY(undo->undo());
    QCOMPARE(file.barriers().front().status, BarrierStatus::Identifie);
    QVERIFY(undo->undo());
    QVERIFY(file.barriers().empty());
    QCOMPARE(panel->model()->rowCount(), 0);
    QVERIFY(undo->redo());
    QVERIFY(undo->redo());
    QVERIFY(undo->redo()); // the re-added barrier is the same row (its UUID): the later edits find it
    QCOMPARE(file.barriers().size(), std::size_t(1));
    QCOMPARE(file.barriers().front().status, BarrierStatus::Leve);
    QCOMPARE(file.barriers().front().category, BarrierCategory::Mobilite);
}

void ParticipantFileTest::addsAndClosesAStep()
{
    File file;
    ui::StepsPanel* panel = file.window->stepsPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel->startNew();
    panel->typeField()->setCurrentIndex(static_cast<int>(StepType::Iae));
    panel->subtypeField()->setCurrentIndex(panel->subtypeField()->findData(static_cast<int>(StepSubtype::Aci)));
    panel->operatorField()->setText(QStringLiteral("Régie Est"));
    panel->startField()->setDate(QDate(2026, 4, 1));
    QVERIFY(panel->saveEdits());
    auto steps = file.steps();
    QCOMPARE(steps.size(), std::size_t(1));
    QCOMPARE(steps.front().subtype, StepSubtype::Aci);
    QCOMPARE(steps.front().operatorName, std::string("Régie Est"));
    QVERIFY(!steps.front().end);

    panel->select(0);
    QVERIFY(panel->closeSelected());
    QCOMPARE(file.steps().front().end, std::optional<Date>(Date(2026, 11, 27)));

    ui::UndoController* undo = file.window->undoController();
    QVERIFY(undo->undo());
    QVERIFY(!file.steps().front().end);
    QVERIFY(undo->undo());
    QVERIFY(file.steps().empty());
    QVERIFY(undo->redo());
    QVERIFY(undo->redo());
    QCOMPARE(file.steps().size(), std::size_t(1));
    QCOMPARE(file.steps().front().end, std::optional<Date>(Date(2026, 11, 27)));
}

void ParticipantFileTest::subtypesFollowTheType()
{
    File file;
    ui::StepsPanel* panel = file.window->stepsPanel();
    panel->typeField()->setCurrentIndex(static_cast<int>(StepType::Iae));
    QCOMPARE(panel->subtypeField()->count(), 6);
    QVERIFY(panel->subtypeField()->isEnabled());
    panel->typeField()->setCurrentIndex(static_cast<int>(StepType::Formation));
    QCOMPARE(panel->subtypeField()->count(), 9); // none, then the eight kinds of training
    panel->typeField()->setCurrentIndex(static_cast<int>(StepType::Mobilisation));
    QCOMPARE(panel->subtypeField()->count(), 0);
    QVERIFY(!panel->subtypeField()->isEnabled());
}

void ParticipantFileTest::refusedStepShowsTheMessageUnderItsField()
{
    File file;
    ui::StepsPanel* panel = file.window->stepsPanel();
    showActive(*file.window);
    panel->startNew();
    panel->startField()->setDate(QDate(2026, 1, 15)); // before the entry of 2 February
    QVERIFY(!panel->saveEdits());
    QVERIFY(file.steps().empty());
    const QString message = panel->errors().text("start_date");
    QVERIFY2(message.contains(QStringLiteral("02/02/2026")), qPrintable(message));
    QVERIFY(panel->errors().label("start_date")->isVisible());
    QVERIFY(file.window->hasUnsavedEdits());
    QCOMPARE(file.window->undoStack()->count(), 0);
}

void ParticipantFileTest::refusedIdentityWritesNothing()
{
    File file;
    ui::IdentityPanel* panel = file.window->identityPanel();
    panel->lastNameField()->clear();
    QTest::keyClicks(panel->postcodeField(), QStringLiteral("7"));
    QVERIFY(!panel->saveEdits());
    QCOMPARE(panel->errors().text("last_name"), QStringLiteral("Le nom est obligatoire."));
    QCOMPARE(file.participant().lastName, std::string("Martin"));
    QCOMPARE(file.window->undoStack()->count(), 0);
}

void ParticipantFileTest::identityEditUndoneAndRedone()
{
    File file;
    ui::IdentityPanel* panel = file.window->identityPanel();
    showActive(*file.window);
    panel->phoneField()->setFocus();
    panel->phoneField()->selectAll();
    QTest::keyClicks(panel->phoneField(), QStringLiteral("06 11 22 33 44"));
    QVERIFY(file.window->hasUnsavedEdits());
    QTest::keyClick(panel->phoneField(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(file.participant().phone, std::string("06 11 22 33 44"));
    QVERIFY(!file.window->hasUnsavedEdits());
    QVERIFY(file.window->undoController()->undo());
    QCOMPARE(file.participant().phone, std::string());
    QCOMPARE(panel->phoneField()->text(), QString());
    QVERIFY(file.window->undoController()->redo());
    QCOMPARE(file.participant().phone, std::string("06 11 22 33 44"));
}

void ParticipantFileTest::closingWithUnsavedEditsAsks()
{
    File file;
    ui::IdentityPanel* panel = file.window->identityPanel();
    showActive(*file.window);
    QTest::keyClicks(panel->phoneField(), QStringLiteral("0611"));

    ui::MessageBox::answerAutomatically(QMessageBox::Cancel);
    QVERIFY(!file.window->close());
    QCOMPARE(ui::MessageBox::lastText(), QStringLiteral("Enregistrer les modifications ?"));
    QCOMPARE(QCoreApplication::translate("MessageBox", "Don't save"), QStringLiteral("Ne pas enregistrer"));
    QVERIFY(file.window->isVisible());
    QCOMPARE(file.participant().phone, std::string());

    ui::MessageBox::answerAutomatically(QMessageBox::Save);
    QVERIFY(file.window->close());
    QCOMPARE(file.participant().phone, std::string("0611"));

    // Another edit, closed without saving: nothing written.
    file.window->show();
    QTest::keyClicks(panel->phoneField(), QStringLiteral("22"));
    ui::MessageBox::answerAutomatically(QMessageBox::Discard);
    QVERIFY(file.window->close());
    QCOMPARE(file.participant().phone, std::string("0611"));
}

void ParticipantFileTest::escapeForgetsTheEdit()
{
    File file;
    ui::IdentityPanel* panel = file.window->identityPanel();
    showActive(*file.window);
    panel->phoneField()->setFocus();
    QTest::keyClicks(panel->phoneField(), QStringLiteral("0611"));
    QVERIFY(file.window->hasUnsavedEdits());
    QTest::keyClick(panel->phoneField(), Qt::Key_Escape);
    QVERIFY(!file.window->hasUnsavedEdits());
    QCOMPARE(panel->phoneField()->text(), QString());
    QCOMPARE(file.participant().phone, std::string());
    QVERIFY(file.window->close()); // nothing to ask about
}

void ParticipantFileTest::contactEditUndoneAndRedone()
{
    File file;
    ui::ContactsPanel* contacts = file.window->contactsPanel();
    showActive(*file.window);
    contacts->view()->setFocus();
    contacts->view()->setCurrentIndex(contacts->model()->index(0, 0)); // the newest, 2026-11-20
    QTest::keyClick(contacts->view(), Qt::Key_Return);
    QCOMPARE(contacts->dateField()->date(), QDate(2026, 11, 20));
    contacts->noteEdit()->setFocus();
    QTest::keyClicks(contacts->noteEdit(), QStringLiteral("Relance CV"));
    QTest::keyClick(contacts->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(file.contacts().front().note, std::string("Relance CV"));
    QCOMPARE(file.contacts().size(), std::size_t(3));
    QCOMPARE(file.window->undoStack()->undoText(), QStringLiteral("Modifier l'entretien"));
    QVERIFY(file.window->undoController()->undo());
    QCOMPARE(file.contacts().front().note, std::string());
    QVERIFY(file.window->undoController()->redo());
    QCOMPARE(file.contacts().front().note, std::string("Relance CV"));
}

void ParticipantFileTest::enterInADateConfirmsTheBarrier()
{
    File file;
    ui::BarriersPanel* panel = file.window->barriersPanel();
    showActive(*file.window);
    QTest::keyClick(file.window.get(), Qt::Key_B, Qt::ControlModifier); // a new barrier, the cursor in its category
    QCOMPARE(QApplication::focusWidget(), panel->categoryField());
    panel->categoryField()->setCurrentIndex(static_cast<int>(BarrierCategory::Logement));
    panel->identifiedField()->setFocus();
    QTest::keyClick(panel->identifiedField(), Qt::Key_Return);
    QCOMPARE(file.barriers().size(), std::size_t(1));
    QCOMPARE(file.barriers().front().category, BarrierCategory::Logement);
    QVERIFY(!file.window->hasUnsavedEdits());
}

void ParticipantFileTest::readOnlyDatabaseRefusesWithoutCrashing()
{
    File file;
    Database readOnly(ui::toPath(file.data.path()), OpenMode::ReadOnly);
    ParticipantFileWindow window(readOnly, file.data.clock(), file.participantId);
    QCOMPARE(window.contactsPanel()->model()->rowCount(), 3);
    window.logContact();
    window.contactsPanel()->noteEdit()->setPlainText(QStringLiteral("Appel"));
    QVERIFY(!window.contactsPanel()->saveEdits());
    QCOMPARE(file.contacts().size(), std::size_t(3));
    QCOMPARE(window.undoStack()->count(), 0);
}

void ParticipantFileTest::fitsALaptopScreenAtLargeFonts()
{
    // 150 % fonts on a 1366x768 laptop (its taskbar and the title bar take some 70 pixels).
    const QFont before = QApplication::font();
    QFont large = before;
    large.setPointSizeF(before.pointSizeF() * 1.5);
    QApplication::setFont(large);
    {
        File file;
        showActive(*file.window);
        file.window->resize(1366, 700); // larger than the test's screen: as on the laptop
        QTest::qWait(50);
        QTabWidget* sections = file.window->sections();

        // The contact's note and its button, whole on screen.
        ui::ContactsPanel* contacts = file.window->contactsPanel();
        file.window->logContact();
        QTest::qWait(50);
        QVERIFY(contacts->isVisible());
        QCOMPARE(QApplication::focusWidget(), contacts->noteEdit());
        // Shown whole: inside the section's scrolled view and inside the window.
        const auto wholeOnScreen = [&file](QWidget* w) {
            QWidget* view = file.window->sections()->currentWidget();
            const QRect inView(w->mapTo(view, QPoint(0, 0)), w->size());
            const QRect inWindow(w->mapTo(file.window.get(), QPoint(0, 0)), w->size());
            return w->isVisible() && view->rect().contains(inView) && file.window->rect().contains(inWindow);
        };
        QVERIFY(wholeOnScreen(contacts->noteEdit()));
        for (QPushButton* button : contacts->findChildren<QPushButton*>())
            QVERIFY2(wholeOnScreen(button), qPrintable(button->text()));

        // The steps keep several rows in view: at least four.
        file.window->stepsPanel()->startNew();
        QCOMPARE(sections->currentWidget()->isAncestorOf(file.window->stepsPanel()), true);
        auto* steps = file.window->stepsPanel()->findChild<QTableView*>();
        QVERIFY(steps->viewport()->height() >= 4 * steps->verticalHeader()->defaultSectionSize());
    }
    QApplication::setFont(before);
}

void ParticipantFileTest::geometryKeptWithinTheScreen()
{
    test::isolateSettings();
    const QRect room = QGuiApplication::primaryScreen()->availableGeometry();
    {
        // Last closed on a second screen that is gone, larger than this one.
        File file;
        file.window->setGeometry(room.right() + 2000, room.bottom() + 1000, room.width() + 800, room.height() + 600);
        showActive(*file.window);
        QVERIFY(file.window->close());
    }
    File next;
    QVERIFY2(room.contains(next.window->geometry()), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                                    .arg(next.window->x())
                                                                    .arg(next.window->y())
                                                                    .arg(next.window->width())
                                                                    .arg(next.window->height())));
    {
        // A size the user chose that fits is kept.
        next.window->setGeometry(room.left(), room.top() + 40, room.width(), room.height() * 2 / 3);
        showActive(*next.window);
        QVERIFY(next.window->close());
    }
    File third;
    QVERIFY(qAbs(third.window->width() - room.width()) <= 8); // give or take the frame
    QVERIFY(qAbs(third.window->height() - room.height() * 2 / 3) <= 8);
}

void ParticipantFileTest::contactNoteOnSeveralLinesReadInFull()
{
    File file;
    showActive(*file.window);
    ui::ContactsPanel* contacts = file.window->contactsPanel();
    file.window->logContact();
    QTest::keyClicks(contacts->noteEdit(), QStringLiteral("Point sur le CV."));
    QTest::keyClick(contacts->noteEdit(), Qt::Key_Return); // a new line, not a save
    QCOMPARE(file.contacts().size(), std::size_t(3));
    QTest::keyClicks(contacts->noteEdit(), QStringLiteral("Prochain rendez-vous : atelier CV."));
    QTest::keyClick(contacts->noteEdit(), Qt::Key_Return, Qt::ControlModifier);

    QCOMPARE(file.contacts().size(), std::size_t(4));
    QCOMPARE(file.contacts().front().note, std::string("Point sur le CV.\nProchain rendez-vous : atelier CV."));
    // In the journal: the whole note, on as many lines as it takes.
    const QModelIndex note = contacts->model()->index(0, 2);
    QCOMPARE(note.data().toString(), QStringLiteral("Point sur le CV.\nProchain rendez-vous : atelier CV."));
    QVERIFY(contacts->view()->rowHeight(0) >= 2 * contacts->view()->fontMetrics().lineSpacing());
}

void ParticipantFileTest::closedStepReadableWithItsSubtype()
{
    File file;
    ui::StepsPanel* panel = file.window->stepsPanel();
    panel->startNew();
    panel->typeField()->setCurrentIndex(static_cast<int>(StepType::Iae));
    panel->subtypeField()->setCurrentIndex(panel->subtypeField()->findData(static_cast<int>(StepSubtype::Aci)));
    panel->startField()->setDate(QDate(2026, 3, 2));
    panel->endedField()->setChecked(true);
    panel->endField()->setDate(QDate(2026, 6, 30));
    QVERIFY(panel->saveEdits());

    const QModelIndex kind = panel->model()->index(0, 2);
    QVERIFY2(kind.data().toString().contains(QStringLiteral("ACI")), qPrintable(kind.data().toString()));
    // Ended before today: set apart, yet readable (contrast of 4.5:1 at least, not the disabled grey).
    const QColor shade = kind.data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(shade.isValid());
    const QPalette palette = QApplication::palette();
    QVERIFY(shade != palette.color(QPalette::Disabled, QPalette::Text));
    const double contrast = ui::RecordListModel::contrastRatio(shade, palette.color(QPalette::Base));
    QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
    QVERIFY(kind.data(Qt::FontRole).value<QFont>().italic());

    // On a dark palette too.
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    QVERIFY(ui::RecordListModel::contrastRatio(ui::RecordListModel::mutedTextColor(dark), dark.color(QPalette::Base))
            >= 4.5);
    QCOMPARE(qRound(ui::RecordListModel::contrastRatio(Qt::black, Qt::white)), 21);
}

void ParticipantFileTest::digitsTypedIntoADateGoWhereTheCursorIs()
{
    File file;
    showActive(*file.window);
    file.window->logContact();
    QDateEdit* date = file.window->contactsPanel()->dateField();
    QCOMPARE(date->date(), QDate(2026, 11, 27));
    // The cursor in the month (27/1|1/2026): typing « 10 » changes the month only.
    date->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(date, Qt::Key_Home);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(date, Qt::Key_Right);
    QCOMPARE(date->currentSection(), QDateTimeEdit::MonthSection);
    QTest::keyClicks(date, QStringLiteral("10"));
    QCOMPARE(date->date(), QDate(2026, 10, 27));
    // The whole date typed from the start: the separators are skipped.
    QTest::keyClick(date, Qt::Key_Home);
    QTest::keyClicks(date, QStringLiteral("03092026"));
    QCOMPARE(date->date(), QDate(2026, 9, 3));
}

void ParticipantFileTest::f1ShowsTheGuide()
{
    File file;
    showActive(*file.window);
    QTest::keyClick(file.window.get(), Qt::Key_F1);
    auto* guide = file.window->findChild<ui::HelpWindow*>();
    QVERIFY(guide && guide->isVisible());
    QCOMPARE(guide->windowTitle(), QStringLiteral("Guide de Parcours"));
}

QTEST_MAIN(ParticipantFileTest)
#include "ParticipantFileTest.moc"
