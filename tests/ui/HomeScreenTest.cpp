// The home screen as a référent.e uses it: who they are on first start and the switch, the caseload's size
// against the norm, the keyboard, and the window's choices kept between sessions.
#include "ui/main/MainWindow.h"
#include "TestDatabase.h"
#include "store/ContactRepository.h"
#include "store/PathwayRepository.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/caseload/CaseloadView.h"
#include "ui/common/MessageBox.h"
#include "ui/participant/NewParticipantDialog.h"
#include "ui/participant/ParticipantFileWindow.h"
#include <QPushButton>
#include "ui/common/Translations.h"
#include "ui/referent/ReferentDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using parcours::ui::MainWindow;
using parcours::ui::ReferentDialog;

class HomeScreenTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstStartAsksWhoYouAre();
    void cancelledChoiceShowsEveryone();
    void newNameTyped();
    void switchFromTheMenu();
    void choicesRestoredAfterReopening();
    void keyboard();
    void fileEditsShowInTheCaseload();
    void newParticipantFromCtrlN();
};

namespace {

QString labelText(const QWidget& window, const char* name)
{
    const auto* label = window.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

QTableView& table(const QWidget& window)
{
    return *window.findChild<QTableView*>(QStringLiteral("caseloadTable"));
}

QComboBox& combo(const QWidget& window, const char* name)
{
    return *window.findChild<QComboBox*>(QString::fromLatin1(name));
}

QStringList shownNames(const QWidget& window)
{
    const QAbstractItemModel& model = *table(window).model();
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, parcours::ui::CaseloadModel::LastName).data().toString();
    return names;
}

QAction* actionNamed(const QWidget& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>())
        if (action->text() == text)
            return action;
    return nullptr;
}

} // namespace

void HomeScreenTest::initTestCase()
{
    parcours::test::isolateSettings();
    QVERIFY(parcours::ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
    parcours::ui::MessageBox::answerAutomatically(QMessageBox::Ok);
}

void HomeScreenTest::init()
{
    parcours::test::isolateSettings(); // each test starts as on a first start
}

void HomeScreenTest::firstStartAsksWhoYouAre()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    ReferentDialog::answerAutomatically(QStringLiteral("Claire Dubois"));
    const int asked = ReferentDialog::askCount();
    {
        MainWindow window(data.connect(), data.clock());
        window.chooseReferentIfUnknown();
        QCOMPARE(ReferentDialog::askCount(), asked + 1);
        QCOMPARE(ReferentDialog::lastNamesOffered(),
                 QStringList({QStringLiteral("Claire Dubois"), QStringLiteral("Marc Petit")}));
        QCOMPARE(window.referent(), QStringLiteral("Claire Dubois"));
        // Her open pathways: Karim Benali (on hold) and Sophie Martin.
        QCOMPARE(shownNames(window), QStringList({QStringLiteral("Benali"), QStringLiteral("Martin")}));
        QCOMPARE(labelText(window, "caseloadSize"),
                 QStringLiteral("2 participant.e.s suivi.e.s \u2014 rep\u00e8re\u00a0: 60 \u00e0 100"));
        QCOMPARE(combo(window, "referentFilter").currentText(), QStringLiteral("Moi (Claire Dubois)"));
    }
    // The next start remembers her, without asking.
    MainWindow window(data.connect(), data.clock());
    window.chooseReferentIfUnknown();
    QCOMPARE(ReferentDialog::askCount(), asked + 1);
    QCOMPARE(window.referent(), QStringLiteral("Claire Dubois"));
    QCOMPARE(table(window).model()->rowCount(), 2);
}

void HomeScreenTest::cancelledChoiceShowsEveryone()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    ReferentDialog::answerAutomatically(std::nullopt);
    MainWindow window(data.connect(), data.clock());
    window.chooseReferentIfUnknown();
    QCOMPARE(window.referent(), QString());
    QCOMPARE(table(window).model()->rowCount(), 4);
    QCOMPARE(labelText(window, "caseloadSize"), QStringLiteral("5 participant.e.s"));
}

void HomeScreenTest::newNameTyped()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    ReferentDialog::answerAutomatically(QStringLiteral("Nadia Haddad"));
    MainWindow window(data.connect(), data.clock());
    window.chooseReferentIfUnknown();
    QCOMPARE(window.referent(), QStringLiteral("Nadia Haddad"));
    QCOMPARE(table(window).model()->rowCount(), 0);
    QCOMPARE(labelText(window, "caseloadSize"),
             QStringLiteral("0 participant.e suivi.e \u2014 rep\u00e8re\u00a0: 60 \u00e0 100"));
    // An empty table says why, and how to see the others.
    const auto* noMatch = window.findChild<QLabel*>(QStringLiteral("caseloadNoMatch"));
    QVERIFY(noMatch && !noMatch->isHidden());
    QVERIFY2(noMatch->text().startsWith(QStringLiteral("Aucun.e participant.e ne correspond")), qPrintable(noMatch->text()));
    combo(window, "referentFilter").setCurrentIndex(combo(window, "referentFilter").findData(QStringLiteral("all")));
    QCOMPARE(table(window).model()->rowCount(), 4);
    QVERIFY(noMatch->isHidden());
}

void HomeScreenTest::switchFromTheMenu()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    ReferentDialog::answerAutomatically(QStringLiteral("Claire Dubois"));
    MainWindow window(data.connect(), data.clock());
    window.chooseReferentIfUnknown();

    ReferentDialog::answerAutomatically(QStringLiteral("Marc Petit"));
    QAction* change = actionNamed(window, QStringLiteral("&Changer de r\u00e9f\u00e9rent.e\u2026"));
    QVERIFY(change);
    change->trigger();
    QCOMPARE(window.referent(), QStringLiteral("Marc Petit"));
    QCOMPARE(shownNames(window), QStringList({QStringLiteral("Durand")})); // Jean Petit has exited
    QCOMPARE(labelText(window, "caseloadSize"),
             QStringLiteral("1 participant.e suivi.e \u2014 rep\u00e8re\u00a0: 60 \u00e0 100"));

    MainWindow again(data.connect(), data.clock());
    QCOMPARE(again.referent(), QStringLiteral("Marc Petit"));
}

void HomeScreenTest::choicesRestoredAfterReopening()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    {
        MainWindow window(data.connect(), data.clock());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        QComboBox& status = combo(window, "statusFilter");
        status.setCurrentIndex(status.findData(QStringLiteral("all")));
        QComboBox& referent = combo(window, "referentFilter");
        referent.setCurrentIndex(referent.findData(QStringLiteral("Marc Petit")));
        table(window).sortByColumn(parcours::ui::CaseloadModel::Age, Qt::DescendingOrder);
        table(window).horizontalHeader()->resizeSection(parcours::ui::CaseloadModel::LastName, 231);
        QCOMPARE(shownNames(window), QStringList({QStringLiteral("Petit"), QStringLiteral("Durand")}));
        window.close();
    }
    MainWindow window(data.connect(), data.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(900, 640));
    QCOMPARE(combo(window, "statusFilter").currentData().toString(), QStringLiteral("all"));
    QCOMPARE(combo(window, "referentFilter").currentText(), QStringLiteral("Marc Petit"));
    const QHeaderView& header = *table(window).horizontalHeader();
    QCOMPARE(header.sortIndicatorSection(), int(parcours::ui::CaseloadModel::Age));
    QCOMPARE(header.sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(header.sectionSize(parcours::ui::CaseloadModel::LastName), 231);
    QCOMPARE(shownNames(window), QStringList({QStringLiteral("Petit"), QStringLiteral("Durand")}));
}

void HomeScreenTest::keyboard()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    MainWindow window(data.connect(), data.clock());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto& search = *window.findChild<QLineEdit*>(QStringLiteral("caseloadSearch"));

    // Ctrl+F from anywhere goes to the search field.
    table(window).setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search.hasFocus());

    // Tab goes on to the filters, then to the table.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), &combo(window, "statusFilter"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), &combo(window, "referentFilter"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), &table(window));

    // Type, Enter to reach the row, Enter to open the participant's file.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(&search, QStringLiteral("sophie"));
    QCOMPARE(shownNames(window), QStringList({QStringLiteral("Martin")}));
    QSignalSpy opened(&window, &MainWindow::participantOpened);
    QTest::keyClick(&search, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), &table(window));
    QCOMPARE(opened.count(), 0);
    QTest::keyClick(&table(window), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    const qlonglong martin =
        table(window).model()->index(0, 0).data(parcours::ui::CaseloadModel::ParticipantIdRole).toLongLong();
    QCOMPARE(opened.first().first().value<parcours::RowId>(), martin);
    QCOMPARE(window.participantFiles().size(), 1);
    QCOMPARE(window.participantFiles().first()->participantId(), martin);
}

void HomeScreenTest::fileEditsShowInTheCaseload()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    MainWindow window(data.connect(), data.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView& view = table(window);
    const QModelIndex martinRow = view.model()->index(3, 0); // Benali, Durand, Leroy, Martin
    QCOMPARE(martinRow.data().toString(), QStringLiteral("Martin"));
    view.setCurrentIndex(martinRow);
    const auto id = martinRow.data(parcours::ui::CaseloadModel::ParticipantIdRole).toLongLong();

    parcours::ui::ParticipantFileWindow* file = window.openParticipant(id);
    QVERIFY(file && file->isVisible());
    QCOMPARE(window.openParticipant(id), file); // once per participant

    // A contact logged today in the file: the caseload says so at once, on the same row.
    parcours::Contact contact;
    contact.pathwayId = parcours::PathwayRepository(data.db(), data.clock()).forParticipant(id).back().record.id;
    contact.date = data.clock().today();
    parcours::ContactRepository(data.db(), data.clock()).add(contact);
    QCOMPARE(view.model()->index(3, parcours::ui::CaseloadModel::LastContact).data().toString(),
             QStringLiteral("il y a 7\u00a0j"));
    emit file->changed();
    QCOMPARE(view.model()->index(3, parcours::ui::CaseloadModel::LastContact).data().toString(),
             QStringLiteral("aujourd\u2019hui"));
    QCOMPARE(view.currentIndex().row(), 3); // still on Sophie Martin
    QCOMPARE(view.currentIndex().data().toString(), QStringLiteral("Martin"));
}

void HomeScreenTest::newParticipantFromCtrlN()
{
    parcours::test::TestDatabase data;
    MainWindow window(data.connect(), data.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* emptyButton = window.findChild<QPushButton*>(QStringLiteral("emptyNewParticipant"));
    QVERIFY(emptyButton && emptyButton->isEnabled());

    QAction* action = nullptr;
    for (QAction* candidate : window.findChildren<QAction*>())
        if (candidate->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_N))
            action = candidate;
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("&Nouvelle ou nouveau participant.e…"));
    action->trigger();
    auto* dialog = window.findChild<parcours::ui::NewParticipantDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->reject();
    QVERIFY(window.participantFiles().isEmpty());
}

QTEST_MAIN(HomeScreenTest)
#include "HomeScreenTest.moc"
