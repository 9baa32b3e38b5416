// Which language the interface speaks, and installing its translations on the application.
#include "ui/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace parcours::ui {

QLocale chooseInterfaceLocale(const QStringList& uiLanguages)
{
    for (const QString& name : uiLanguages) {
        const QLocale locale(name);
        if (locale.language() == QLocale::French)
            return locale;
        if (locale.language() == QLocale::English && name.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            return locale; // "C" also reads as English to QLocale: only a name that says "en" counts
    }
    return QLocale(QLocale::French, QLocale::France);
}

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    QLocale::setDefault(locale);

    // Parented to the application: they live as long as it does.
    auto* parcoursTranslator = new QTranslator(&app);
    const bool loaded =
        parcoursTranslator->load(locale, QStringLiteral("parcours"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (loaded)
        QCoreApplication::installTranslator(parcoursTranslator);
    else
        delete parcoursTranslator;

    if (locale.language() != QLocale::English) {
        auto* qtTranslator = new QTranslator(&app);
        if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator);
        else
            delete qtTranslator;
    }
    return loaded;
}

} // namespace parcours::ui
