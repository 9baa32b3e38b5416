// `parcours [--db FILE]`: the desktop application's entry point; parses arguments and assembles.
#include "Version.h"
#include "domain/Clock.h"
#include "platform/Platform.h"
#include "store/Database.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/main/StartupDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <utility>

int main(int argc, char* argv[])
{
    parcours::hardenProcess(); // before any file is created: private files, no core dump
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Parcours"));
    QApplication::setApplicationName(QStringLiteral("Parcours"));
    QApplication::setApplicationVersion(QString::fromUtf8(parcours::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("fr.plie.Parcours")); // packaging's application id
    QIcon icon; // PNG renderings of resources/icons/parcours.svg: Qt's SVG plugin may be absent
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/parcours-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    parcours::ui::installTranslations(app, parcours::ui::chooseInterfaceLocale(QLocale::system().uiLanguages()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Follow-up of the participants of a PLIE."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Open (or create) the database FILE instead of the default one (%1).")
            .arg(parcours::ui::defaultDatabasePath()),
        QCoreApplication::translate("main", "FILE"));
    parser.addOption(dbOption);
    // A wrong command line exits with 2, as parcours-cli does (cli.md); process() would exit with 1.
    if (!parser.parse(QCoreApplication::arguments()) || !parser.positionalArguments().isEmpty()) {
        const QString error = parser.errorText().isEmpty()
                                  ? QCoreApplication::translate("main", "Unexpected argument: %1")
                                        .arg(parser.positionalArguments().join(u' '))
                                  : parser.errorText();
        std::fprintf(stderr, "parcours: %s\n", qUtf8Printable(error));
        return 2;
    }
    parser.process(app); // --help, --help-all and --version print and exit here

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : parcours::ui::defaultDatabasePath();
    const parcours::SystemClock clock;
    std::unique_ptr<parcours::Database> db = parcours::ui::openStartupDatabase(path, clock);
    if (!db)
        return 1;

    parcours::ui::MainWindow window(std::move(db), clock);
    window.show();
    window.startSafeguards();         // the open marker beside the base, the automatic backups
    window.chooseReferentIfUnknown(); // on first start: who is the référent.e?
    return QApplication::exec();
}
