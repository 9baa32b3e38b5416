// DomainLabels: every pathway status has its French words; dates keep four-digit years in every locale.
#include "ui/common/DomainLabels.h"
#include "ui/common/Translations.h"

#include <QApplication>
#include <QTest>

using namespace parcours;

class DomainLabelsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void statusesInFrench();
    void datesWithFourDigitYears_data();
    void datesWithFourDigitYears();
};

void DomainLabelsTest::initTestCase()
{
    QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
}

void DomainLabelsTest::statusesInFrench()
{
    QCOMPARE(ui::statusLabel(PathwayStatus::Active), QStringLiteral("en parcours"));
    QCOMPARE(ui::statusLabel(PathwayStatus::OnHold), QStringLiteral("en veille"));
    QCOMPARE(ui::statusLabel(PathwayStatus::InFollowUp), QStringLiteral("en emploi \u2013 suivi"));
    QCOMPARE(ui::statusLabel(PathwayStatus::Exited), QStringLiteral("sorti.e"));
    QCOMPARE(ui::statusLabel(std::optional<PathwayStatus>()), QStringLiteral("sans parcours"));
    for (const PathwayStatus status : allValues<PathwayStatus>())
        QVERIFY(!ui::statusLabel(status).isEmpty());
}

void DomainLabelsTest::datesWithFourDigitYears_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("05/03/2026");
    QTest::newRow("US English") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("3/5/2026");
    QTest::newRow("British English") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                                     << QStringLiteral("05/03/2026");
}

void DomainLabelsTest::datesWithFourDigitYears()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    const QLocale previous;
    QLocale::setDefault(locale);
    const QString text = ui::dateText(Date(2026, 3, 5));
    QLocale::setDefault(previous);
    QCOMPARE(text, expected);
}

QTEST_MAIN(DomainLabelsTest)
#include "DomainLabelsTest.moc"
